// The drop-in IIFE (dist/widget/kelisim.js). A classic script that works with `defer` or `async`,
// anywhere in the page, and included twice mounts once. Order matters: Consent Mode's `default`
// goes into dataLayer synchronously, before anything else, so no tag can run before it.
import type { MountUi, UiHost, View } from "./contract.ts";
import { createKelisimApi } from "./engine/api.ts";
import { pushConsentDefault } from "./engine/consent-mode.ts";
import { createEngine } from "./engine/engine.ts";
import { guard, reportOnce } from "./engine/env.ts";
import { findOwnScript, readScriptConfig } from "./engine/script-config.ts";
import { mountUi } from "./ui/mount.tsx";

const uiModule: MountUi | null = mountUi;

type KelisimWindow = Window & { Kelisim?: unknown; dataLayer?: unknown[] };

function start(win: KelisimWindow, doc: Document): void {
  if (win.Kelisim) return;
  pushConsentDefault(win);
  const config = readScriptConfig(doc, findOwnScript(doc));
  const engine = createEngine({
    document: doc,
    manifestUrl: config.manifestUrl,
    language: config.language,
    receiptsUrl: config.receiptsUrl,
    serverCookie: config.serverCookie,
    reloadOnWithdraw: config.reloadOnWithdraw,
    gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  });

  let ui: UiHost | null = null;
  // The shadow host is created only when something must be shown, once, after <body> exists.
  const withUi = (show: (host: UiHost) => void) => {
    const mount = () => {
      if (!ui && uiModule && doc.body) {
        const element = doc.createElement("div");
        element.setAttribute("data-kelisim-host", "");
        doc.body.appendChild(element);
        const shadow = element.attachShadow({ mode: "open" });
        const options = config.scriptUrl ? { scriptUrl: config.scriptUrl, dataset: config.dataset } : {};
        ui = uiModule(engine, shadow, options);
      }
      if (ui) guard("ui", () => show(ui as UiHost));
      else reportOnce("no-ui", "warn", "Kelisim: this build has no UI; use window.Kelisim.");
    };
    if (doc.body) mount();
    else doc.addEventListener("DOMContentLoaded", mount, { once: true });
  };
  const open = (view: View) => withUi((host) => host.open(view));

  Object.defineProperty(win, "Kelisim", { value: createKelisimApi(engine, open), enumerable: false });

  doc.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-kelisim-open]") : null;
    if (!target) return;
    event.preventDefault();
    const asked = target.getAttribute("data-kelisim-open");
    open(asked === "policy" || asked === "banner" ? asked : "preferences");
  });

  void engine.ready.then(() => {
    const state = engine.getState();
    if (state.needsPrompt) open("banner");
    else {
      // The UI also mounts for returning visitors: the floating button (on unless
      // data-floating-button="false"), placeholders of still-blocked iframes, `#privacy`, inline policy.
      withUi(() => {});
    }
  });
}

try {
  start(window, document);
} catch (error) {
  reportOnce("entry", "error", "Kelisim: failed to start; nothing gated is released.", error);
}
