// Loads a chunk (kelisim-app.js, kelisim-return.js for a returning visitor, or kelisim-app.js's
// kelisim-ui.js) once, from beside
// kelisim.js (same origin and path, so a `script-src 'self'` CSP allows it; a nonce-based CSP gets
// kelisim.js's own nonce), and resolves with its start function.
import { APP_FILE, APP_HOOK, type AppHook, RETURN_FILE, type StartApp } from "../app-api.ts";
import { pushConsentUpdate } from "../engine/consent-mode.ts";
import { env, reportOnce } from "../engine/env.ts";

export function loadAppChunk<Start = StartApp>(
  scriptUrl: string | null,
  nonce: string | null,
  /** Another chunk than kelisim-app.js; when kelisim-return.js cannot load, the app is loaded instead. */
  file?: string,
): Promise<Start> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const boot = { env, reportOnce, load: loadAppChunk, pushConsentUpdate };
    const hook: AppHook<Start> = { define: resolve, Promise, boot };
    // A private property on the element, not a global: the chunk reads it via document.currentScript.
    Object.defineProperty(script, APP_HOOK, { value: hook });
    script.src = new URL(file ?? APP_FILE, scriptUrl ?? location.href).href;
    script.async = true;
    if (nonce) script.nonce = nonce;
    // A site that did not deploy kelisim-return.js still works for returning visitors: the full app.
    script.onerror = () =>
      file === RETURN_FILE
        ? resolve(loadAppChunk(scriptUrl, nonce) as Promise<Start>)
        : reject(Error(`could not load ${script.src}`));
    (document.head ?? document.documentElement).append(script);
  });
}
