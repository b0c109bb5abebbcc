// Loads kelisim-app.js once, from beside kelisim.js (same origin and path, so a `script-src 'self'`
// CSP allows it; a nonce-based CSP gets kelisim.js's own nonce), and resolves with its start function.
import { APP_FILE, APP_HOOK, type AppHook, type StartApp } from "../app-api.ts";

export function loadAppChunk(scriptUrl: string | null, nonce: string | null): Promise<StartApp> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const hook: AppHook = { define: resolve, Promise };
    // A private property on the element, not a global: the chunk reads it via document.currentScript.
    Object.defineProperty(script, APP_HOOK, { value: hook });
    script.src = new URL(APP_FILE, scriptUrl ?? location.href).href;
    script.async = true;
    if (nonce) script.nonce = nonce;
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    (document.head ?? document.documentElement).append(script);
  });
}
