// The content script, injected on demand (click on the toolbar button, the popup opened for a tab, or
// watch mode) with scripting.executeScript. Built as a self-contained IIFE. It only reads: the page's
// declaration, what the page loaded, cookie and storage names and the consent record, then sends one
// `page:observed` message. All judging happens in the background.
import { browser } from "../browser.ts";
import { sendToBackground } from "../messages.ts";
import type { ManifestCandidate, PageObservation } from "../model.ts";
import { readConsentRecord } from "./consent-record.ts";
import { candidateFromFetch, fetchManifest, findDeclarationInDom, wellKnownUrl } from "./discover.ts";
import { collectResources, cookieNames, firstPaintAt, storageKeys } from "./observe.ts";

async function discover(): Promise<ManifestCandidate | null> {
  const found = findDeclarationInDom(document) ?? {
    source: "well-known" as const,
    url: wellKnownUrl(location.origin),
  };
  if (found.url === undefined)
    return found.text === undefined ? null : { source: found.source, text: found.text };
  const { fresh } = await sendToBackground(browser.runtime, "cache:check", { url: found.url });
  if (fresh) return { source: found.source, url: found.url, cached: true };
  return candidateFromFetch(found.source, found.url, await fetchManifest(found.url));
}

async function observePage(): Promise<void> {
  // Only the synchronous parts count as this script's cost on the page; awaits yield the thread.
  let scriptMs = 0;
  const timed = <T>(work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      scriptMs += performance.now() - start;
    }
  };
  const snapshot = timed(() => ({
    resources: collectResources(performance),
    cookieNames: cookieNames(document.cookie),
    localStorageKeys: storageKeys(() => localStorage),
    sessionStorageKeys: storageKeys(() => sessionStorage),
    firstPaintAt: firstPaintAt(performance),
  }));
  const candidate = await discover();
  const consent = await readConsentRecord(indexedDB, location.origin).catch(() => null);
  const observation: PageObservation = {
    pageUrl: location.href,
    candidate,
    ...snapshot,
    consent,
    scriptMs: Math.round(scriptMs * 100) / 100,
  };
  await sendToBackground(browser.runtime, "page:observed", observation);
}

observePage().catch((error: unknown) => {
  // The page must never be affected; the popup shows "could not inspect" when no report arrives.
  console.debug("[kelisim extension] inspection failed", error);
});
