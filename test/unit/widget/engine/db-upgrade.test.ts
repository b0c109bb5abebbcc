import "fake-indexeddb/auto";
import { openDB } from "idb";
import { beforeEach, describe, expect, it } from "vitest";
import { CONSENT_DB_VERSION } from "../../../../shared/consent/db.ts";
import { openConsentDb, UPGRADES } from "../../../../widget/engine/db.ts";
import { freshIndexedDb } from "./harness.ts";

const RECEIPT = { receiptId: "r-1", created: "2026-01-01T00:00:00.000Z", schemaVersion: 1 };

beforeEach(freshIndexedDb);

describe("kelisim database upgrades (forward only)", () => {
  it("has one upgrade step per version", () => {
    expect(UPGRADES).toHaveLength(CONSENT_DB_VERSION);
  });

  it("v1 → v2 keeps the stored choice and receipts and adds the outbox, prefs and the created index", async () => {
    const v1 = await openConsentDb(1);
    expect([...v1.objectStoreNames].sort()).toEqual(["choice", "receipts"]);
    await v1.put("choice", RECEIPT, "current");
    await v1.add("receipts", RECEIPT);
    v1.close();

    const v2 = await openConsentDb(2);
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(["choice", "outbox", "prefs", "receipts"]);
    expect(await v2.get("choice", "current")).toEqual(RECEIPT);
    expect(await v2.getAllFromIndex("receipts", "created")).toEqual([RECEIPT]);
    v2.close();
  });

  it("a fresh database gets every step", async () => {
    const db = await openConsentDb();
    expect(db.version).toBe(CONSENT_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["choice", "outbox", "prefs", "receipts"]);
    db.close();
  });

  it("an open connection steps aside when a newer version asks to upgrade", async () => {
    const older = await openConsentDb();
    const newer = await openDB("kelisim", CONSENT_DB_VERSION + 1);
    expect(newer.version).toBe(CONSENT_DB_VERSION + 1);
    newer.close();
    older.close();
  });
});
