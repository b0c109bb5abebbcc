// widget/engine/env.ts as kelisim-return.js sees it: kelisim.js's own, handed over on the loader hook
// (widget/boot/app-loader.ts), so the light path carries no second copy and shares kelisim.js's
// captured globals and its once-per-page-view reports. The widget-return build resolves every import
// of engine/env.ts here (widget/vite.widget.ts).
import { APP_HOOK, type AppHook } from "../app-api.ts";

const hook = (document.currentScript as (HTMLScriptElement & { [APP_HOOK]?: AppHook }) | null)?.[APP_HOOK];

export const { env, reportOnce } = hook?.boot ?? ({} as AppHook["boot"]);
