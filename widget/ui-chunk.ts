// kelisim-ui.js: the visitor-facing Preact UI (preferences, floating button, placeholders, inline
// policy, the viewer's loader). kelisim-app.js (widget/app.ts) loads it the first time something beyond
// the banner kelisim.js drew is needed: a click or focus on the banner, a choice made, a blocked embed,
// an inline policy, `#privacy`, an API call to open a view. A first visit that only shows the banner
// never downloads it. Loaded like the other chunks (widget/boot/app-loader.ts); it hands back its mount.
import { APP_HOOK, type AppHook, type StartUi } from "./app-api.ts";
import { mountUiWithBanner } from "./ui/mount.tsx";

const hook = (document.currentScript as (HTMLScriptElement & { [APP_HOOK]?: AppHook<StartUi> }) | null)?.[
  APP_HOOK
];
if (hook) hook.define(mountUiWithBanner);
else console.error("[kelisim] kelisim-ui.js must be loaded by kelisim-app.js");
