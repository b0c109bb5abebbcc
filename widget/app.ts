// kelisim-app.js, loaded by kelisim.js once the banner is painted (at once for a returning visitor
// whose cached verdict does not hold, or when the light path hands over): the engine that validates
// the whole manifest, decides, stores and releases. It starts from what kelisim.js already has (the
// manifest text, the banner, the shadow root). The Preact UI is kelisim-ui.js, loaded the first time
// more than that banner is needed (see `needsUiNow` and `wantUi`): a first visit that only shows the
// banner loads kelisim.js and this chunk, nothing else, until the visitor acts.
import type { Digest } from "../shared/manifest/hash-via.ts";
import {
  APP_HOOK,
  type AppContext,
  type AppHandle,
  type AppHook,
  SHA256_FILE,
  type StartUi,
  UI_FILE,
} from "./app-api.ts";
import type { UiHost, UiOptions, View } from "./contract.ts";
import { startEngine } from "./engine/engine.ts";
import { env, reportOnce } from "./engine/env.ts";
import { readEngineConfig } from "./engine/script-config.ts";

const PRIVACY_HASH = "#privacy";
/**
 * Shown on the banner's button while the UI loads after a click: the press was heard. An outline in
 * the focus colour rather than a fade, so the label keeps its contrast.
 */
const BUSY_CSS = '[aria-busy="true"]{cursor:progress;outline:3px dotted var(--fo);outline-offset:2px}';

const script = document.currentScript as (HTMLScriptElement & { [APP_HOOK]?: AppHook }) | null;
const hook = script?.[APP_HOOK];

/** Page content that only the UI can serve: an inline policy block, or `#privacy` asked for. */
function pageNeedsUi(doc: Document): boolean {
  return location.hash === PRIVACY_HASH || doc.querySelector("[data-kelisim-policy]") !== null;
}

function startApp(context: AppContext, boot: AppHook["boot"]): AppHandle {
  // The globals kelisim.js captured at start: page code that ran since may have replaced them.
  Object.assign(env, context.env);
  const { config } = context;
  const engine = startEngine(
    {
      document,
      manifestUrl: config.manifestUrl,
      language: config.language,
      ...readEngineConfig(document, config.dataset),
      gpc: context.gpc,
      ...(context.shown ? { shown: context.shown } : {}),
      // A blocked embed needs its placeholder, which the UI draws.
      blocked: (element) => void (element.localName === "iframe" && wantUi()),
    },
    () => context.manifestText,
    // Only where crypto.subtle is missing (plain http): for the receipt's manifest hash.
    () => boot.load<Digest>(config.scriptUrl, config.nonce, SHA256_FILE),
  );

  let ui: UiHost | null = null;
  let loadingUi: Promise<UiHost | null> | null = null;
  let pressed: Element | null = null;
  /** The UI, mounted once over the banner kelisim.js made; loads kelisim-ui.js the first time. */
  const wantUi = (): Promise<UiHost | null> =>
    (loadingUi ??= new Promise<ShadowRoot>((resolve) => context.withRoot(resolve))
      .then(async (root) => {
        const mount = await boot.load<StartUi>(config.scriptUrl, config.nonce, UI_FILE);
        const options: UiOptions & { banner: ReturnType<AppContext["banner"]> } = {
          dataset: config.dataset,
          banner: context.banner(root),
        };
        if (config.scriptUrl) options.scriptUrl = config.scriptUrl;
        if (config.nonce) options.nonce = config.nonce;
        ui = mount(engine, root, options);
        return ui;
      })
      .catch((error: unknown) => {
        reportOnce("ui", "error", "Kelisim: could not load its interface (kelisim-ui.js).", error);
        return null;
      })
      .finally(() => pressed?.removeAttribute("aria-busy")));

  // Views open once the engine knows the manifest, so preferences never show the default categories
  // first (ready never rejects, and is quick: the manifest text is usually here already). A press on
  // the banner shows at once that it was heard, while the UI loads.
  const open = (view: View) => {
    if (ui === null) context.withRoot((root) => markPressed(root, view));
    void engine.ready.then(() => wantUi()).then((host) => host?.open(view));
  };
  const markPressed = (root: ShadowRoot, view: View) => {
    if (pressed !== null || !context.banner(root).shown) return;
    pressed = root.querySelector(view === "policy" ? 'a[href="#privacy"]' : '[data-action="choose"]');
    if (pressed === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BUSY_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    pressed.setAttribute("aria-busy", "true");
  };

  void engine.ready.then(() => {
    const state = engine.getState();
    // A manifest that failed validation or changed since the visitor agreed changes what the banner
    // says (the UI redraws it); otherwise the banner kelisim.js drew is already right.
    if (state.needsPrompt && !context.answered() && state.manifest !== null && !state.diff) {
      // The banner kelisim.js showed is the whole first view: the UI waits for the visitor. It loads
      // as soon as they reach for the banner (pointer, touch or keyboard focus), so a click finds it.
      context.withRoot((root) => {
        const banner = context.banner(root);
        if (!banner.shown || pageNeedsUi(document)) return void wantUi().then((host) => host?.open("banner"));
        // Until the UI takes the banner over, a language picked on it is the engine's language too
        // (the receipt names it).
        const kept = banner.handlers;
        banner.handlers = {
          action: kept.action,
          language: (language) => {
            kept.language(language);
            engine.setLanguage(language);
          },
        };
        for (const type of ["pointerover", "touchstart", "focusin"])
          root.addEventListener(type, () => void wantUi(), { once: true, passive: true });
        addEventListener("hashchange", () => void (location.hash === PRIVACY_HASH && wantUi()));
        // A choice made here (the banner, the API, another tab) brings the floating button.
        engine.subscribe((next) => void (!next.needsPrompt && wantUi()));
      });
    }
    // Everything else mounts the UI now: re-consent (the banner says what changed), the floating
    // button of a returning visitor, placeholders of still-blocked iframes, `#privacy`, inline policy.
    else void wantUi().then((host) => state.needsPrompt && !context.answered() && host?.open("banner"));
  });
  return { engine, open };
}

if (hook) hook.define((context) => startApp(context, hook.boot));
else console.error("[kelisim] kelisim-app.js must be loaded by kelisim.js");
