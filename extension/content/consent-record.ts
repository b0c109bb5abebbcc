// Reads this visitor's consent on this site from the page's own `kelisim` IndexedDB (the content
// script shares the page origin's storage). Store names come from shared/consent/db.ts, which the widget
// writes with. We never create the database: opening a missing one would leave an empty version-1
// database behind and break the widget's own upgrade.
import { isConsentRecord } from "../../shared/consent/check-record.ts";
import { CONSENT_DB_NAME, CURRENT_CHOICE_KEY, STORE_CHOICE } from "../../shared/consent/db.ts";
import type { ConsentRecord } from "../../shared/consent/record.ts";
import type { ConsentSnapshot } from "../model.ts";

/** The current choice reduced to what the popup shows; null when it is not a receipt for this origin. */
export function toSnapshot(value: unknown, origin: string): ConsentSnapshot | null {
  if (!isConsentRecord(value) || value.origin !== origin) return null;
  const record: ConsentRecord = value;
  return {
    choices: { ...record.choices },
    created: record.created,
    expires: record.expires,
    manifestVersion: record.manifestVersion,
    method: record.method,
  };
}

function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(CONSENT_DB_NAME);
    let created = false;
    open.onupgradeneeded = () => {
      // The database did not exist: abort so nothing is left behind for the widget to trip over.
      created = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => {
      if (!created) return resolve(open.result);
      open.result.close();
      resolve(null);
    };
    open.onerror = () => (created ? resolve(null) : reject(open.error));
  });
}

export async function readConsentRecord(
  factory: IDBFactory,
  origin: string,
): Promise<ConsentSnapshot | null> {
  if (typeof factory.databases === "function") {
    const databases = await factory.databases();
    if (!databases.some((db) => db.name === CONSENT_DB_NAME)) return null;
  }
  const db = await openExisting(factory);
  if (db === null) return null;
  try {
    if (!db.objectStoreNames.contains(STORE_CHOICE)) return null;
    const read = db.transaction(STORE_CHOICE, "readonly").objectStore(STORE_CHOICE).get(CURRENT_CHOICE_KEY);
    const value = await new Promise<unknown>((resolve, reject) => {
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    return toSnapshot(value, origin);
  } finally {
    db.close();
  }
}
