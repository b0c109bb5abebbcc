// The content script, injected on demand (click on the toolbar button, the popup opened for a tab, or
// watch mode) with scripting.executeScript. Built as a self-contained IIFE. It only reads: the page's
// declaration, what the page loaded, cookie and storage names and the consent record, then sends one
// `page:observed` message. All judging happens in the background.
import { sendToBackground } from "../messages.ts";
import type { ManifestCandidate, PageObservation } from "../model.ts";
import { nativeApi } from "../native-runtime.ts";
import { readConsentRecord } from "./consent-record.ts";
import { candidateFromFetch, fetchManifest, findDeclarationInDom, wellKnownUrl } from "./discover.ts";
import { collectResources, cookieNames, firstPaintAt, pageCookieNames, storageKeys } from "./observe.ts";

// The browser's own runtime, not the polyfill: this file is parsed in every inspected page.
const runtime = nativeApi().runtime;

type Timed = <T>(work: () => T) => T;

async function discover(timed: Timed): Promise<ManifestCandidate | null> {
  const found = timed(() => findDeclarationInDom(document)) ?? {
    source: "well-known" as const,
    url: wellKnownUrl(location.origin),
  };
  if (found.url === undefined)
    return found.text === undefined ? null : { source: found.source, text: found.text };
  const { fresh } = await sendToBackground(runtime, "cache:check", { url: found.url });
  if (fresh) return { source: found.source, url: found.url, cached: true };
  return candidateFromFetch(found.source, found.url, await fetchManifest(found.url));
}

async function observePage(): Promise<void> {
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
  // Each lookup waits on another process (the background, the cookie store, IndexedDB): side by side,
  // the report is ready after the slowest of them, not after their sum.
  const [names, candidate, consent] = await Promise.all([
    pageCookieNames(() => timed(() => cookieNames(document.cookie))),
    discover(timed),
    readConsentRecord(indexedDB, location.origin).catch(() => null),
  ]);
  const observation: PageObservation = {
    pageUrl: location.href,
    candidate,
    ...snapshot,
    cookieNames: names,
    consent,
    scriptMs: Math.round(scriptMs * 100) / 100,
  };
  await sendToBackground(runtime, "page:observed", observation);
}

observePage().catch((error: unknown) => {
  // The page must never be affected; the popup shows "could not inspect" when no report arrives.
  console.debug("[kelisim extension] inspection failed", error);
});
