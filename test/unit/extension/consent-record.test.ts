// Reading the widget's consent record from the page's `kelisim` IndexedDB, without ever creating it.
import { IDBFactory } from "fake-indexeddb";
import { expect, test } from "vitest";
import { readConsentRecord } from "../../../extension/content/consent-record.ts";
import { CONSENT_DB_NAME, CURRENT_CHOICE_KEY, STORE_CHOICE } from "../../../shared/consent/db.ts";
import type { ConsentRecord } from "../../../shared/consent/record.ts";

const ORIGIN = "https://school.example";
const record: ConsentRecord = {
  schemaVersion: 1,
  receiptId: "r1",
  origin: ORIGIN,
  manifestVersion: "2026-09-01",
  manifestHash: "a".repeat(64),
  choices: { necessary: true, analytics: false },
  method: "reject-all",
  language: "kk",
  indicatedBy: "self",
  gpc: false,
  created: "2026-11-01T10:00:00.000Z",
  expires: "2027-11-01T10:00:00.000Z",
  widgetVersion: "1.0.0",
  summary: { categories: [], dataCategories: [], recipients: [], technologies: [], transfers: [] },
};

function seed(factory: IDBFactory, value: unknown): Promise<void> {
  return new Promise((done) => {
    const open = factory.open(CONSENT_DB_NAME, 2);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE_CHOICE);
    open.onsuccess = () => {
      const tx = open.result.transaction(STORE_CHOICE, "readwrite");
      tx.objectStore(STORE_CHOICE).put(value, CURRENT_CHOICE_KEY);
      tx.oncomplete = () => {
        open.result.close();
        done();
      };
    };
  });
}

test("no database: null, and no database is left behind", async () => {
  const factory = new IDBFactory();
  expect(await readConsentRecord(factory, ORIGIN)).toBeNull();
  expect(await factory.databases()).toEqual([]);
});

test("without databases() the probe still leaves nothing behind", async () => {
  const factory = new IDBFactory();
  const legacy = Object.assign(Object.create(factory), {
    databases: undefined,
    open: factory.open.bind(factory),
  });
  expect(await readConsentRecord(legacy, ORIGIN)).toBeNull();
  expect(await factory.databases()).toEqual([]);
});

test("the current choice is read as choices, time, method and manifest version", async () => {
  const factory = new IDBFactory();
  await seed(factory, record);
  expect(await readConsentRecord(factory, ORIGIN)).toEqual({
    choices: { necessary: true, analytics: false },
    created: record.created,
    expires: record.expires,
    manifestVersion: "2026-09-01",
    method: "reject-all",
  });
});

test("a record for another origin or a corrupt one is ignored", async () => {
  const other = new IDBFactory();
  await seed(other, { ...record, origin: "https://evil.example" });
  expect(await readConsentRecord(other, ORIGIN)).toBeNull();
  const corrupt = new IDBFactory();
  await seed(corrupt, { choices: "yes" });
  expect(await readConsentRecord(corrupt, ORIGIN)).toBeNull();
});
