// The seam between kelisim.js (the banner path: widget/kelisim.ts + widget/boot/) and the lazily
// loaded kelisim-app.js (widget/app.ts: the validating engine and the Preact UI). kelisim.js inserts
// the chunk's <script> with a private property on the element (no global); the chunk reads it via
// document.currentScript and hands back its start function. Types only here, plus two names.
import type { BannerView } from "./boot/banner.ts";
import type { View } from "./contract.ts";
import type { KelisimEngine } from "./engine/engine.ts";
import type { env } from "./engine/env.ts";
import type { ManifestText } from "./engine/manifest-text.ts";
import type { ScriptConfig } from "./engine/script-config.ts";

export const APP_HOOK = "__kelisimApp";
export const APP_FILE = "kelisim-app.js";

/** What kelisim.js has already done and found, handed to the app so nothing is done twice. */
export interface AppContext {
  config: ScriptConfig;
  gpc: boolean;
  /** The manifest text kelisim.js fetched (or is fetching) for the banner. */
  manifestText: Promise<ManifestText>;
  /** Globals as kelisim.js captured them at start, before later page code could replace them. */
  env: typeof env;
  /** Runs `use` with the widget's shadow root once <body> exists (creating the host once). */
  withRoot(use: (root: ShadowRoot) => void): void;
  /** The one banner; kelisim.js may already be showing it. */
  banner(root: ShadowRoot): BannerView;
  /** The visitor already answered the banner kelisim.js showed: do not ask again on this page. */
  answered(): boolean;
}

export interface AppHandle {
  engine: KelisimEngine;
  open(view: View): void;
}

export type StartApp = (context: AppContext) => AppHandle;

export interface AppHook {
  define(start: StartApp): void;
  /** The platform's Promise as kelisim.js captured it (see CAPTURE_PROMISE in vite.widget.ts). */
  Promise: PromiseConstructor;
}
