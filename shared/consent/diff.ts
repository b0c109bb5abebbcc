// "What changed since you agreed": ids present now that were not in the stored summary. Removals are
// not listed — a declaration that shrank asks nothing new of the visitor.
import type { AgreedSummary } from "./record.ts";

/** Same shape as the widget's `ManifestDiff` (widget/contract.ts). */
export interface SummaryDiff {
  addedCategories: string[];
  addedDataCategories: string[];
  addedRecipients: string[];
  addedTechnologies: string[];
  addedTransfers: string[];
}

function added(before: readonly string[] | undefined, after: readonly string[]): string[] {
  const known = new Set(before ?? []);
  return after.filter((id) => !known.has(id));
}

export function diffSummaries(agreed: AgreedSummary, current: AgreedSummary): SummaryDiff {
  return {
    addedCategories: added(agreed.categories, current.categories),
    addedDataCategories: added(agreed.dataCategories, current.dataCategories),
    addedRecipients: added(agreed.recipients, current.recipients),
    addedTechnologies: added(agreed.technologies, current.technologies),
    addedTransfers: added(agreed.transfers, current.transfers),
  };
}

export function isEmptyDiff(diff: SummaryDiff): boolean {
  return Object.values(diff).every((ids: string[]) => ids.length === 0);
}
