// What a visitor agreed to, reduced to sorted id lists. Stored in every receipt so that a later
// manifest can be diffed against it ("what changed since you agreed") without keeping the old manifest.
import type { PrivacyManifest } from "../manifest/types.ts";
import { consentCategories } from "./categories.ts";
import type { AgreedSummary } from "./record.ts";

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function summarizeManifest(manifest: PrivacyManifest | null): AgreedSummary {
  const activities = manifest?.activities ?? [];
  const recipients = [
    ...(manifest?.recipients ?? []).map((recipient) => recipient.id),
    ...activities.flatMap((activity) => activity.recipients ?? []),
  ];
  return {
    categories: consentCategories(manifest).map((category) => category.id),
    dataCategories: sortedUnique(activities.flatMap((activity) => activity.data)),
    recipients: sortedUnique(recipients),
    // Only third parties matter to the visitor: first-party cookies are the school's own.
    technologies: sortedUnique(
      (manifest?.technologies ?? []).filter((tech) => !tech.firstParty).map((tech) => tech.id),
    ),
    transfers: sortedUnique((manifest?.transfers ?? []).map((transfer) => transfer.id)),
  };
}
