// Entry point of the visitor-facing UI: kelisim-app.js (widget/app.ts) calls mountUi once with the
// engine, the open shadow root and the banner kelisim.js created. Owns the small view state (banner
// shown? which dialog?), re-renders on every engine change, and wires the page-level hooks: `#privacy`,
// inline `data-kelisim-policy` blocks and iframe placeholders (`data-kelisim-open` clicks are wired by
// kelisim.js). The banner is plain DOM; everything else here is Preact.
import { render } from "preact";
import type { Language } from "../../shared/manifest/types.ts";
import bannerCss from "../boot/banner.css?inline";
import { type BannerView, createBanner } from "../boot/banner.ts";
import { rememberLanguage, savedLanguage } from "../boot/language.ts";
import type { Engine, EngineState, MountUi, UiHost, UiOptions, View } from "../contract.ts";
import { App, type UiActions, type UiState } from "./App.tsx";
import { bannerContent } from "./banner-content.ts";
import fabCss from "./fab.css?inline";
import { mountInlinePolicies } from "./inline-policy.tsx";
import { watchPlaceholders } from "./placeholders.tsx";
import { printDialog, stopPrinting } from "./print.ts";
import { adoptStyles } from "./sheet.ts";
import css from "./styles.css?inline";
import { loadViewer } from "./viewer-loader.ts";

const PRIVACY_HASH = "#privacy";

const decided = (state: EngineState) => state.manifest !== null || state.manifestError !== null;

/** The UI without a banner from kelisim.js (the ESM entry, tests): it makes its own. */
export const mountUi: MountUi = (engine: Engine, shadowRoot: ShadowRoot, options: UiOptions = {}): UiHost => {
  if (options.banner) return mountUiWithBanner(engine, shadowRoot, { ...options, banner: options.banner });
  adoptStyles(shadowRoot, bannerCss);
  const noop = () => {};
  const position = options.dataset?.position ?? "bottom";
  const banner = createBanner(shadowRoot, position, { action: noop, language: noop });
  return mountUiWithBanner(engine, shadowRoot, { ...options, banner });
};

/**
 * The UI over a banner that exists, with its styles adopted (kelisim-app.js: kelisim.js made both).
 * Kept apart from mountUi so the app chunk does not carry a second copy of the banner and its CSS.
 */
export function mountUiWithBanner(
  engine: Engine,
  shadowRoot: ShadowRoot,
  options: UiOptions & { banner: BannerView },
): UiHost {
  const dataset = options.dataset ?? {};
  const position = dataset.position ?? "bottom";
  const floatingButton = dataset.floatingButton !== "false";
  // The visitor's own pick from an earlier page view beats the negotiated language.
  const saved = savedLanguage();
  if (saved !== null && saved !== engine.getState().language) engine.setLanguage(saved);
  adoptStyles(shadowRoot, css, fabCss);
  const container = document.createElement("div");
  shadowRoot.append(container);
  const banner = options.banner;

  // Mounted late (kelisim-app.js loads the UI on demand), a choice may already have been made since
  // kelisim.js showed the banner: then it goes, as it would have on that change.
  const initial = engine.getState();
  const ui: UiState = {
    banner: banner.shown && !(decided(initial) && !initial.needsPrompt),
    dialog: null,
    ready: false,
    viewers: {},
    viewerFailed: false,
  };
  let openedByHash = false;

  const ensureViewer = (lang: Language) => {
    if (ui.viewers[lang] !== undefined) return;
    loadViewer(options.scriptUrl, lang, options.nonce).then(
      (viewer) => {
        adoptStyles(shadowRoot, viewer.css);
        inline.adopt(viewer.css);
        ui.viewers[lang] = viewer;
        paint();
      },
      (error: unknown) => {
        console.warn(error);
        ui.viewerFailed = true;
        paint();
      },
    );
  };

  const open = (view: View) => {
    if (view === "banner") ui.banner = true;
    else ui.dialog = view;
    if (view === "policy") ensureViewer(engine.getState().language);
    paint();
  };

  const closeDialog = () => {
    if (ui.dialog === "policy" && openedByHash && location.hash === PRIVACY_HASH) {
      history.replaceState(history.state, "", location.pathname + location.search);
    }
    openedByHash = false;
    ui.dialog = null;
    stopPrinting();
    paint();
  };

  const afterChoice = (choice: Promise<void>) => {
    ui.banner = false;
    ui.dialog = null;
    paint();
    choice.catch((error: unknown) => console.warn("kelisim: could not store the choice", error));
  };

  const onLanguage = (language: Language) => {
    rememberLanguage(language);
    engine.setLanguage(language);
  };

  const actions: UiActions = {
    acceptAll: () => afterChoice(engine.acceptAll()),
    rejectAll: () => afterChoice(engine.rejectAll()),
    save: (choices) => afterChoice(engine.set(choices, "custom")),
    choose: () => open("preferences"),
    policy: () => open("policy"),
    closeDialog,
    language: onLanguage,
    print: () => printDialog(shadowRoot.host),
  };

  banner.handlers = {
    action: (action) =>
      action === "accept-all"
        ? actions.acceptAll()
        : action === "reject-all"
          ? actions.rejectAll()
          : actions.choose(),
    language: onLanguage,
  };

  const inline = mountInlinePolicies(onLanguage, actions.choose);

  function paint() {
    const state = engine.getState();
    render(
      <App state={state} ui={ui} actions={actions} position={position} floatingButton={floatingButton} />,
      container,
    );
    // Until the engine has a manifest (or knows it has none), the banner kelisim.js showed stays as is.
    if (!ui.banner) banner.hide();
    else if (decided(state)) banner.show(bannerContent(state));
    inline.paint(state, ui.viewers[state.language] ?? null, ui.viewerFailed);
  }

  engine.subscribe((state) => {
    if (decided(state) && !state.needsPrompt) ui.banner = false;
    // A language switch while the viewer is showing loads that language's chunk.
    if (ui.dialog === "policy" || inline.count > 0) ensureViewer(state.language);
    paint();
  });
  engine.ready.then(
    () => {
      ui.ready = true;
      paint();
    },
    () => undefined,
  );

  const onHash = () => {
    if (location.hash !== PRIVACY_HASH) return;
    openedByHash = true;
    open("policy");
  };
  window.addEventListener("hashchange", onHash);
  onHash();
  if (inline.count > 0) ensureViewer(engine.getState().language);
  watchPlaceholders(engine);
  paint();
  return { open };
}
