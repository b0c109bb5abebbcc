// The content script, injected on demand (click on the toolbar button, the popup opened for a tab, or
// watch mode) by the background with scripting.executeScript: its code is built into one
// self-contained function (collectInPage, see collectorFunction in vite.extension.ts) that the browser
// runs in the page's isolated world and whose promise's value it hands back to the background. It only
// reads: the page's declaration, what the page loaded, cookie and storage names and the consent record.
// It uses no extension API (no messages, no runtime bindings set up in the page) and judges nothing:
// validation, comparison and the observed report happen in the background.
import type { ManifestCandidate, PageObservation } from "../model.ts";
import { readConsentRecord } from "./consent-record.ts";
import { candidateFromFetch, fetchManifest, findDeclarationInDom, wellKnownUrl } from "./discover.ts";
import { collectResources, cookieNames, firstPaintAt, pageCookieNames, storageKeys } from "./observe.ts";

type Timed = <T>(work: () => T) => T;

/** `cachedManifestUrl`: the declaration URL the background has fresh in its cache for this page's origin. */
async function discover(timed: Timed, cachedManifestUrl: string | null): Promise<ManifestCandidate | null> {
  const found = timed(() => findDeclarationInDom(document)) ?? {
    source: "well-known" as const,
    url: wellKnownUrl(location.origin),
  };
  if (found.url === undefined)
    return found.text === undefined ? null : { source: found.source, text: found.text };
  if (found.url === cachedManifestUrl) return { source: found.source, url: found.url, cached: true };
  return candidateFromFetch(found.source, found.url, await fetchManifest(found.url));
}

export async function observePage(cachedManifestUrl: string | null): Promise<PageObservation> {
  // Only the synchronous parts count as this script's cost on the page; awaits yield the thread.
  let scriptMs = 0;
  const timed: Timed = (work) => {
    const start = performance.now();
    try {
      return work();
    } finally {
      scriptMs += performance.now() - start;
    }
  };
  const snapshot = timed(() => ({
    resources: collectResources(performance),
    localStorageKeys: storageKeys(() => localStorage),
    sessionStorageKeys: storageKeys(() => sessionStorage),
    firstPaintAt: firstPaintAt(performance),
  }));
  // Each lookup waits on another process (the cookie store, the network, IndexedDB): side by side,
  // the observation is ready after the slowest of them, not after their sum.
  const [names, candidate, consent] = await Promise.all([
    pageCookieNames(() => timed(() => cookieNames(document.cookie))),
    discover(timed, cachedManifestUrl),
    readConsentRecord(indexedDB, location.origin).catch(() => null),
  ]);
  return {
    pageUrl: location.href,
    candidate,
    ...snapshot,
    cookieNames: names,
    consent,
    scriptMs: Math.round(scriptMs * 100) / 100,
  };
}
