// Is a choice stored? Answered before the banner may show, with the raw IndexedDB API (the `idb`
// wrapper and the record checks belong to the lazily loaded engine, which reads the store properly).
// Only "nothing is stored" lets kelisim.js show the banner at once; any other answer waits for the
// engine, so a returning visitor never sees the banner flash. The same transaction reads what the
// returning visitor's light path needs (widget/return.ts), so it opens the database only once — or not
// at all, when the full engine left its synchronous copy of exactly that in localStorage.
import {
  CHOICE_SEQUENCE_KEY,
  CONSENT_DB_NAME,
  CURRENT_CHOICE_KEY,
  PREF_LANGUAGE,
  PREF_VERDICT,
  RETURN_COPY_KEY,
  STORE_CHOICE,
  STORE_OUTBOX,
  STORE_PREFS,
} from "../../shared/consent/db.ts";
import { env } from "../engine/env.ts";

export interface Peek {
  /** false: certainly nothing stored; true: something is; null: could not tell (blocked, slow…). */
  stored: boolean | null;
  /** The language the visitor picked earlier, if any. */
  language: string | null;
  /**
   * Read in the same transaction, unchecked, for the returning visitor's light path (widget/return.ts):
   * the current choice, the language, its sequence number, the cached verdict, how many receipts wait.
   */
  found?: unknown[] | undefined;
}

export function peekStoredChoice(timeoutMs = 1000): Promise<Peek> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (stored: boolean | null, language: unknown = null, found?: unknown[]) => {
      if (settled) return;
      settled = true;
      env.clearTimeout(timer);
      resolve({ stored, language: typeof language === "string" ? language : null, found });
    };
    const timer = env.setTimeout(() => done(null), timeoutMs);
    // The full engine's synchronous copy (RETURN_COPY_KEY): the light path can start at once.
    try {
      const copy = env.parseJson(localStorage.getItem(RETURN_COPY_KEY) as string);
      if (Array.isArray(copy) && copy.length === 5) return done(true, copy[1], copy);
    } catch {
      // Blocked or garbled: ask IndexedDB.
    }
    let fresh = false;
    try {
      const request = indexedDB.open(CONSENT_DB_NAME);
      // No database yet, so nothing stored. Aborting keeps us from creating an empty one: the
      // engine creates it, with its stores, when there is something to keep.
      request.onupgradeneeded = () => {
        fresh = true;
        request.transaction?.abort();
      };
      request.onerror = (event) => {
        event.preventDefault();
        done(fresh ? false : null);
      };
      request.onblocked = () => done(null);
      request.onsuccess = () => {
        const db = request.result;
        const close = () => db.close();
        try {
          if (!db.objectStoreNames.contains(STORE_CHOICE)) {
            close();
            done(false);
            return;
          }
          // Version 2 added `prefs` and `outbox` together.
          const hasPrefs = db.objectStoreNames.contains(STORE_PREFS);
          const tx = db.transaction(
            hasPrefs ? [STORE_CHOICE, STORE_PREFS, STORE_OUTBOX] : [STORE_CHOICE],
            "readonly",
          );
          const choice = tx.objectStore(STORE_CHOICE);
          const prefs = hasPrefs ? tx.objectStore(STORE_PREFS) : null;
          const reads = [
            choice.get(CURRENT_CHOICE_KEY),
            prefs?.get(PREF_LANGUAGE),
            choice.get(CHOICE_SEQUENCE_KEY),
            prefs?.get(PREF_VERDICT),
            hasPrefs ? tx.objectStore(STORE_OUTBOX).count() : undefined,
          ];
          tx.oncomplete = () => {
            close();
            const found = reads.map((read) => read?.result);
            done(found[0] !== undefined, found[1], found);
          };
          tx.onerror = tx.onabort = () => {
            close();
            done(null);
          };
        } catch {
          close();
          done(null);
        }
      };
    } catch {
      // No IndexedDB at all (or it throws): the engine reports it and asks for this page view.
      done(null);
    }
  });
}
