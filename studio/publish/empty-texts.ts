// Texts the format requires but the shared validator accepts empty ("" or {}): the studio starts
// drafts with them empty, so it must not let one be published that way. An operator with no name
// would make the banner name the site's host instead.
import type { PrivacyManifest, Text } from "../../shared/manifest/types.ts";

export interface EmptyText {
  path: string;
  field: "operator" | "activity" | "section" | "change";
}

const isEmpty = (text: Text | undefined) =>
  text === undefined ||
  (typeof text === "string" ? text.trim() === "" : Object.values(text).every((value) => !value?.trim()));

export function emptyRequiredTexts(manifest: PrivacyManifest): EmptyText[] {
  const found: EmptyText[] = [];
  if (isEmpty(manifest.operator?.name)) found.push({ path: "/operator/name", field: "operator" });
  (Array.isArray(manifest.activities) ? manifest.activities : []).forEach((activity, index) => {
    if (isEmpty(activity.title)) found.push({ path: `/activities/${index}/title`, field: "activity" });
  });
  (manifest.policy?.sections ?? []).forEach((section, index) => {
    if (isEmpty(section.title)) found.push({ path: `/policy/sections/${index}/title`, field: "section" });
    if (isEmpty(section.body)) found.push({ path: `/policy/sections/${index}/body`, field: "section" });
  });
  (manifest.changes ?? []).forEach((change, index) => {
    if (isEmpty(change.summary)) found.push({ path: `/changes/${index}/summary`, field: "change" });
  });
  return found;
}
