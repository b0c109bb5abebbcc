// kelisim-sha256.js: SHA-256 in plain TypeScript (shared/manifest/sha256.ts) for plain-http pages,
// where browsers hide crypto.subtle. kelisim-app.js loads it only there, to name the manifest in the
// consent receipt; secure pages never download it.

import type { Digest } from "../shared/manifest/hash-via.ts";
import { sha256 } from "../shared/manifest/sha256.ts";
import { APP_HOOK, type AppHook } from "./app-api.ts";

const hook = (document.currentScript as (HTMLScriptElement & { [APP_HOOK]?: AppHook<Digest> }) | null)?.[
  APP_HOOK
];
if (hook) hook.define(sha256);
else console.error("[kelisim] kelisim-sha256.js must be loaded by kelisim-app.js");
