// Id-only taxonomy lookups. Kept apart from labels.ts (≈50 KB of kk/ru/en text) so the drop-in
// widget's banner path can check ids and sensitivity without pulling any labels in.
import type { CustomEntry, PrivacyManifest, Sensitivity } from "../manifest/types.ts";
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_GROUP_IDS,
  type DataCategoryGroupId,
  LEGAL_BASIS_IDS,
  MINOR_SUBJECT_IDS,
  PURPOSE_IDS,
  RECIPIENT_KIND_IDS,
  RIGHT_IDS,
  SUBJECT_IDS,
  TRANSFER_STATEMENT_IDS,
} from "./ids.ts";

export type TaxonomyKind =
  | "group"
  | "data"
  | "subject"
  | "purpose"
  | "legalBasis"
  | "recipient"
  | "right"
  | "transferStatement";

export interface DataCategoryInfo {
  id: string;
  group: DataCategoryGroupId;
  sensitivity: Sensitivity;
  /** GDPR Art. 9/10-style special category (a project decision; see the taxonomy notes). */
  special: boolean;
  /** True for a manifest's own `x-` category. */
  custom: boolean;
}

const GROUP_SET: ReadonlySet<string> = new Set(DATA_CATEGORY_GROUP_IDS);

// Marked pure and kept apart from GROUP_SET, so a bundle that never checks ids (the policy viewer)
// drops these lists altogether.
const IDS_BY_KIND: Record<TaxonomyKind, ReadonlySet<string>> = /* @__PURE__ */ (() => ({
  group: GROUP_SET,
  data: new Set(DATA_CATEGORIES.map(([id]) => id)),
  subject: new Set(SUBJECT_IDS),
  purpose: new Set(PURPOSE_IDS),
  legalBasis: new Set(LEGAL_BASIS_IDS),
  recipient: new Set(RECIPIENT_KIND_IDS),
  right: new Set(RIGHT_IDS),
  transferStatement: new Set(TRANSFER_STATEMENT_IDS),
}))();

const CATEGORY_BY_ID = new Map(DATA_CATEGORIES.map((entry) => [entry[0] as string, entry]));

export function isCustomId(id: string): boolean {
  return id.startsWith("x-");
}

/** True when `id` is a taxonomy id of this kind (custom `x-` ids are not taxonomy ids). */
export function isTaxonomyId(kind: TaxonomyKind, id: string): boolean {
  return IDS_BY_KIND[kind].has(id);
}

export function isDataCategoryGroupId(id: string): id is DataCategoryGroupId {
  return GROUP_SET.has(id);
}

/** The manifest's own entry for a custom data category or purpose id. */
export function customEntry(
  manifest: Pick<PrivacyManifest, "customCategories" | "customPurposes"> | undefined,
  kind: "data" | "purpose",
  id: string,
): CustomEntry | undefined {
  const list = kind === "data" ? manifest?.customCategories : manifest?.customPurposes;
  return list?.find((entry) => entry.id === id);
}

/**
 * Group and sensitivity of a data category. Custom `x-` ids are resolved from the manifest
 * (group "other" and "standard" sensitivity unless it says otherwise); unknown ids give undefined.
 */
export function dataCategory(
  id: string,
  manifest?: Pick<PrivacyManifest, "customCategories">,
): DataCategoryInfo | undefined {
  const entry = CATEGORY_BY_ID.get(id);
  if (entry !== undefined) {
    const [, group, sensitivity] = entry;
    return { id, group, sensitivity, special: sensitivity === "special", custom: false };
  }
  if (!isCustomId(id)) return undefined;
  const custom = manifest?.customCategories?.find((candidate) => candidate.id === id);
  if (custom === undefined) return undefined;
  const group = custom.group !== undefined && isDataCategoryGroupId(custom.group) ? custom.group : "other";
  const sensitivity = custom.sensitivity ?? "standard";
  return { id, group, sensitivity, special: sensitivity === "special", custom: true };
}

export function isMinorSubject(id: string): boolean {
  return (MINOR_SUBJECT_IDS as readonly string[]).includes(id);
}

/** Position of a group in the taxonomy's display order (unknown groups sort last). */
export function groupOrder(group: string): number {
  const index = (DATA_CATEGORY_GROUP_IDS as readonly string[]).indexOf(group);
  return index === -1 ? DATA_CATEGORY_GROUP_IDS.length : index;
}

/** Position of a data category in taxonomy order (custom and unknown ids after all known ones). */
export function dataCategoryOrder(id: string): number {
  const index = DATA_CATEGORIES.findIndex(([candidate]) => candidate === id);
  return index === -1 ? DATA_CATEGORIES.length : index;
}

/**
 * Data ids sorted for display: by group order, then taxonomy order, custom ids by id. Duplicates
 * are dropped. Stable, so two renderings of one manifest list data identically.
 */
export function sortDataCategoryIds(
  ids: readonly string[],
  manifest?: Pick<PrivacyManifest, "customCategories">,
): string[] {
  const unique = [...new Set(ids)];
  const key = (id: string) => {
    const info = dataCategory(id, manifest);
    return { group: groupOrder(info?.group ?? "other"), order: dataCategoryOrder(id) };
  };
  return unique.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.group - kb.group || ka.order - kb.order || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/** Groups data ids by taxonomy group, groups in display order, empty groups left out. */
export function groupDataCategoryIds(
  ids: readonly string[],
  manifest?: Pick<PrivacyManifest, "customCategories">,
): { group: DataCategoryGroupId; ids: string[] }[] {
  const groups = new Map<DataCategoryGroupId, string[]>();
  for (const id of sortDataCategoryIds(ids, manifest)) {
    const group = dataCategory(id, manifest)?.group ?? "other";
    const list = groups.get(group) ?? [];
    list.push(id);
    groups.set(group, list);
  }
  return [...groups].map(([group, groupIds]) => ({ group, ids: groupIds }));
}
