// What the page did so far, as far as a content script can see: hosts from Resource Timing (with start
// times, to compare against the consent time), first-party cookie names and Web Storage keys.
// Values are never read, only names: the extension has no business with the visitor's data.
import type { ObservedResource } from "../model.ts";

const MAX_ENTRIES = 1_000;

export function collectResources(perf: Performance): ObservedResource[] {
  const resources: ObservedResource[] = [];
  for (const entry of perf.getEntriesByType("resource").slice(0, MAX_ENTRIES)) {
    try {
      const url = new URL(entry.name);
      if (url.protocol !== "http:" && url.protocol !== "https:") continue;
      resources.push({
        host: url.hostname,
        path: url.pathname.slice(0, 200),
        startedAt: Math.round(perf.timeOrigin + entry.startTime),
      });
    } catch {
      // an entry name that is not a URL is not a request we can judge
    }
  }
  return resources;
}

const uniqueNames = (names: string[]) =>
  [...new Set(names.filter((name) => name !== ""))].slice(0, MAX_ENTRIES);

export function cookieNames(cookieString: string): string[] {
  return uniqueNames(cookieString.split(";").map((pair) => pair.split("=")[0]?.trim() ?? ""));
}

interface CookieStoreLike {
  getAll(): Promise<{ name?: string }[]>;
}

/**
 * Cookie names through the asynchronous Cookie Store API where the page has it (Chrome, Firefox ≥ 140),
 * so the main thread does not wait on the synchronous cookie read; else `document.cookie` (`fromString`).
 * Only secure contexts have it, so plain-http pages take the fallback.
 */
export async function pageCookieNames(
  fromString: () => string[],
  store: CookieStoreLike | null = (globalThis as { cookieStore?: CookieStoreLike }).cookieStore ?? null,
): Promise<string[]> {
  if (store === null) return fromString();
  try {
    return uniqueNames((await store.getAll()).map((cookie) => cookie.name ?? ""));
  } catch {
    return fromString();
  }
}

/** Storage may be blocked (sandboxed frames, privacy settings): then there is nothing to report. */
export function storageKeys(getStorage: () => Storage): string[] {
  try {
    const storage = getStorage();
    const keys: string[] = [];
    for (let i = 0; i < storage.length && i < MAX_ENTRIES; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** When the page first showed something (first contentful paint, else first paint), as epoch ms. */
export function firstPaintAt(perf: Performance): number | null {
  const paints = perf.getEntriesByType("paint");
  const paint =
    paints.find((entry) => entry.name === "first-contentful-paint") ??
    paints.find((entry) => entry.name === "first-paint");
  return paint === undefined ? null : Math.round(perf.timeOrigin + paint.startTime);
}
