// Turns what the content script found into a Declaration: validated with the shared validator, checked
// for cross-origin use, and cached per page origin (404s too) so each page load does not refetch it.
import type { ManifestIssue, ValidationResult } from "../../shared/manifest/result.ts";
import { LANGUAGES, type Language } from "../../shared/manifest/types.ts";
import { type ExtensionKey, extensionText } from "../i18n.ts";
import type { Declaration, ManifestCandidate, Settings } from "../model.ts";
import type { StorageArea } from "./platform.ts";
import { SETTINGS_KEY, settingsFrom } from "./stores.ts";

/** A published declaration rarely changes within a visit; half an hour keeps us polite to school servers. */
export const CACHE_FOUND_MS = 30 * 60_000;
/** "None published" is cached shorter, so a school that just published one is seen soon. */
export const CACHE_NONE_MS = 10 * 60_000;

export interface CacheEntry {
  url: string;
  expiresAt: number;
  declaration: Declaration;
}

const cacheKey = (origin: string) => `cache:${origin}`;

/**
 * The origin's fresh cache entry and the settings in one storage read (one round trip to the browser
 * before the collector is injected, instead of a message from the page and two reads after it).
 */
export async function readCacheAndSettings(
  local: StorageArea,
  origin: string,
  now: number,
): Promise<{ cache: CacheEntry | null; settings: Settings }> {
  const key = cacheKey(origin);
  const stored = await local.get([key, SETTINGS_KEY]);
  const entry = stored[key] as CacheEntry | undefined;
  return {
    cache: entry !== undefined && entry.expiresAt > now ? entry : null,
    settings: settingsFrom(stored),
  };
}

async function writeCache(local: StorageArea, origin: string, entry: CacheEntry): Promise<void> {
  await local.set({ [cacheKey(origin)]: entry });
}

/** An issue of the extension's own (fetch or origin problems), in the validator's shape. */
export function extensionIssue(
  code: string,
  key: ExtensionKey,
  params: Record<string, string | number>,
): ManifestIssue {
  const message = Object.fromEntries(LANGUAGES.map((lang) => [lang, extensionText(key, lang, params)]));
  return { path: "", code, severity: "error", params, message: message as Record<Language, string> };
}

const FAILURE_KEYS: Record<NonNullable<ManifestCandidate["failure"]>, ExtensionKey> = {
  http: "issueFetchHttp",
  timeout: "issueFetchTimeout",
  network: "issueFetchNetwork",
  "too-large": "issueFetchTooLarge",
  "cross-origin": "issueFetchNetwork",
};

function fromText(
  candidate: ManifestCandidate,
  text: string,
  pageOrigin: string,
  validateText: (text: string) => ValidationResult,
): Declaration {
  const where = candidate.url === undefined ? {} : { url: candidate.url };
  const result = validateText(text);
  if (!result.ok || result.manifest === undefined) {
    return { state: "invalid", source: candidate.source, ...where, errors: result.errors };
  }
  const manifestOrigin = candidate.url === undefined ? pageOrigin : new URL(candidate.url).origin;
  // A manifest from elsewhere speaks for this page only if it says so (spec: Discovery).
  if (manifestOrigin !== pageOrigin && !(result.manifest.origins ?? []).includes(pageOrigin)) {
    const issue = extensionIssue("cross-origin-not-listed", "issueCrossOrigin", {
      manifestOrigin,
      pageOrigin,
    });
    return { state: "invalid", source: candidate.source, ...where, errors: [issue] };
  }
  return {
    state: "valid",
    source: candidate.source,
    ...where,
    manifest: result.manifest,
    warnings: result.warnings,
  };
}

export interface ResolveInput {
  candidate: ManifestCandidate | null;
  pageOrigin: string;
  local: StorageArea;
  now: number;
  validateText: (text: string) => ValidationResult;
  /** The origin's cache entry, read before the injection (null: none fresh). */
  cache: CacheEntry | null;
}

/**
 * The declaration for a page and, when it was fetched, the write of it into the cache: a promise the
 * caller awaits after it has stored the report (the report does not wait for storage.local's disk).
 */
export async function resolveDeclaration(
  input: ResolveInput,
): Promise<{ declaration: Declaration; cached: Promise<void> }> {
  const { candidate, pageOrigin, local, now } = input;
  const done = Promise.resolve();
  if (candidate === null) return { declaration: { state: "none" }, cached: done };
  if (candidate.url === undefined) {
    // Inline JSON is already in the page: nothing to fetch, nothing worth caching.
    const declaration: Declaration =
      candidate.text === undefined
        ? { state: "none" }
        : fromText(candidate, candidate.text, pageOrigin, input.validateText);
    return { declaration, cached: done };
  }
  const url = candidate.url;
  if (candidate.cached) {
    const entry = input.cache;
    return {
      declaration: entry !== null && entry.url === url ? entry.declaration : { state: "none" },
      cached: done,
    };
  }
  let declaration: Declaration;
  let lifetime = CACHE_FOUND_MS;
  if (candidate.failure !== undefined) {
    const missing = candidate.failure === "http" && (candidate.status === 404 || candidate.status === 410);
    if (candidate.source === "well-known" && missing) {
      declaration = { state: "none" };
      lifetime = CACHE_NONE_MS;
    } else if (candidate.source === "well-known") {
      // The site never pointed at this URL: a network hiccup there is not a broken declaration.
      return { declaration: { state: "none" }, cached: done };
    } else {
      const issue = extensionIssue(`fetch-${candidate.failure}`, FAILURE_KEYS[candidate.failure], {
        url,
        status: candidate.status ?? 0,
      });
      return {
        declaration: { state: "invalid", source: candidate.source, url, errors: [issue] },
        cached: done,
      };
    }
  } else {
    declaration = fromText(candidate, candidate.text ?? "", pageOrigin, input.validateText);
  }
  return {
    declaration,
    cached: writeCache(local, pageOrigin, { url, expiresAt: now + lifetime, declaration }),
  };
}
