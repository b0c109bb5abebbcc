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
/**
 * Key of the cached verdict inside the `prefs` store (widget/engine/verdict.ts): what the full engine
 * decided for the current choice under one exact manifest text, so a returning visitor's page view can
 * skip the validator while that text is served unchanged.
 */
export const PREF_VERDICT = "verdict";

/**
 * localStorage key of the returning visitor's synchronous copy of what the light path reads (the
 * current choice, the language, its sequence number, the verdict, 0 receipts waiting), so a returning
 * page view need not wait for IndexedDB before it releases. Written only by the full engine inside a
 * readwrite transaction on `choice` that holds exactly that record and no receipt to send; removed
 * inside every transaction that writes a choice, before it writes. IndexedDB stays the record.
 */
export const RETURN_COPY_KEY = "kelisim.return";
