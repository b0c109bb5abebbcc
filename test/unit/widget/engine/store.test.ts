import "fake-indexeddb/auto";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { env, forgetReports } from "../../../../widget/engine/env.ts";
import { createConsentStore } from "../../../../widget/engine/store.ts";
import { freshIndexedDb } from "./harness.ts";

const receipt = (id: string, created = "2026-01-01T00:00:00.000Z") => ({
  schemaVersion: 1 as const,
  receiptId: id,
  origin: "https://school.example",
  manifestVersion: "1",
  manifestHash: "",
  choices: { necessary: true, analytics: true },
  method: "accept-all" as const,
  language: "kk" as const,
  indicatedBy: "self" as const,
  gpc: false,
  created,
  expires: "2099-01-01T00:00:00.000Z",
  widgetVersion: "0.1.0",
  summary: {
    categories: ["necessary", "analytics"],
    dataCategories: [],
    recipients: [],
    technologies: [],
    transfers: [],
  },
});

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  freshIndexedDb();
  forgetReports();
  // The engine captured console.error at start (a page may replace it later), so spy on its copy.
  errors = vi.spyOn(env, "error").mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  vi.restoreAllMocks();
});

async function seedCurrent(value: unknown): Promise<void> {
  const store = createConsentStore();
  await store.load();
  const db = await openDB("kelisim");
  await db.put("choice", value, "current");
  db.close();
}

describe("consent store", () => {
  it("stores the current choice, appends receipts in date order and keeps the outbox", async () => {
    const store = createConsentStore();
    await store.save(receipt("b", "2026-02-01T00:00:00.000Z"), true);
    await store.save(receipt("a", "2026-01-01T00:00:00.000Z"), false);
    await store.saveLanguage("ru");
    const loaded = await createConsentStore().load();
    expect(loaded.record?.receiptId).toBe("a");
    expect(loaded.language).toBe("ru");
    expect(loaded.outbox.map((r) => r.receiptId)).toEqual(["b"]);
    expect((await store.receipts()).map((r) => r.receiptId)).toEqual(["a", "b"]);
    await store.unqueue("b");
    expect((await createConsentStore().load()).outbox).toEqual([]);
    expect(store.persistent).toBe(true);
  });

  it("no IndexedDB: memory only, reported once, never throws", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: simulating a browser without IndexedDB
    (globalThis as any).indexedDB = undefined;
    const store = createConsentStore();
    expect((await store.load()).record).toBeNull();
    await store.save(receipt("x"), false);
    await store.save(receipt("y"), false);
    expect(store.persistent).toBe(false);
    expect((await store.receipts()).map((r) => r.receiptId)).toEqual(["x", "y"]);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it("a future-version record is left alone and not used", async () => {
    await seedCurrent({ ...receipt("future"), schemaVersion: 2 });
    const store = createConsentStore();
    expect((await store.load()).record).toBeNull();
    expect(store.persistent).toBe(false);
    expect(errors).toHaveBeenCalledTimes(1);
    const db = await openDB("kelisim");
    expect(((await db.get("choice", "current")) as { schemaVersion: number }).schemaVersion).toBe(2);
    db.close();
  });

  it("a corrupted record is not used, is reported, and is cleared for the next page view", async () => {
    await seedCurrent({ schemaVersion: 1, choices: { analytics: "yes" } });
    const store = createConsentStore();
    expect((await store.load()).record).toBeNull();
    expect(store.persistent).toBe(false);
    expect(errors).toHaveBeenCalledTimes(1);
    await new Promise((done) => setTimeout(done, 20));
    const next = createConsentStore();
    expect((await next.load()).record).toBeNull();
    expect(next.persistent).toBe(true);
  });

  it("a quota error or an aborted transaction switches to memory for the page view", async () => {
    const store = createConsentStore();
    await store.load();
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    await store.save(receipt("q"), false);
    put.mockRestore();
    expect(store.persistent).toBe(false);
    expect((await store.receipts()).map((r) => r.receiptId)).toEqual(["q"]);
    expect(errors).toHaveBeenCalledTimes(1);

    forgetReports();
    const other = createConsentStore();
    await other.load();
    const add = vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (this: IDBObjectStore) {
      this.transaction.abort();
      throw new DOMException("aborted", "AbortError");
    });
    await other.save(receipt("z"), false);
    add.mockRestore();
    expect(other.persistent).toBe(false);
    // Nothing half-written: the aborted transaction left no current choice behind.
    expect((await createConsentStore().load()).record).toBeNull();
  });

  it("blocked by an old connection that never closes: gives up after a timeout", async () => {
    const stubborn = await openDB("kelisim", 1, { upgrade: (db) => void db.createObjectStore("choice") });
    const store = createConsentStore();
    const loaded = await store.load();
    expect(loaded.record).toBeNull();
    expect(store.persistent).toBe(false);
    expect(errors).toHaveBeenCalledTimes(1);
    stubborn.close();
  }, 10_000);
});
