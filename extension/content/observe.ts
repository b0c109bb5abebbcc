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

export function cookieNames(cookieString: string): string[] {
  const names = cookieString
    .split(";")
    .map((pair) => pair.split("=")[0]?.trim() ?? "")
    .filter((name) => name !== "");
  return [...new Set(names)].slice(0, MAX_ENTRIES);
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
