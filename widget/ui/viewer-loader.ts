// Loads the policy viewer chunk for one language on first use, from beside kelisim.js (same origin
// and path, so a `script-src 'self'` CSP allows it). Nothing of the viewer is on the banner path.
import { Fragment, h } from "preact";
import { useState } from "preact/hooks";
import { jsx, jsxs } from "preact/jsx-runtime";
import type { Language } from "../../shared/manifest/types.ts";
import { VIEWER_HOOK, type ViewerHook, type ViewerModule, viewerFile } from "./viewer-api.ts";

const pending = new Map<Language, Promise<ViewerModule>>();

export function viewerUrl(scriptUrl: string | undefined, lang: Language): string {
  const base =
    scriptUrl ?? document.querySelector<HTMLScriptElement>("script[src*='kelisim']")?.src ?? location.href;
  return new URL(viewerFile(lang), base).href;
}

export function loadViewer(
  scriptUrl: string | undefined,
  lang: Language,
  nonce?: string,
): Promise<ViewerModule> {
  const known = pending.get(lang);
  if (known !== undefined) return known;
  const loading = new Promise<ViewerModule>((resolve, reject) => {
    const script = document.createElement("script");
    const hook: ViewerHook = { preact: { jsx, jsxs, Fragment, h, useState }, define: resolve };
    // A private property on the element, not a global: the chunk reads it via document.currentScript.
    Object.defineProperty(script, VIEWER_HOOK, { value: hook });
    script.src = viewerUrl(scriptUrl, lang);
    script.async = true;
    if (nonce) script.nonce = nonce;
    script.onerror = () => {
      pending.delete(lang);
      reject(new Error(`kelisim: could not load ${script.src}`));
    };
    document.head.append(script);
  });
  pending.set(lang, loading);
  return loading;
}
