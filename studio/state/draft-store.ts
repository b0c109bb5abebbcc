// Drafts live in the studio's own IndexedDB database, versioned like the widget's (upgrades only go
// forward). When IndexedDB is missing or blocked the studio keeps drafts in memory and says so; the
// webmaster can still download the manifest.
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";

export const STUDIO_DB = "kelisim-studio";
export const STUDIO_DB_VERSION = 1;
const OPEN_TIMEOUT_MS = 3000;

export interface Draft {
  id: string;
  name: string;
  /** ms since epoch of the last change */
  updated: number;
  /** What the webmaster is building; may not validate yet. */
  manifest: PrivacyManifest;
}

interface StudioSchema extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { updated: number } };
}

export interface DraftStore {
  /** false: drafts are kept in memory for this page view only */
  readonly persistent: boolean;
  list: () => Promise<Draft[]>;
  put: (draft: Draft) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

function memoryStore(): DraftStore {
  const drafts = new Map<string, Draft>();
  return {
    persistent: false,
    list: async () => [...drafts.values()].sort((a, b) => b.updated - a.updated),
    put: async (draft) => void drafts.set(draft.id, structuredClone(draft)),
    remove: async (id) => void drafts.delete(id),
  };
}

function idbStore(db: IDBPDatabase<StudioSchema>): DraftStore {
  return {
    persistent: true,
    list: async () => (await db.getAllFromIndex("drafts", "updated")).reverse(),
    put: async (draft) => {
      await db.put("drafts", draft);
    },
    remove: async (id) => {
      await db.delete("drafts", id);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("IndexedDB did not open in time")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export async function openDraftStore(): Promise<DraftStore> {
  try {
    if (typeof indexedDB === "undefined") return memoryStore();
    const db = await withTimeout(
      openDB<StudioSchema>(STUDIO_DB, STUDIO_DB_VERSION, {
        upgrade(database, oldVersion) {
          if (oldVersion < 1) {
            database.createObjectStore("drafts", { keyPath: "id" }).createIndex("updated", "updated");
          }
        },
      }),
      OPEN_TIMEOUT_MS,
    );
    const store = idbStore(db);
    await store.list(); // a store that opens but cannot be read is as good as none
    return store;
  } catch (error) {
    console.warn("[kelisim studio] drafts will not be kept: IndexedDB is unavailable", error);
    return memoryStore();
  }
}

export function newDraftId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
