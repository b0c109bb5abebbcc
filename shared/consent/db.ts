// The layout of the `kelisim` IndexedDB database, shared so that the extension (which reads the
// page's consent from its content script) and the widget (which writes it) agree on names.
// Versions only go forward; each version's upgrade step lives in widget/engine/db.ts.

export { CONSENT_DB_NAME } from "./record.ts";

/** v1: `choice` + `receipts`. v2: adds `outbox` (unsent receipts), `prefs`, and a `created` index. */
export const CONSENT_DB_VERSION = 2;

export const STORE_CHOICE = "choice";
/** Key of the current choice inside the `choice` store. */
export const CURRENT_CHOICE_KEY = "current";
/**
 * Key of the current choice's sequence number inside the `choice` store: raised by one in the same
 * readwrite transaction that writes the choice, so it orders the writes of racing tabs as IndexedDB
 * committed them (the wall clock cannot: tabs decide within the same millisecond).
 */
export const CHOICE_SEQUENCE_KEY = "sequence";
export const STORE_RECEIPTS = "receipts";
export const STORE_OUTBOX = "outbox";
export const STORE_PREFS = "prefs";
export const PREF_LANGUAGE = "language";
