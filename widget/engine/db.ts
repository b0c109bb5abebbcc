// Opens the `kelisim` IndexedDB database. Versions only go forward: each entry of UPGRADES turns
// version n into n+1 and runs only when `oldVersion < n+1`, so a visitor who skipped versions gets
// every step in order and no data is dropped. Values are typed `unknown`: they are checked on read.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from "idb";
import {
  CONSENT_DB_NAME,
  CONSENT_DB_VERSION,
  STORE_CHOICE,
  STORE_OUTBOX,
  STORE_PREFS,
  STORE_RECEIPTS,
} from "../../shared/consent/db.ts";

export interface KelisimDbSchema extends DBSchema {
  choice: { key: string; value: unknown };
  receipts: { key: string; value: unknown; indexes: { created: string } };
  outbox: { key: string; value: unknown };
  prefs: { key: string; value: unknown };
}

export type KelisimDb = IDBPDatabase<KelisimDbSchema>;
type UpgradeTx = IDBPTransaction<KelisimDbSchema, StoreNames<KelisimDbSchema>[], "versionchange">;
type UpgradeStep = (db: KelisimDb, tx: UpgradeTx) => void;

export const UPGRADES: readonly UpgradeStep[] = [
  // → v1: the current choice (out-of-line key "current") and the append-only receipts.
  (db) => {
    db.createObjectStore(STORE_CHOICE);
    db.createObjectStore(STORE_RECEIPTS, { keyPath: "receiptId" });
  },
  // → v2: receipts not yet POSTed to `data-receipts`, the visitor's language, receipts by date.
  (db, tx) => {
    db.createObjectStore(STORE_OUTBOX, { keyPath: "receiptId" });
    db.createObjectStore(STORE_PREFS);
    tx.objectStore(STORE_RECEIPTS).createIndex("created", "created");
  },
];

export function openConsentDb(version: number = CONSENT_DB_VERSION): Promise<KelisimDb> {
  let opened: KelisimDb | undefined;
  const pending = openDB<KelisimDbSchema>(CONSENT_DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // An abandoned open (timed out while blocked) may still upgrade later and abort: stay quiet.
      tx.done.catch(() => {});
      for (let step = oldVersion; step < (newVersion ?? version); step++) UPGRADES[step]?.(db, tx);
    },
    // A newer widget in another tab wants to upgrade: step aside instead of blocking it forever.
    blocking() {
      opened?.close();
    },
  });
  return pending.then((db) => {
    opened = db;
    return db;
  });
}
