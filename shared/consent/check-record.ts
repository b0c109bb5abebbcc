// Records read back from IndexedDB are untrusted: another script on the origin, an older or newer
// widget, or a broken disk may have written them. Anything that is not exactly a v1 receipt is refused.
import type { ConsentRecord } from "./record.ts";

export type RecordCheck = "ok" | "future-version" | "corrupt";

const STRING_FIELDS = [
  "receiptId",
  "origin",
  "manifestVersion",
  "manifestHash",
  "method",
  "language",
  "indicatedBy",
  "created",
  "expires",
  "widgetVersion",
] as const;
const SUMMARY_FIELDS = ["categories", "dataCategories", "recipients", "technologies", "transfers"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

export function checkRecord(value: unknown): RecordCheck {
  if (!isObject(value)) return "corrupt";
  const version = value.schemaVersion;
  if (typeof version === "number" && version > 1) return "future-version";
  if (version !== 1) return "corrupt";
  if (!STRING_FIELDS.every((field) => typeof value[field] === "string")) return "corrupt";
  if (typeof value.gpc !== "boolean") return "corrupt";
  const choices = value.choices;
  if (!isObject(choices) || !Object.values(choices).every((v) => typeof v === "boolean")) return "corrupt";
  const summary = value.summary;
  if (!isObject(summary) || !SUMMARY_FIELDS.every((field) => isStringArray(summary[field]))) return "corrupt";
  if (Number.isNaN(Date.parse(value.created as string))) return "corrupt";
  if (Number.isNaN(Date.parse(value.expires as string))) return "corrupt";
  return "ok";
}

export function isConsentRecord(value: unknown): value is ConsentRecord {
  return checkRecord(value) === "ok";
}

/** How far ahead of this device's clock `created` may be: clocks of devices and servers disagree. */
export const CREATED_SKEW_MS = 10 * 60_000;

/**
 * Why a well-formed record still does not hold on this site now, or null when it does: written for
 * another origin (a copied profile, a tampering script), or dated in the future, which would keep
 * the choice alive past any expiry.
 */
export function untrustedBecause(record: ConsentRecord, origin: string, nowMs: number): string | null {
  if (record.origin !== origin) return `it is for another origin (${record.origin})`;
  if (Date.parse(record.created) > nowMs + CREATED_SKEW_MS)
    return `it is dated in the future (${record.created})`;
  return null;
}
