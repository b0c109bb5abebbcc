// Finds the page's declaration, in the order the spec gives: <link rel="privacy-manifest">, the widget's
// script[data-manifest], an inline script#privacy-manifest, then /.well-known/privacy-manifest.json.
// Fetches are size-capped while streaming and time out, so a hostile page cannot stall or flood us.
import type { FetchFailure, ManifestCandidate, ManifestSource } from "../model.ts";

export const MANIFEST_MAX_BYTES = 512 * 1024;
export const MANIFEST_TIMEOUT_MS = 5_000;
export const WELL_KNOWN_PATH = "/.well-known/privacy-manifest.json";

export interface DomDeclaration {
  source: ManifestSource;
  url?: string;
  text?: string;
}

function resolveUrl(value: string | null, base: string): string | null {
  if (value === null || value.trim() === "") return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function findDeclarationInDom(doc: Document): DomDeclaration | null {
  const base = doc.baseURI;
  const link = resolveUrl(
    doc.querySelector('link[rel~="privacy-manifest" i]')?.getAttribute("href") ?? null,
    base,
  );
  if (link) return { source: "link", url: link };
  for (const script of doc.querySelectorAll("script[data-manifest]")) {
    const url = resolveUrl(script.getAttribute("data-manifest"), base);
    if (url) return { source: "widget-script", url };
  }
  const inline = doc.querySelector("script#privacy-manifest");
  if (inline) return { source: "inline", text: (inline.textContent ?? "").slice(0, MANIFEST_MAX_BYTES + 1) };
  return null;
}

export function wellKnownUrl(origin: string): string {
  return new URL(WELL_KNOWN_PATH, origin).href;
}

export type FetchOutcome = { status: number; text: string } | { status?: number; failure: FetchFailure };

async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return text.length > maxBytes ? null : text;
  }
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

export async function fetchManifest(
  url: string,
  fetchImpl: typeof fetch = fetch,
  limits = { maxBytes: MANIFEST_MAX_BYTES, timeoutMs: MANIFEST_TIMEOUT_MS },
): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      credentials: "omit",
      headers: { accept: "application/json" },
    });
    if (!response.ok) return { status: response.status, failure: "http" };
    const declared = Number(response.headers.get("content-length"));
    if (declared > limits.maxBytes) return { status: response.status, failure: "too-large" };
    const text = await readCapped(response, limits.maxBytes);
    return text === null
      ? { status: response.status, failure: "too-large" }
      : { status: response.status, text };
  } catch {
    return { failure: controller.signal.aborted ? "timeout" : "network" };
  } finally {
    clearTimeout(timer);
  }
}

/** Turns a fetch outcome into what the background receives. */
export function candidateFromFetch(
  source: ManifestSource,
  url: string,
  outcome: FetchOutcome,
): ManifestCandidate {
  if ("text" in outcome) return { source, url, status: outcome.status, text: outcome.text };
  return outcome.status === undefined
    ? { source, url, failure: outcome.failure }
    : { source, url, status: outcome.status, failure: outcome.failure };
}
