// The first-layer notice: non-modal, fixed to the viewport (so the page never shifts), in the top
// layer via the Popover API where available (above any z-index the host page uses). Names the
// operator and the optional categories, links to the policy, and offers Accept all / Reject all /
// Choose with the same styling — rejecting is exactly as easy as accepting.
import { useEffect, useRef } from "preact/hooks";
import type { Language } from "../../shared/manifest/types.ts";
import type { EngineState } from "../contract.ts";
import { currentChangeSummary, diffLines } from "./diff-lines.ts";
import { categoryLabel, joinList, operatorName, t } from "./i18n.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export interface BannerProps {
  state: EngineState;
  lang: Language;
  position: string;
  onAcceptAll: () => void;
  onRejectAll: () => void;
  onChoose: () => void;
  onLanguage: (language: Language) => void;
}

export function Banner(props: BannerProps) {
  const { state, lang } = props;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current as (HTMLElement & { showPopover?: () => void }) | null;
    try {
      element?.showPopover?.();
    } catch {
      // Already showing, or popovers unsupported: the fixed position still applies.
    }
  }, []);

  const manifest = state.manifest;
  const operator = operatorName(manifest, lang);
  const optional = state.categories.filter((category) => !category.required);
  const categories = joinList(
    optional.map((category) => categoryLabel(category, lang, manifest)),
    lang,
  );
  const changed = state.record !== null && state.diff !== null ? diffLines(state, lang) : [];
  const summary = changed.length > 0 ? currentChangeSummary(manifest, lang) : "";

  return (
    <section
      ref={ref}
      class="k-banner k-panel"
      data-kelisim-view="banner"
      data-position={props.position}
      popover="manual"
      aria-labelledby="kelisim-banner-title"
      lang={lang}
    >
      <LanguageSwitch lang={lang} onChange={props.onLanguage} />
      <h2 id="kelisim-banner-title">{t("banner.title", lang)}</h2>
      {manifest === null && state.manifestError !== null ? (
        <p>{t("banner.noManifest", lang)}</p>
      ) : (
        <p>
          {optional.length > 0
            ? t("banner.body", lang, { operator, categories })
            : t("banner.bodyNone", lang, { operator })}
        </p>
      )}
      {changed.length > 0 && (
        <div data-kelisim-changes="">
          <p>{t("banner.changed", lang, { operator })}</p>
          <ul>
            {changed.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {summary !== "" && <p>{summary}</p>}
        </div>
      )}
      {state.gpc && <p data-kelisim-gpc="">{t("banner.gpc", lang)}</p>}
      <p>
        {t("banner.ask", lang)}{" "}
        {/* A real link: the #privacy hash opens the viewer (mount.tsx listens for it). */}
        <a href="#privacy">{t("action.policy", lang)}</a>
      </p>
      <div class="k-actions">
        <button type="button" class="k-btn" data-action="accept-all" onClick={props.onAcceptAll}>
          {t("action.acceptAll", lang)}
        </button>
        <button type="button" class="k-btn" data-action="reject-all" onClick={props.onRejectAll}>
          {t("action.rejectAll", lang)}
        </button>
        <button type="button" class="k-btn" data-action="choose" onClick={props.onChoose}>
          {t("action.choose", lang)}
        </button>
      </div>
    </section>
  );
}
