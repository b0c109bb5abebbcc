// ESM entry for bundler users: the same engine and API as the drop-in script, without auto-start.
// `createKelisim()` does what kelisim.js does on load, minus the UI (mount it with widget/ui if wanted).

import type { View } from "./contract.ts";
import { createKelisimApi, directBackend, type KelisimApi } from "./engine/api.ts";
import { pushConsentDefault } from "./engine/consent-mode.ts";
import { createEngine, type EngineOptions, type KelisimEngine } from "./engine/engine.ts";

export type { ConsentMethod, ConsentReceipt, ConsentRecord, IndicatedBy } from "../shared/consent/record.ts";
export { formatConsentCookie, parseConsentCookie } from "../shared/consent/server-cookie.ts";
export type { PrivacyManifest } from "../shared/manifest/types.ts";
export type {
  Engine,
  EngineState,
  ManifestDiff,
  MountUi,
  OfferedCategory,
  PromptReason,
  UiHost,
  View,
} from "./contract.ts";
export type { KelisimApi, KelisimChangeListener, KelisimConsent } from "./engine/api.ts";
export { CHANGE_EVENT } from "./engine/effects.ts";
export type { EngineOptions, KelisimEngine } from "./engine/engine.ts";
export { createEngine, createKelisimApi, directBackend, pushConsentDefault };

/** Starts the engine for `document` and returns the `window.Kelisim`-shaped API. */
export function createKelisim(options: Partial<EngineOptions> & { openView?: (view: View) => void } = {}): {
  api: KelisimApi;
  engine: KelisimEngine;
} {
  pushConsentDefault(globalThis as { dataLayer?: unknown[] });
  const doc = options.document ?? document;
  const engine = createEngine({
    ...options,
    document: doc,
    manifestUrl: new URL(options.manifestUrl ?? "/.well-known/privacy-manifest.json", doc.baseURI).href,
    gpc:
      options.gpc ??
      (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  });
  return { api: createKelisimApi(directBackend(engine, options.openView ?? (() => {}))), engine };
}
