// The cached verdict behind the returning visitor's light path (widget/return.ts). The full engine
// writes it only after the whole manifest validated and it decided that the stored choice holds; the
// light path trusts it only while everything the decision depended on is unchanged: the exact manifest
// text (its SHA-256), this widget version, the same current choice record (the SHA-256 of its JSON:
// a record changed in storage is checked by the full engine again), and the clock before `until`.
// Anything else — a byte of the manifest, another version, another choice — goes through the validator.
import type { Language } from "../../shared/manifest/types.ts";

export interface Verdict {
  /** Lowercase hex SHA-256 of the manifest text exactly as served (or inline), not of its JSON. */
  textHash: string;
  widgetVersion: string;
  /** The current choice the decision was about. */
  receiptId: string;
  /** Hex SHA-256 of that record's JSON as stored (IndexedDB keeps the order of its members). */
  recordHash: string;
  /** When the choice stops holding (ms): its expiry, shortened by the manifest's maxAgeDays. */
  until: number;
  /** The engine's choices for every offered category (required ones true): what the gate releases. */
  choices: Record<string, boolean>;
  /** The engine's language then, and the languages the manifest offers (the floating button's label). */
  language: Language;
  languages: readonly Language[];
}

/** Hex SHA-256 of the text via Web Crypto, or null where there is none (plain http): then no verdict. */
export async function hashText(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
