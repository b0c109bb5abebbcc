import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { DEFAULT_CONSENT_CATEGORY_IDS } from "../../shared/manifest/validate.ts";

/** The consent categories the banner will offer: the manifest's own, else the widget's defaults. */
export function consentCategoryIds(manifest: PrivacyManifest): string[] {
  const own = manifest.consent?.categories?.map((category) => category.id) ?? [];
  return own.length > 0 ? own : [...DEFAULT_CONSENT_CATEGORY_IDS];
}
