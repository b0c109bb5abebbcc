// Taxonomy labels in kk/ru/en, plus the labels a manifest gives its own `x-` ids and audiences.
// Imports labels.ts (≈50 KB): use it from the policy viewer, the extension and the CLI, not from
// the drop-in banner path (use lookup.ts there).
import type { Language, PrivacyManifest } from "../manifest/types.ts";
import { pickExactText, pickText } from "../manifest/view-text.ts";
import {
  DATA_CATEGORY_LABELS,
  GROUP_LABELS,
  LEGAL_BASIS_LABELS,
  PURPOSE_LABELS,
  RECIPIENT_KIND_LABELS,
  RIGHT_LABELS,
  SUBJECT_LABELS,
  type TaxonomyEntry,
  TRANSFER_STATEMENT_LABELS,
} from "./labels.ts";
import type { TaxonomyKind } from "./lookup.ts";

export const LABELS_BY_KIND: Record<TaxonomyKind, Readonly<Record<string, TaxonomyEntry>>> = {
  group: GROUP_LABELS,
  data: DATA_CATEGORY_LABELS,
  subject: SUBJECT_LABELS,
  purpose: PURPOSE_LABELS,
  legalBasis: LEGAL_BASIS_LABELS,
  recipient: RECIPIENT_KIND_LABELS,
  right: RIGHT_LABELS,
  transferStatement: TRANSFER_STATEMENT_LABELS,
};

type LabelSource = Pick<
  PrivacyManifest,
  "customCategories" | "customPurposes" | "audiences" | "defaultLanguage"
>;

/** The manifest's own label for this id, if it gives one. */
function manifestLabel(kind: TaxonomyKind, id: string, lang: Language, manifest: LabelSource): string {
  const { defaultLanguage } = manifest;
  if (kind === "data") {
    return pickText(
      manifest.customCategories?.find((entry) => entry.id === id)?.label,
      lang,
      defaultLanguage,
    );
  }
  if (kind === "purpose") {
    return pickText(manifest.customPurposes?.find((entry) => entry.id === id)?.label, lang, defaultLanguage);
  }
  if (kind === "subject") {
    // A school may name an audience its own way ("Pupils of grades 1–11"); its wording wins in the
    // languages it gives. For a taxonomy id the taxonomy's label in the visitor's language beats the
    // school's wording in another language; a custom id has only the school's wording.
    const label = manifest.audiences?.find((audience) => audience.id === id)?.label;
    return id.startsWith("x-")
      ? pickText(label, lang, defaultLanguage)
      : pickExactText(label, lang, defaultLanguage);
  }
  return "";
}

/**
 * The label to show for a taxonomy or custom id. Falls back to the id itself when nothing is
 * known, so an unknown id is visible instead of an empty line.
 */
export function taxonomyLabel(
  kind: TaxonomyKind,
  id: string,
  lang: Language,
  manifest?: LabelSource,
): string {
  if (manifest !== undefined) {
    const own = manifestLabel(kind, id, lang, manifest);
    if (own !== "") return own;
  }
  const entry = Object.hasOwn(LABELS_BY_KIND[kind], id) ? LABELS_BY_KIND[kind][id] : undefined;
  return entry?.labels[lang] || entry?.labels.en || id;
}

/** The taxonomy's translator note or DPV term for an id, for tooltips and the CLI. */
export function taxonomyEntry(kind: TaxonomyKind, id: string): TaxonomyEntry | undefined {
  return Object.hasOwn(LABELS_BY_KIND[kind], id) ? LABELS_BY_KIND[kind][id] : undefined;
}
