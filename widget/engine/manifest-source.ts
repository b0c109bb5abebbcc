// Finds, fetches and validates the site's privacy manifest. Every failure becomes ONE line naming
// the URL and the first issues with their JSON paths; the engine then releases nothing gated.

import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { checkStructure } from "../../shared/manifest/validate.ts";
import { env } from "./env.ts";

export const DEFAULT_MANIFEST_URL = "/.well-known/privacy-manifest.json";
export const MANIFEST_TIMEOUT_MS = 5000;
const MAX_MANIFEST_CHARS = 512 * 1024;
const ISSUES_SHOWN = 3;

export interface ManifestSource {
  /** Resolved absolute URL (used for the fetch, the message and the discovery link). */
  url: string;
  /** Text of `<script type="application/json" id="privacy-manifest">`, when present. */
  inline: string | null;
}

export interface LoadedManifest {
  manifest: PrivacyManifest | null;
  /** The JSON as served. Receipts hash this, not the validator's cleaned copy (which drops unknown
   * members and control characters), so the hash matches the published file. */
  served: unknown;
  error: string | null;
}

function failure(source: ManifestSource, detail: string): LoadedManifest {
  const where = source.inline === null ? source.url : "the inline script#privacy-manifest";
  return {
    manifest: null,
    served: null,
    error: `Kelisim: cannot use the privacy manifest at ${where}: ${detail}. Nothing that waits for consent will be released.`,
  };
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  if (!env.fetch) throw new Error("fetch is not available");
  const controller = new AbortController();
  const timer = env.setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await env.fetch(url, { credentials: "same-origin", signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${timeoutMs / 1000} s`);
    throw error instanceof Error && error.message.startsWith("HTTP ") ? error : new Error("network error");
  } finally {
    env.clearTimeout(timer);
  }
}

export function validateManifestText(source: ManifestSource, text: string): LoadedManifest {
  if (text.length > MAX_MANIFEST_CHARS) return failure(source, "larger than 512 KiB");
  let json: unknown;
  try {
    json = env.parseJson(text);
  } catch (error) {
    return failure(source, `invalid JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
  const result = checkStructure(json);
  if (result.errors.length > 0 || !result.manifest) {
    const shown = result.errors
      .slice(0, ISSUES_SHOWN)
      .map((issue) => `${issue.path || "/"} ${issue.code}`)
      .join(", ");
    const more = result.errors.length > ISSUES_SHOWN ? ` (+${result.errors.length - ISSUES_SHOWN} more)` : "";
    return failure(source, `${result.errors.length} validation error(s): ${shown}${more}`);
  }
  return { manifest: result.manifest, served: json, error: null };
}

export async function loadManifest(
  source: ManifestSource,
  timeoutMs = MANIFEST_TIMEOUT_MS,
): Promise<LoadedManifest> {
  let text: string;
  try {
    text = source.inline ?? (await fetchText(source.url, timeoutMs));
  } catch (error) {
    return failure(source, error instanceof Error ? error.message : "network error");
  }
  return validateManifestText(source, text);
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
