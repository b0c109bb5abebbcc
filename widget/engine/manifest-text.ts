// Finds and fetches the site's privacy manifest as text. This is all of the manifest handling that
// runs before the banner shows (kelisim.js); parsing against the full format and validating happen in
// manifest-source.ts, in the lazily loaded engine, before anything gated is released.
import { MAX_MANIFEST_BYTES } from "../../shared/manifest/limits.ts";
import { env } from "./env.ts";

export const DEFAULT_MANIFEST_URL = "/.well-known/privacy-manifest.json";
export const MANIFEST_TIMEOUT_MS = 5000;

export interface ManifestSource {
  /** Resolved absolute URL (used for the fetch, the message and the discovery link). */
  url: string;
  /** Text of `<script type="application/json" id="privacy-manifest">`, when present. */
  inline: string | null;
}

/** The manifest's text, or why there is none (`problem`, one phrase: "HTTP 404", "network error"…). */
export interface ManifestText {
  source: ManifestSource;
  text: string | null;
  problem: string | null;
  /** Set by parseManifestText. Carried on the object because kelisim.js (the banner's first look)
   * and kelisim-app.js (the validator) are separate bundles: the text is parsed once for both. */
  parsed?: ParsedManifest;
}

export type ParsedManifest = { json: unknown; problem: null } | { json: null; problem: string };

/** The text as JSON, or why there is none (not fetched, too large, a syntax error); parsed once. */
export function parseManifestText(got: ManifestText): ParsedManifest {
  got.parsed ??=
    got.text === null ? { json: null, problem: got.problem ?? "network error" } : parse(got.text);
  return got.parsed;
}

function parse(text: string): ParsedManifest {
  // UTF-16 units, not bytes: cheap, and never lower than the byte count of the same text.
  if (text.length > MAX_MANIFEST_BYTES) return { json: null, problem: "larger than 512 KiB" };
  try {
    return { json: env.parseJson(text), problem: null };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "parse error";
    return { json: null, problem: `invalid JSON (${detail})` };
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  if (!env.fetch) throw new Error("fetch is not available");
  const controller = new AbortController();
  let timer: ReturnType<typeof env.setTimeout> | undefined;
  // Runs apart from the fetch: a page's own `fetch` may ignore the signal and never settle.
  const timeout = new Promise<never>((_, reject) => {
    timer = env.setTimeout(() => {
      controller.abort();
      reject();
    }, timeoutMs);
  });
  try {
    const response = await Promise.race([
      env.fetch(url, { credentials: "same-origin", signal: controller.signal }),
      timeout,
    ]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await Promise.race([response.text(), timeout]);
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${timeoutMs / 1000} s`);
    throw error instanceof Error && error.message.startsWith("HTTP ") ? error : new Error("network error");
  } finally {
    env.clearTimeout(timer);
  }
}

/** The inline manifest's text, else the fetched file's; never rejects. */
export async function readManifestText(
  source: ManifestSource,
  timeoutMs = MANIFEST_TIMEOUT_MS,
): Promise<ManifestText> {
  try {
    const text = source.inline ?? (await fetchText(source.url, timeoutMs));
    return { source, text, problem: null };
  } catch (error) {
    return { source, text: null, problem: error instanceof Error ? error.message : "network error" };
  }
}

/** Finds the inline manifest (or links the fetched one for the extension) and reads its text. */
export async function findManifestText(doc: Document, url: string): Promise<ManifestText> {
  const inline = await findInlineManifest(doc);
  if (inline === null) ensureManifestLink(doc, url);
  return readManifestText({ url, inline });
}

/**
 * Text of `<script type="application/json" id="privacy-manifest">`, or null. An `async` widget in
 * <head> can run before the parser reaches that script, so a still-loading page is waited for.
 */
export async function findInlineManifest(doc: Document): Promise<string | null> {
  const find = () => {
    const element = doc.getElementById("privacy-manifest");
    return element?.localName === "script" ? (element.textContent ?? "") : null;
  };
  const found = find();
  if (found !== null || doc.readyState !== "loading") return found;
  await new Promise((resolve) => doc.addEventListener("DOMContentLoaded", resolve, { once: true }));
  return find();
}

/** `<link rel="privacy-manifest">` lets the extension find the manifest without running our code. */
export function ensureManifestLink(doc: Document, url: string): void {
  if (doc.querySelector('link[rel="privacy-manifest"]')) return;
  const link = doc.createElement("link");
  link.rel = "privacy-manifest";
  link.href = url;
  (doc.head ?? doc.documentElement).appendChild(link);
}
