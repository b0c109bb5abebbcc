// Reads the drop-in script tag's data-* attributes (product.md "Embedding").
import { DEFAULT_MANIFEST_URL } from "./manifest-text.ts";

export interface ScriptConfig {
  manifestUrl: string;
  language: string | null;
  /** Absolute URL of kelisim.js (lazy UI chunks sit beside it). */
  scriptUrl: string | null;
  /** kelisim.js's own CSP nonce, given to the chunks it loads (a nonce-based CSP blocks them otherwise). */
  nonce: string | null;
  dataset: Record<string, string | undefined>;
}

/** `document.currentScript` is null in callbacks and for some injected scripts: find the tag by name. */
export function findOwnScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return doc.querySelector<HTMLScriptElement>(
    'script[src*="kelisim"][data-manifest], script[src$="kelisim.js"]',
  );
}

function resolve(doc: Document, url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, doc.baseURI).href;
  } catch {
    return null;
  }
}

/** A boolean data-* attribute: present and not "false". */
const flag = (value: string | undefined): boolean => value !== undefined && value !== "false";

/**
 * The engine's own attributes (data-receipts, data-server-cookie, data-reload-on-withdraw), read in
 * kelisim-app.js from the tag's dataset: nothing before the banner needs them, so kelisim.js does not.
 */
export function readEngineConfig(
  doc: Document,
  dataset: Readonly<Record<string, string | undefined>>,
): { receiptsUrl: string | null; serverCookie: boolean; reloadOnWithdraw: boolean } {
  return {
    receiptsUrl: resolve(doc, dataset.receipts),
    serverCookie: flag(dataset.serverCookie),
    reloadOnWithdraw: flag(dataset.reloadOnWithdraw),
  };
}

export function readScriptConfig(doc: Document, script: HTMLScriptElement | null): ScriptConfig {
  return {
    manifestUrl:
      resolve(doc, script?.getAttribute("data-manifest")) ?? (resolve(doc, DEFAULT_MANIFEST_URL) as string),
    language: script?.getAttribute("data-lang") ?? null,
    scriptUrl: script?.src || null,
    nonce: script?.nonce || null,
    dataset: script ? { ...script.dataset } : {},
  };
}
