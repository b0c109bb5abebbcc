// `<div data-kelisim-policy></div>` on the school's privacy page: the policy viewer rendered in
// place, each block in its own shadow root so the page's CSS cannot distort it. mount.tsx loads the
// viewer chunk and passes it in.
import { render } from "preact";
import { offeredLanguages } from "../../shared/i18n/negotiate.ts";
import type { Language } from "../../shared/manifest/types.ts";
import bannerCss from "../boot/banner.css?inline";
import type { EngineState } from "../contract.ts";
import { ViewerOrStatus } from "./App.tsx";
import { t } from "./i18n.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { adoptStyles } from "./sheet.ts";
import css from "./styles.css?inline";
import type { ViewerModule } from "./viewer-api.ts";

// Inline blocks take part in the page flow, unlike the fixed banner.
const INLINE_HOST_CSS = ":host{all:initial!important;display:block!important}";

export interface InlinePolicies {
  readonly count: number;
  adopt: (css: string) => void;
  paint: (state: EngineState, viewer: ViewerModule | null, failed: boolean) => void;
}

export function mountInlinePolicies(
  onLanguage: (language: Language) => void,
  onPreferences: () => void,
): InlinePolicies {
  const blocks = [...document.querySelectorAll<HTMLElement>("[data-kelisim-policy]")].filter(
    (block) => block.shadowRoot === null,
  );
  const roots = blocks.map((block) => {
    const root = block.attachShadow({ mode: "open" });
    // banner.css holds the tokens, the font and the button styles the dialog gets from the widget's own
    // shadow root; without it this root falls back to the UA's serif and buttons.
    adoptStyles(root, bannerCss, css, INLINE_HOST_CSS);
    const container = document.createElement("div");
    container.className = "k-root";
    root.append(container);
    return { root, container };
  });
  return {
    count: roots.length,
    adopt: (viewerCss) => {
      for (const { root } of roots) adoptStyles(root, viewerCss);
    },
    paint: (state, viewer, failed) => {
      for (const { container } of roots) {
        container.lang = state.language;
        render(
          <>
            <div class="kv-inline-head">
              <h2>{t("viewer.title", state.language)}</h2>
              <LanguageSwitch
                lang={state.language}
                languages={offeredLanguages(state.manifest?.languages)}
                onChange={onLanguage}
              />
            </div>
            <ViewerOrStatus state={state} viewer={viewer} failed={failed} onPreferences={onPreferences} />
          </>,
          container,
        );
      }
    },
  };
}
