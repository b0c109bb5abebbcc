// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConsentRecord } from "../../../../shared/consent/record.ts";
import { createTabSync, SYNC_STORAGE_KEY } from "../../../../widget/engine/tab-sync.ts";
import { disposeEngines, fixtureManifest, freshIndexedDb, pageView, resetPage } from "./harness.ts";

beforeEach(() => {
  freshIndexedDb();
  resetPage(fixtureManifest());
});
afterEach(() => {
  disposeEngines();
  vi.unstubAllGlobals();
});

describe("language", () => {
  it("data-lang, then <html lang>; the visitor's pick is remembered over both", async () => {
    document.documentElement.lang = "ru-KZ";
    expect((await pageView()).getState().language).toBe("ru");
    expect((await pageView({ language: "en" })).getState().language).toBe("en");
    const engine = await pageView({ language: "en" });
    engine.setLanguage("kk");
    expect(engine.getState().language).toBe("kk");
    expect(() => engine.setLanguage("de" as never)).toThrow(TypeError);
    await new Promise((done) => setTimeout(done, 20));
    expect((await pageView({ language: "en" })).getState().language).toBe("kk");
  });
});

describe("tab sync without BroadcastChannel", () => {
  it("falls back to localStorage `storage` events and ignores anything that is not a receipt", async () => {
    vi.stubGlobal("BroadcastChannel", undefined);
    const engine = await pageView();
    const seen: ConsentRecord[] = [];
    const sync = createTabSync((received) => void seen.push(received));
    // A receipt made in "another tab" (its own engine; the same origin's database).
    const other = await pageView();
    await other.set({ analytics: true });
    const receipt = other.getState().record as ConsentRecord;
    sync.post(receipt, 1);
    // Nothing lingers in localStorage.
    expect(localStorage.getItem(SYNC_STORAGE_KEY)).toBeNull();
    // What that tab's localStorage write looks like here:
    window.dispatchEvent(new StorageEvent("storage", { key: SYNC_STORAGE_KEY, newValue: "{not json" }));
    window.dispatchEvent(
      new StorageEvent("storage", { key: SYNC_STORAGE_KEY, newValue: '{"schemaVersion":1}' }),
    );
    // A bare receipt carries no sequence number: it cannot be ordered, so it is not a message.
    window.dispatchEvent(
      new StorageEvent("storage", { key: SYNC_STORAGE_KEY, newValue: JSON.stringify(receipt) }),
    );
    window.dispatchEvent(
      new StorageEvent("storage", {
        key: SYNC_STORAGE_KEY,
        newValue: JSON.stringify({ record: receipt, sequence: 1 }),
      }),
    );
    expect(seen.map((r) => r.receiptId)).toEqual([receipt.receiptId]);
    expect(engine.getState().choices.analytics).toBe(true);
    expect(engine.getState().record?.receiptId).toBe(receipt.receiptId);
    sync.close();
  });
});
