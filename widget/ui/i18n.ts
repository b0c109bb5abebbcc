// Text helpers of the Preact UI (kelisim-app.js): the widget catalog here; the larger common catalog
// travels with the lazily loaded viewer. Category names and lists come from the banner's helpers.

import { type WidgetKey, widgetEn } from "../../shared/i18n/catalog-widget.en.ts";
import { widgetKk } from "../../shared/i18n/catalog-widget.kk.ts";
import { widgetRu } from "../../shared/i18n/catalog-widget.ru.ts";
import { countryName } from "../../shared/i18n/country.ts";
import type { MessageParams } from "../../shared/i18n/format.ts";
import { createTranslator } from "../../shared/i18n/translator.ts";
import { formatSeconds } from "../../shared/i18n/units.ts";
import type { Language, PrivacyManifest, Text } from "../../shared/manifest/types.ts";
import { categoryName, joinList, operatorText, plainText } from "../boot/banner-text.ts";
import type { OfferedCategory } from "../contract.ts";

const translate = createTranslator<WidgetKey>({ en: widgetEn, ru: widgetRu, kk: widgetKk });

export type { WidgetKey };

export function t(key: WidgetKey, lang: Language, params?: MessageParams): string {
  return translate(key, lang, params);
}

/** A manifest Text as plain, cleaned text in `lang` (falling back like the viewer does). */
export function manifestText(
  text: Text | undefined,
  lang: Language,
  manifest: PrivacyManifest | null,
): string {
  return plainText(text, lang, manifest?.defaultLanguage ?? lang);
}

export function categoryLabel(
  category: OfferedCategory,
  lang: Language,
  manifest: PrivacyManifest | null,
): string {
  return categoryName(category, lang, manifest?.defaultLanguage ?? lang);
}

export function categoryAbout(
  category: OfferedCategory,
  lang: Language,
  manifest: PrivacyManifest | null,
): string {
  const own = manifestText(category.description, lang, manifest);
  if (own !== "") return own;
  const key = `cat.${category.id}.about`;
  return Object.hasOwn(widgetEn, key) ? t(key as WidgetKey, lang) : "";
}

/** Country name in the UI language, from the one shared, reviewed table (Intl only beyond it). */
export const regionName = countryName;

export { joinList };

/** A cookie lifetime in whole units ("1 year", "30 minutes"); null means a session cookie. */
export function lifetime(seconds: number | null, lang: Language): string {
  return seconds === null ? t("life.session", lang) : formatSeconds(seconds, lang);
}

export function operatorName(manifest: PrivacyManifest | null, lang: Language): string {
  return operatorText(manifest?.operator.name, lang, manifest?.defaultLanguage ?? lang);
}
