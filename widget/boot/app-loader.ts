// Loads a chunk (kelisim-app.js, or kelisim-return.js for a returning visitor) once, from beside
// kelisim.js (same origin and path, so a `script-src 'self'` CSP allows it; a nonce-based CSP gets
// kelisim.js's own nonce), and resolves with its start function.
import { APP_FILE, APP_HOOK, type AppHook, type StartApp } from "../app-api.ts";
import { pushConsentUpdate } from "../engine/consent-mode.ts";
import { env, reportOnce } from "../engine/env.ts";

export function loadAppChunk(
  scriptUrl: string | null,
  nonce: string | null,
  /** Another chunk than kelisim-app.js (kelisim-return.js); when it cannot load, the app is loaded instead. */
  file?: string,
): Promise<StartApp> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const boot = { env, reportOnce, load: loadAppChunk, pushConsentUpdate };
    const hook: AppHook = { define: resolve, Promise, boot };
    // A private property on the element, not a global: the chunk reads it via document.currentScript.
    Object.defineProperty(script, APP_HOOK, { value: hook });
    script.src = new URL(file ?? APP_FILE, scriptUrl ?? location.href).href;
    script.async = true;
    if (nonce) script.nonce = nonce;
    // A site that did not deploy kelisim-return.js still works for returning visitors: the full app.
    script.onerror = () =>
      file ? resolve(loadAppChunk(scriptUrl, nonce)) : reject(Error(`could not load ${script.src}`));
    (document.head ?? document.documentElement).append(script);
  });
}
