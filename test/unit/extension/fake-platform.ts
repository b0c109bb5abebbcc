// In-memory stand-ins for the browser pieces the background uses (storage areas, badge, scripting),
// so the real handlers run unchanged in unit tests.
import type { Platform, StorageArea } from "../../../extension/background/platform.ts";
import type { CachedDeclaration } from "../../../extension/model.ts";

export class MemoryStorage implements StorageArea {
  readonly data = new Map<string, unknown>();
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    // Round-trip through JSON like real extension storage, so nothing shares references.
    for (const key of wanted)
      if (this.data.has(key)) out[key] = JSON.parse(JSON.stringify(this.data.get(key)));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }
}

export interface FakePlatform extends Platform {
  local: MemoryStorage;
  session: MemoryStorage;
  badges: Map<number, { text: string; color: string; title: string }>;
  injected: number[];
  /** The URL of each open tab (tabUrl answers null for others). */
  tabs: Map<number, string>;
  /** What the collector hands back when injected (undefined: nothing, as when it fails). */
  collected: unknown;
  /** What each injection was told the cache holds, in order. */
  cachedDeclarations: (CachedDeclaration | null)[];
  clock: { now: number };
  cookies: string[] | null;
}

export function fakePlatform(): FakePlatform {
  const badges = new Map<number, { text: string; color: string; title: string }>();
  const injected: number[] = [];
  const clock = { now: Date.parse("2026-11-21T10:00:00Z") };
  const platform: FakePlatform = {
    runtimeId: "kelisim-test-id",
    extensionBaseUrl: "chrome-extension://kelisim-test-id/",
    local: new MemoryStorage(),
    session: new MemoryStorage(),
    badges,
    injected,
    clock,
    cookies: null,
    tabs: new Map([[42, "https://school7.example/"]]),
    collected: {
      pageUrl: "https://school7.example/",
      candidate: null,
      resources: [],
      cookieNames: [],
      localStorageKeys: [],
      sessionStorageKeys: [],
      consent: null,
      firstPaintAt: null,
      scriptMs: 1,
    },
    async tabUrl(tabId) {
      return platform.tabs.get(tabId) ?? null;
    },
    cachedDeclarations: [],
    async injectCollector(tabId, cached) {
      injected.push(tabId);
      platform.cachedDeclarations.push(cached);
      return platform.collected;
    },
    async openSitePreferences() {
      return true;
    },
    async setBadge(tabId, badge) {
      badges.set(tabId, badge);
    },
    async cookieNames() {
      return platform.cookies;
    },
    now: () => clock.now,
  };
  return platform;
}
