// Which rows of two privacy labels differ, for a side-by-side comparison (the extension's options
// page). Each row is reduced to what it says (ids, countries, consent needs), not how it is worded, so
// two schools that declare the same things in different words read as the same. A site without a
// declaration (null) differs wherever the other one states something.
import type { PrivacyLabelView } from "./view-label.ts";

export const LABEL_ROWS = ["whose", "what", "where", "why", "recipients", "how-long", "you-can"] as const;
export type LabelRowId = (typeof LABEL_ROWS)[number];

const sortedJoin = (parts: readonly string[]) => [...parts].sort().join("|");

export function labelRowKeys(label: PrivacyLabelView): Record<LabelRowId, string> {
  return {
    whose: sortedJoin(label.audiences.map((audience) => `${audience.id}${audience.minors ? "*" : ""}`)),
    what: sortedJoin(
      label.groups.map((group) => `${group.id}:${sortedJoin(group.items.map((item) => item.id))}`),
    ),
    where:
      label.abroad.length > 0
        ? sortedJoin(label.abroad.map((line) => line.country.code))
        : (label.storageText ?? ""),
    why: sortedJoin(label.purposes.map((purpose) => `${purpose.id}${purpose.needsConsent ? "?" : ""}`)),
    recipients: sortedJoin(
      label.recipients.map((recipient) => `${recipient.label}@${recipient.country?.code ?? ""}`),
    ),
    "how-long":
      label.retention === null ? "" : `${label.retention.shortest}|${label.retention.longest ?? ""}`,
    "you-can": sortedJoin(label.actions.map((action) => `${action.id}${action.link?.href ? "+" : ""}`)),
  };
}

export function differingLabelRows(
  left: PrivacyLabelView | null,
  right: PrivacyLabelView | null,
): Set<LabelRowId> {
  const differs = new Set<LabelRowId>();
  if (left === null && right === null) return differs;
  const a = left === null ? null : labelRowKeys(left);
  const b = right === null ? null : labelRowKeys(right);
  for (const row of LABEL_ROWS) {
    if (a?.[row] !== b?.[row]) differs.add(row);
  }
  return differs;
}
