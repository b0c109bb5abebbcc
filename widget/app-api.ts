// The seam between kelisim.js (the banner path: widget/kelisim.ts + widget/boot/) and its lazily
// loaded chunks: kelisim-app.js (widget/app.ts: the validating engine), which loads kelisim-ui.js
// (widget/ui-chunk.ts: the Preact UI) when more than the banner is needed, and kelisim-return.js.
// The loader inserts the chunk's <script> with a private property on the element (no global); the
// chunk reads it via document.currentScript and hands back its start function. Types only here, plus
// the file names.

import type { loadAppChunk } from "./boot/app-loader.ts";
import type { BannerView } from "./boot/banner.ts";
import type { Peek } from "./boot/peek.ts";
import type { View } from "./contract.ts";
import type { ApiEngine } from "./engine/api.ts";
import type { pushConsentUpdate } from "./engine/consent-mode.ts";
import type { ShownChoice } from "./engine/engine.ts";
import type * as Env from "./engine/env.ts";
import type { env } from "./engine/env.ts";
import type { ManifestText } from "./engine/manifest-text.ts";
import type { ScriptConfig } from "./engine/script-config.ts";
import type { mountUiWithBanner } from "./ui/mount.tsx";

export const APP_HOOK = "__kelisimApp";
export const APP_FILE = "kelisim-app.js";
/** The returning visitor's light path (widget/return.ts), loaded instead when a choice is stored. */
export const RETURN_FILE = "kelisim-return.js";
/** The Preact UI, loaded by kelisim-app.js on demand (widget/ui-chunk.ts). */
export const UI_FILE = "kelisim-ui.js";
/** SHA-256 for pages without crypto.subtle, loaded by kelisim-app.js there only (widget/sha256-chunk.ts). */
export const SHA256_FILE = "kelisim-sha256.js";

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
  /** What kelisim.js read from IndexedDB before deciding which chunk to load. */
  peek: Promise<Peek>;
  /** Set by the light path when it hands a page with a released choice over to kelisim-app.js. */
  shown?: ShownChoice;
}

export interface AppHandle {
  /** The full engine, or the light path's stand-in for it (widget/return.ts). */
  engine: ApiEngine;
  open(view: View): void;
}

export type StartApp = (context: AppContext) => AppHandle;
/** What kelisim-ui.js hands back: the UI's mount over the banner kelisim.js made. */
export type StartUi = typeof mountUiWithBanner;

/** What a chunk finds on its <script>: `Start` is what it hands back (the app's, or the UI's mount). */
export interface AppHook<Start = StartApp> {
  define(start: Start): void;
  /** The platform's Promise as kelisim.js captured it (see CAPTURE_PROMISE in vite.widget.ts). */
  Promise: PromiseConstructor;
  /**
   * What kelisim.js has and kelisim-return.js would otherwise carry a copy of: env.ts's globals and
   * reports (widget/return/boot-env.ts), the chunk loader, the Consent Mode update.
   */
  boot: {
    env: typeof Env.env;
    reportOnce: typeof Env.reportOnce;
    load: typeof loadAppChunk;
    pushConsentUpdate: typeof pushConsentUpdate;
  };
}
