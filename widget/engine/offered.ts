// The categories the banner offers, each with the technologies the manifest files under it.
import { consentCategories } from "../../shared/consent/categories.ts";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import type { OfferedCategory } from "../contract.ts";

export function offeredCategories(manifest: PrivacyManifest | null): OfferedCategory[] {
  const technologies = manifest?.technologies ?? [];
  return consentCategories(manifest).map((category) => {
    const offered: OfferedCategory = {
      id: category.id,
      required: category.required === true,
      technologies: technologies.filter((tech) => tech.category === category.id),
    };
    if (category.label !== undefined) offered.label = category.label;
    if (category.description !== undefined) offered.description = category.description;
    return offered;
  });
}

/** Required categories on, the rest from `choices` (missing = off: all optional start off). */
export function normalizeChoices(
  categories: readonly OfferedCategory[],
  choices: Record<string, boolean>,
): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const category of categories) result[category.id] = category.required || choices[category.id] === true;
  return result;
}
