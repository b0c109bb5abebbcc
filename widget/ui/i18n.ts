// Text helpers for the banner path. Deliberately small: Intl does country names and list joining
// (zero bytes shipped), and only the widget catalog is bundled here — the larger common catalog
// travels with the lazily loaded viewer.

import { type WidgetKey, widgetEn } from "../../shared/i18n/catalog-widget.en.ts";
import { widgetKk } from "../../shared/i18n/catalog-widget.kk.ts";
import { widgetRu } from "../../shared/i18n/catalog-widget.ru.ts";
import { countryName } from "../../shared/i18n/country.ts";
import type { MessageParams } from "../../shared/i18n/format.ts";
import { createTranslator } from "../../shared/i18n/translator.ts";
import { formatSeconds } from "../../shared/i18n/units.ts";
import { stripControls } from "../../shared/manifest/sanitize.ts";
import type { Language, PrivacyManifest, Text } from "../../shared/manifest/types.ts";
import { pickText } from "../../shared/manifest/view-text.ts";
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
  return stripControls(pickText(text, lang, manifest?.defaultLanguage ?? lang));
}

const DEFAULT_CATEGORY_KEYS: Record<string, WidgetKey> = {
  necessary: "cat.necessary",
  ip: "cat.ip",
  analytics: "cat.analytics",
  preferences: "cat.preferences",
  media: "cat.media",
  marketing: "cat.marketing",
};

export function categoryLabel(
  category: OfferedCategory,
  lang: Language,
  manifest: PrivacyManifest | null,
): string {
  const own = manifestText(category.label, lang, manifest);
  if (own !== "") return own;
  const key = DEFAULT_CATEGORY_KEYS[category.id];
  return key === undefined ? category.id : t(key, lang);
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

/**
 * "A, B and C" in the UI language. Not Intl.ListFormat: constructing one costs ~200 ms on a slow
 * phone (measured with 4× CPU throttling), right when the banner is first drawn.
 */
export function joinList(items: readonly string[], lang: Language): string {
  const last = items[items.length - 1];
  if (last === undefined || items.length === 1) return last ?? "";
  return `${items.slice(0, -1).join(", ")}${t("list.and", lang)}${last}`;
}

/** A cookie lifetime in whole units ("1 year", "30 minutes"); null means a session cookie. */
export function lifetime(seconds: number | null, lang: Language): string {
  return seconds === null ? t("life.session", lang) : formatSeconds(seconds, lang);
}

export function operatorName(manifest: PrivacyManifest | null, lang: Language): string {
  const name = manifestText(manifest?.operator.name, lang, manifest);
  return name === "" ? location.hostname : name;
}
