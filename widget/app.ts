// kelisim-app.js, loaded by kelisim.js once the banner is painted (at once for a returning visitor):
// the engine that validates the whole manifest, decides, stores and releases, and the Preact UI.
// It starts from what kelisim.js already has (the manifest text, the banner, the shadow root).
import { APP_HOOK, type AppContext, type AppHandle, type AppHook } from "./app-api.ts";
import type { BannerView } from "./boot/banner.ts";
import type { UiHost, UiOptions, View } from "./contract.ts";
import { createEngine } from "./engine/engine.ts";
import { env } from "./engine/env.ts";
import { mountUiWithBanner } from "./ui/mount.tsx";

function startApp(context: AppContext): AppHandle {
  // The globals kelisim.js captured at start: page code that ran since may have replaced them.
  Object.assign(env, context.env);
  const { config } = context;
  const engine = createEngine({
    document,
    manifestUrl: config.manifestUrl,
    language: config.language,
    receiptsUrl: config.receiptsUrl,
    serverCookie: config.serverCookie,
    reloadOnWithdraw: config.reloadOnWithdraw,
    gpc: context.gpc,
    manifestText: context.manifestText,
  });

  let ui: UiHost | null = null;
  const withUi = (show: (host: UiHost) => void) =>
    context.withRoot((root) => {
      if (ui === null) {
        const options: UiOptions & { banner: BannerView } = {
          dataset: config.dataset,
          banner: context.banner(root),
        };
        if (config.scriptUrl) options.scriptUrl = config.scriptUrl;
        if (config.nonce) options.nonce = config.nonce;
        ui = mountUiWithBanner(engine, root, options);
      }
      show(ui);
    });
  // Views open once the engine knows the manifest, so preferences never show the default categories
  // first (ready never rejects, and is quick: the manifest text is usually here already).
  const open = (view: View) => void engine.ready.then(() => withUi((host) => host.open(view)));

  void engine.ready.then(() => {
    if (engine.getState().needsPrompt && !context.answered()) withUi((host) => host.open("banner"));
    // The UI also mounts for returning visitors: the floating button (on unless
    // data-floating-button="false"), placeholders of still-blocked iframes, `#privacy`, inline policy.
    else withUi(() => {});
  });
  return { engine, open };
}

const script = document.currentScript as (HTMLScriptElement & { [APP_HOOK]?: AppHook }) | null;
if (script?.[APP_HOOK]) script[APP_HOOK].define(startApp);
else console.error("[kelisim] kelisim-app.js must be loaded by kelisim.js");
