// The consent store: the current choice, the append-only receipts, the outbox of receipts still to
// POST, and the visitor's language. Any storage failure (no IndexedDB, blocked, quota, aborted
// transaction, a record from a newer widget or a corrupted one) is reported once, grants nothing,
// and switches the store to memory for the rest of the page view (`persistent` false).
import { checkRecord } from "../../shared/consent/check-record.ts";
import {
  CHOICE_SEQUENCE_KEY,
  CURRENT_CHOICE_KEY,
  PREF_LANGUAGE,
  PREF_VERDICT,
  RETURN_COPY_KEY,
  STORE_CHOICE,
  STORE_OUTBOX,
  STORE_PREFS,
  STORE_RECEIPTS,
} from "../../shared/consent/db.ts";
import type { ConsentReceipt, ConsentRecord } from "../../shared/consent/record.ts";
import { type KelisimDb, openConsentDb } from "./db.ts";
import { env, reportOnce } from "./env.ts";
import type { Verdict } from "./verdict.ts";

const OPEN_TIMEOUT_MS = 3000;

export interface LoadedConsent {
  record: ConsentRecord | null;
  /** The stored choice's sequence number (CHOICE_SEQUENCE_KEY); 0 when none or not persistent. */
  sequence: number;
  language: string | null;
  outbox: ConsentReceipt[];
}

export interface ConsentStore {
  readonly persistent: boolean;
  load(): Promise<LoadedConsent>;
  /**
   * Stores the receipt as the current choice; `queue` also keeps it in the outbox until POSTed.
   * Resolves with the sequence number it was stored under (0 when it could not be stored).
   */
  save(receipt: ConsentReceipt, queue: boolean): Promise<number>;
  receipts(): Promise<ConsentReceipt[]>;
  unqueue(receiptId: string): Promise<void>;
  saveLanguage(language: string): Promise<void>;
  /** Keeps the verdict for the returning visitor's light path (widget/return.ts). */
  saveVerdict(verdict: Verdict): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = env.setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        env.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        env.clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Writes (or, with null, removes) the light path's synchronous copy (RETURN_COPY_KEY). Called only
 * while a readwrite transaction on `choice` runs, so the copy follows the order in which IndexedDB
 * commits the tabs' choices: a removal can never be overtaken by a copy of an older record.
 */
function setReturnCopy(found: readonly unknown[] | null): void {
  try {
    if (found) localStorage.setItem(RETURN_COPY_KEY, env.stringify(found));
    else localStorage.removeItem(RETURN_COPY_KEY);
  } catch {
    // Storage blocked: the light path reads IndexedDB instead.
  }
}

/**
 * readwrite on `choice` too, though only `prefs` or `outbox` change: no tab's choice is written while
 * it runs, so copyForReturn copies the record that is current, or removes the copy.
 */
const openForCopy = (database: KelisimDb) =>
  database.transaction([STORE_CHOICE, STORE_PREFS, STORE_OUTBOX], "readwrite");

/**
 * Inside openForCopy's transaction: copies what the light path reads — the current choice, the
 * language, its sequence, the verdict (`verdict`, being written, or the stored one), the receipts
 * waiting — when the verdict is about that very choice and none waits; otherwise removes the copy.
 */
async function copyForReturn(tx: ReturnType<typeof openForCopy>, verdict?: Verdict): Promise<void> {
  tx.done.catch(() => {});
  const choice = tx.objectStore(STORE_CHOICE);
  const prefs = tx.objectStore(STORE_PREFS);
  const found = await Promise.all([
    choice.get(CURRENT_CHOICE_KEY),
    prefs.get(PREF_LANGUAGE),
    choice.get(CHOICE_SEQUENCE_KEY),
    verdict ?? prefs.get(PREF_VERDICT),
    tx.objectStore(STORE_OUTBOX).count(),
  ]);
  const record = found[0] as ConsentRecord | undefined;
  const held = found[3] as Verdict | undefined;
  setReturnCopy(record && held?.receiptId === record.receiptId && found[4] === 0 ? found : null);
}

const readSequence = (value: unknown): number =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : 0;

export function createConsentStore(): ConsentStore {
  let db: Promise<KelisimDb> | null = null;
  let persistent = true;
  const memoryReceipts: ConsentReceipt[] = [];

  function fail(error: unknown, what = "IndexedDB failed"): void {
    persistent = false;
    db = null;
    reportOnce(
      "storage",
      "error",
      `Kelisim: ${what}; choices apply to this page view only and are not stored.`,
      error,
    );
  }

  function open(): Promise<KelisimDb> {
    if (!db) {
      if (typeof indexedDB === "undefined" || indexedDB === null) {
        return Promise.reject(new Error("IndexedDB is not available"));
      }
      const opening = openConsentDb();
      db = withTimeout(opening, OPEN_TIMEOUT_MS, "opening IndexedDB was blocked");
      // If the open succeeds after we gave up, close it so we never block a later upgrade.
      db.catch(() => opening.then((late) => late.close()).catch(() => {}));
    }
    return db;
  }

  /** Runs `work` against the database unless storage already failed; failures switch to memory. */
  async function attempt<T>(fallback: T, work: (database: KelisimDb) => Promise<T>): Promise<T> {
    if (!persistent) return fallback;
    try {
      return await work(await open());
    } catch (error) {
      fail(error);
      return fallback;
    }
  }

  return {
    get persistent() {
      return persistent;
    },
    load: () =>
      attempt<LoadedConsent>({ record: null, sequence: 0, language: null, outbox: [] }, async (database) => {
        const tx = database.transaction([STORE_CHOICE, STORE_PREFS, STORE_OUTBOX], "readonly");
        tx.done.catch(() => {});
        const [stored, sequence, language, outbox] = await Promise.all([
          tx.objectStore(STORE_CHOICE).get(CURRENT_CHOICE_KEY),
          tx.objectStore(STORE_CHOICE).get(CHOICE_SEQUENCE_KEY),
          tx.objectStore(STORE_PREFS).get(PREF_LANGUAGE),
          tx.objectStore(STORE_OUTBOX).getAll(),
          tx.done,
        ]);
        const check = stored === undefined ? "ok" : checkRecord(stored);
        // No choice stored, or one that cannot be trusted: no copy may stand for it (removing one is
        // always safe; the worst a race can do is a slower next view).
        if (stored === undefined || check === "corrupt") setReturnCopy(null);
        if (check === "future-version") {
          fail(stored, "the stored consent record was written by a newer Kelisim version");
        } else if (check === "corrupt") {
          fail(stored, "the stored consent record is corrupted (it will be cleared)");
          // Best effort, so the next page view can store a fresh choice.
          database.delete(STORE_CHOICE, CURRENT_CHOICE_KEY).catch(() => {});
        }
        return {
          record: check === "ok" ? ((stored as ConsentRecord | undefined) ?? null) : null,
          sequence: readSequence(sequence),
          language: typeof language === "string" ? language : null,
          outbox: outbox.filter((item): item is ConsentReceipt => checkRecord(item) === "ok"),
        };
      }),
    async save(receipt, queue) {
      memoryReceipts.push(receipt);
      return attempt(0, async (database) => {
        const tx = database.transaction([STORE_CHOICE, STORE_RECEIPTS, STORE_OUTBOX], "readwrite");
        // Every promise is observed at once: when one write throws, the others' rejections (after the
        // abort below) must not surface in the page as unhandled.
        const done = tx.done;
        done.catch(() => {});
        try {
          const writes: Promise<unknown>[] = [];
          const track = (write: Promise<unknown>) => {
            write.catch(() => {});
            writes.push(write);
          };
          const choice = tx.objectStore(STORE_CHOICE);
          // Read and raised inside this transaction: IndexedDB runs overlapping readwrite
          // transactions one at a time, so no two tabs ever get the same number.
          const sequence = readSequence(await choice.get(CHOICE_SEQUENCE_KEY)) + 1;
          // Running now, with the choice to ourselves: the copy goes before the record changes.
          setReturnCopy(null);
          track(tx.objectStore(STORE_RECEIPTS).add(receipt));
          track(choice.put(receipt, CURRENT_CHOICE_KEY));
          track(choice.put(sequence, CHOICE_SEQUENCE_KEY));
          if (queue) track(tx.objectStore(STORE_OUTBOX).put(receipt));
          await Promise.all([...writes, done]);
          return sequence;
        } catch (error) {
          // All or nothing: never leave a receipt without its current choice, or the reverse.
          try {
            tx.abort();
          } catch {
            // Already finished or aborted.
          }
          throw error;
        }
      });
    },
    receipts: () =>
      attempt([...memoryReceipts], async (database) => {
        const all = await database.getAllFromIndex(STORE_RECEIPTS, "created");
        return all.filter((item): item is ConsentReceipt => checkRecord(item) === "ok");
      }),
    unqueue: (receiptId) =>
      attempt(undefined, async (database) => {
        // The last receipt sent: the light path may take the copy again.
        const tx = openForCopy(database);
        const removed = tx.objectStore(STORE_OUTBOX).delete(receiptId);
        await copyForReturn(tx);
        await Promise.all([removed, tx.done]);
      }),
    saveLanguage: (language) =>
      attempt(undefined, async (database) => {
        await database.put(STORE_PREFS, language, PREF_LANGUAGE);
      }),
    saveVerdict: (verdict) =>
      attempt(undefined, async (database) => {
        const tx = openForCopy(database);
        const written = tx.objectStore(STORE_PREFS).put(verdict, PREF_VERDICT);
        await copyForReturn(tx, verdict);
        await Promise.all([written, tx.done]);
      }),
  };
}
