// The consent categories a banner offers: the manifest's `consent.categories`, or the defaults from
// product.md. `necessary` is always offered and always required, even when a manifest leaves it out,
// because the site's own session and the consent record itself cannot be refused.
import type { ConsentCategory, PrivacyManifest } from "../manifest/types.ts";

export const REQUIRED_CATEGORY = "necessary";

export const DEFAULT_CATEGORIES: readonly ConsentCategory[] = [
  { id: REQUIRED_CATEGORY, required: true },
  { id: "ip" },
  { id: "analytics" },
];

/** Offered categories in manifest order, `necessary` first; `required` is always set. */
export function consentCategories(manifest: PrivacyManifest | null): ConsentCategory[] {
  const declared = manifest?.consent?.categories ?? DEFAULT_CATEGORIES;
  const result: ConsentCategory[] = [];
  if (!declared.some((category) => category.id === REQUIRED_CATEGORY)) {
    result.push({ id: REQUIRED_CATEGORY, required: true });
  }
  for (const category of declared) {
    if (result.some((entry) => entry.id === category.id)) continue;
    result.push({ ...category, required: category.id === REQUIRED_CATEGORY || category.required === true });
  }
  return result;
}

export function optionalCategoryIds(categories: readonly ConsentCategory[]): string[] {
  return categories.filter((category) => category.required !== true).map((category) => category.id);
}
