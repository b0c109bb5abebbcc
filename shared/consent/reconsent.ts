// When must the visitor be asked again (product.md "Storage"): no stored choice, a material change
// in the current manifest version, a new optional category, or an expired choice.
import type { PrivacyManifest } from "../manifest/types.ts";
import type { ConsentRecord } from "./record.ts";

export type ReconsentReason = "first-visit" | "material-change" | "new-category" | "expired";

export const DEFAULT_MAX_AGE_DAYS = 365;
/** 13 months: the longest a manifest may ask a choice to last. */
export const MAX_AGE_DAYS_LIMIT = 395;
const DAY_MS = 86_400_000;

export function maxAgeDays(manifest: PrivacyManifest | null): number {
  const asked = manifest?.consent?.maxAgeDays;
  if (typeof asked !== "number" || !Number.isFinite(asked) || asked < 1) return DEFAULT_MAX_AGE_DAYS;
  return Math.min(Math.floor(asked), MAX_AGE_DAYS_LIMIT);
}

export function consentExpiry(createdMs: number, manifest: PrivacyManifest | null): number {
  return createdMs + maxAgeDays(manifest) * DAY_MS;
}

export function hasMaterialChange(record: ConsentRecord, manifest: PrivacyManifest): boolean {
  if (record.manifestVersion === manifest.manifestVersion) return false;
  return (manifest.changes ?? []).some(
    (change) => change.version === manifest.manifestVersion && change.material === true,
  );
}

export function reconsentReasons(
  record: ConsentRecord | null,
  manifest: PrivacyManifest | null,
  optionalCategories: readonly string[],
  nowMs: number,
): ReconsentReason[] {
  if (record === null) return ["first-visit"];
  const reasons: ReconsentReason[] = [];
  if (manifest && hasMaterialChange(record, manifest)) reasons.push("material-change");
  const agreed = new Set([...record.summary.categories, ...Object.keys(record.choices)]);
  if (optionalCategories.some((id) => !agreed.has(id))) reasons.push("new-category");
  // A manifest that shortened maxAgeDays shortens choices already given, too.
  const expires = Math.min(Date.parse(record.expires), consentExpiry(Date.parse(record.created), manifest));
  if (!(nowMs < expires)) reasons.push("expired");
  return reasons;
}
