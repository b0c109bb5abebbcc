// Test harness for the engine: a fresh page (happy-dom document) and a fresh IndexedDB per test.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { IDBFactory } from "fake-indexeddb";
import { createEngine, type EngineOptions, type KelisimEngine } from "../../../../widget/engine/engine.ts";
import { forgetReports } from "../../../../widget/engine/env.ts";

const FIXTURES = resolve(import.meta.dirname, "../../../fixtures/pages/engine");

export type ManifestJson = Record<string, unknown>;

export function fixtureManifest(): ManifestJson {
  return JSON.parse(readFileSync(resolve(FIXTURES, "manifest-v1.json"), "utf8")) as ManifestJson;
}

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Empties the document and puts the manifest inline (or nothing, to force a fetch). */
export function resetPage(manifest: ManifestJson | string | null, bodyHtml = ""): void {
  document.head.innerHTML = "";
  document.body.innerHTML = bodyHtml;
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0]?.trim();
    // biome-ignore lint/suspicious/noDocumentCookie: clearing the previous test's cookies
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  if (manifest !== null) {
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "privacy-manifest";
    script.textContent = typeof manifest === "string" ? manifest : JSON.stringify(manifest);
    document.head.append(script);
  }
  forgetReports();
}

const started: KelisimEngine[] = [];

/** One "page view": a new engine on the current document. */
export async function pageView(options: Partial<EngineOptions> = {}): Promise<KelisimEngine> {
  const engine = createEngine({ document, manifestUrl: `${location.origin}/manifest.json`, ...options });
  started.push(engine);
  await engine.ready;
  return engine;
}

export function disposeEngines(): void {
  for (const engine of started.splice(0)) engine.dispose();
}

/** Lets queued microtasks, IndexedDB callbacks and BroadcastChannel messages run. */
export function settle(ms = 20): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
