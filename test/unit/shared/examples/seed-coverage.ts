// Compares an example manifest with the hand labels of the policy it was written from. Each check
// returns the list of what is missing, so a failing test names every gap at once instead of the first.

import { readFileSync } from "node:fs";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";

/** The parts of a `kz-policy-labels/1` file (test/fixtures/seed-labels) the checks read. */
export interface LabelEntry {
  id: string;
  explicit: boolean;
}

export interface SeedLabels {
  subject_groups: {
    group_id: string;
    subjects: string[];
    data: { category: string; explicit: boolean }[];
  }[];
  purposes: LabelEntry[];
  legal_bases: LabelEntry[];
  recipients: LabelEntry[];
  subject_rights: LabelEntry[];
  transfer_statements: LabelEntry[];
  mentioned_not_declared: { category: string }[];
}

const EXAMPLES_DIR = new URL("../../../../shared/examples/", import.meta.url);
const LABELS_DIR = new URL("../../../fixtures/seed-labels/", import.meta.url);

export const readExample = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(file, EXAMPLES_DIR), "utf8"));

export const readLabels = (file: string): SeedLabels =>
  JSON.parse(readFileSync(new URL(file, LABELS_DIR), "utf8")) as SeedLabels;

/** Explicit items are required answers; implied ones (explicit: false) may be present or not. */
const required = (entries: LabelEntry[]): string[] => entries.filter((e) => e.explicit).map((e) => e.id);

const notIn = (wanted: string[], have: Iterable<string>): string[] => {
  const set = new Set(have);
  return wanted.filter((id) => !set.has(id));
};

/**
 * Every explicit data category of every subject group must be declared by an activity that covers
 * at least one of the audiences the group maps to. Returns "group: category" for each gap.
 */
export const missingDataByGroup = (
  m: PrivacyManifest,
  labels: SeedLabels,
  groupAudiences: Record<string, string[]>,
): string[] => {
  const missing: string[] = [];
  for (const group of labels.subject_groups) {
    const audiences = groupAudiences[group.group_id];
    if (!audiences) {
      missing.push(`${group.group_id}: no audience mapping in the test`);
      continue;
    }
    for (const id of audiences)
      if (!m.audiences.some((a) => a.id === id))
        missing.push(`${group.group_id}: audience ${id} not declared`);
    const declared = m.activities
      .filter((a) => a.audiences.some((id) => audiences.includes(id)))
      .flatMap((a) => a.data);
    for (const item of group.data)
      if (item.explicit && !declared.includes(item.category))
        missing.push(`${group.group_id}: ${item.category}`);
  }
  return missing;
};

export const missingPurposes = (m: PrivacyManifest, labels: SeedLabels): string[] =>
  notIn(
    required(labels.purposes),
    m.activities.flatMap((a) => a.purposes),
  );

export const missingLegalBases = (m: PrivacyManifest, labels: SeedLabels): string[] =>
  notIn(
    required(labels.legal_bases),
    m.activities.flatMap((a) => a.legalBasis),
  );

/** A recipient kind counts only when some activity actually discloses to a recipient of that kind. */
export const missingRecipients = (m: PrivacyManifest, labels: SeedLabels): string[] => {
  const used = new Set(m.activities.flatMap((a) => a.recipients ?? []));
  const kinds = (m.recipients ?? []).filter((r) => used.has(r.id)).map((r) => r.kind);
  return notIn(required(labels.recipients), kinds);
};

export const missingRights = (m: PrivacyManifest, labels: SeedLabels): string[] =>
  notIn(
    required(labels.subject_rights),
    (m.rights ?? []).map((r) => r.id),
  );

/** Sections where a policy's transfer rule is kept when it names no concrete transfer. */
const TRANSFER_RULE_SECTION = "cross-border-transfers";

/**
 * How each taxonomy transfer statement shows in a manifest. A statement that is a rule rather than
 * an actual transfer ("only to adequate countries") cannot be a `transfers` entry (which needs a
 * country), so it must be kept in a policy section, and no declared transfer may break it.
 */
const TRANSFER_STATEMENT_HOLDS: Record<string, (m: PrivacyManifest, labelled: Set<string>) => boolean> = {
  "stored-in-kz": (m) => (m.storage ?? []).some((s) => s.country === "KZ"),
  // Silent policy: nothing about transfers may be invented, nor a storage place unless labelled.
  "not-stated": (m, labelled) => !m.transfers?.length && (labelled.has("stored-in-kz") || !m.storage?.length),
  "cross-border-none": (m) => !m.transfers?.length && (m.storage ?? []).every((s) => s.country === "KZ"),
  "cross-border-only-adequate": (m) =>
    (m.transfers ?? []).every((t) => t.basis === "adequate-protection") &&
    (m.policy?.sections ?? []).some((s) => s.id === TRANSFER_RULE_SECTION),
  "cross-border-with-safeguards": (m) =>
    (m.transfers ?? []).every((t) => t.safeguards !== undefined) &&
    (m.policy?.sections ?? []).some((s) => s.id === TRANSFER_RULE_SECTION),
  "cross-border-with-consent": (m) => (m.transfers ?? []).some((t) => t.basis === "consent"),
  "cross-border-implied": (m) => (m.transfers ?? []).some((t) => t.toCountry !== "KZ"),
  "cross-border-occurs": (m) => (m.transfers ?? []).some((t) => t.toCountry !== "KZ"),
};

export const missingTransferStatements = (m: PrivacyManifest, labels: SeedLabels): string[] => {
  const labelled = new Set(labels.transfer_statements.map((s) => s.id));
  return required(labels.transfer_statements).filter((id) => {
    const holds = TRANSFER_STATEMENT_HOLDS[id];
    return !holds?.(m, labelled);
  });
};

/** Categories a policy only mentions in a definition or example must not be declared (false positives). */
export const falselyDeclared = (m: PrivacyManifest, labels: SeedLabels): string[] => {
  const declared = new Set(m.activities.flatMap((a) => a.data));
  return labels.mentioned_not_declared.map((x) => x.category).filter((id) => declared.has(id));
};
