// The content script, injected on demand (click on the toolbar button, the popup opened for a tab, or
// watch mode) by the background with scripting.executeScript: its code is built into one
// self-contained function (collectInPage, see collectorFunction in vite.extension.ts) that the browser
// runs in the page's isolated world and whose promise's value it hands back to the background. It only
// reads: the page's declaration, what the page loaded, cookie and storage names and the consent record.
// It uses no extension API (no messages, no runtime bindings set up in the page) and judges nothing:
// validation, comparison and the observed report happen in the background.
import type { CachedDeclaration, ConsentSnapshot, ManifestCandidate, PageObservation } from "../model.ts";
import { readConsentRecord } from "./consent-record.ts";
import { candidateFromFetch, fetchManifest, findDeclarationInDom, wellKnownUrl } from "./discover.ts";
import { collectResources, cookieNames, firstPaintAt, pageCookieNames, storageKeys } from "./observe.ts";

type Timed = <T>(work: () => T) => T;

const readConsent = () => readConsentRecord(indexedDB, location.origin).catch(() => null);

/**
 * The page's declaration and, only where there is one, this visitor's consent record: the popup shows
 * the record beside a declaration and nowhere else, so a page that declares nothing is spared the
 * IndexedDB work (list the databases, open, read). A declaration found in the DOM starts the read at
 * once, beside its fetch; the well-known address, whose answer is usually a 404, reads it after a 200.
 */
async function discover(
  timed: Timed,
  cached: CachedDeclaration | null,
): Promise<[ManifestCandidate | null, ConsentSnapshot | null]> {
  const inDom = timed(() => findDeclarationInDom(document));
  if (inDom !== null) {
    const consent = readConsent();
    if (inDom.url === undefined) {
      return inDom.text === undefined
        ? [null, null]
        : [{ source: inDom.source, text: inDom.text }, await consent];
    }
    if (inDom.url === cached?.url)
      return [{ source: inDom.source, url: inDom.url, cached: true }, await consent];
    return [candidateFromFetch(inDom.source, inDom.url, await fetchManifest(inDom.url)), await consent];
  }
  const url = wellKnownUrl(location.origin);
  if (url === cached?.url) {
    return [{ source: "well-known", url, cached: true }, cached.declares ? await readConsent() : null];
  }
  const candidate = candidateFromFetch("well-known", url, await fetchManifest(url));
  return [candidate, candidate.text === undefined ? null : await readConsent()];
}

export async function observePage(cached: CachedDeclaration | null): Promise<PageObservation> {
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
  const [names, [candidate, consent]] = await Promise.all([
    pageCookieNames(() => timed(() => cookieNames(document.cookie))),
    discover(timed, cached),
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
