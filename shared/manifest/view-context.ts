// What every view helper needs: the manifest, the language, and text/label lookups bound to both.

import type { CommonKey } from "../i18n/catalog-common.en.ts";
import { commonText } from "../i18n/common.ts";
import { countryName } from "../i18n/country.ts";
import type { MessageParams } from "../i18n/format.ts";
import { taxonomyLabel } from "../taxonomy/label.ts";
import type { TaxonomyKind } from "../taxonomy/lookup.ts";
import type { Language, PrivacyManifest, Text } from "./types.ts";
import { pickOptionalText, pickText } from "./view-text.ts";
import type { CountryView } from "./view-types.ts";

export interface ViewContext {
  manifest: PrivacyManifest;
  lang: Language;
  /** https origin of the site, to turn `/path` URLs into links; without it they stay text. */
  siteOrigin: string | undefined;
  text(value: Text | undefined): string;
  optionalText(value: Text | undefined): string | null;
  t(key: CommonKey, params?: MessageParams): string;
  label(kind: TaxonomyKind, id: string): string;
  country(code: string): CountryView;
}

export const HOME_COUNTRY = "KZ";

export function createViewContext(
  manifest: PrivacyManifest,
  lang: Language,
  siteOrigin: string | undefined,
): ViewContext {
  const fallback = manifest.defaultLanguage;
  return {
    manifest,
    lang,
    siteOrigin,
    text: (value) => pickText(value, lang, fallback),
    optionalText: (value) => pickOptionalText(value, lang, fallback) ?? null,
    t: (key, params) => commonText(key, lang, params),
    label: (kind, id) => taxonomyLabel(kind, id, lang, manifest),
    country: (code) => ({ code: code.toUpperCase(), name: countryName(code, lang) }),
  };
}
