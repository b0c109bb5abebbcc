// What the banner says, from the banner catalog only (the one catalog on the banner path). The Preact
// UI's i18n.ts builds on these helpers, so a category is named the same way everywhere.
import { type BannerKey, bannerEn } from "../../shared/i18n/catalog-banner.en.ts";
import { bannerKk } from "../../shared/i18n/catalog-banner.kk.ts";
import { bannerRu } from "../../shared/i18n/catalog-banner.ru.ts";
import { stripControls } from "../../shared/manifest/sanitize.ts";
import type { Language, Text } from "../../shared/manifest/types.ts";
import { pickText } from "../../shared/manifest/view-text.ts";

const BANNER_CATALOGS: Readonly<Record<Language, Readonly<Record<BannerKey, string>>>> = {
  en: bannerEn,
  ru: bannerRu,
  kk: bannerKk,
};

/**
 * A banner string with its `{name}` placeholders filled. The banner catalog has no plural forms or
 * numbers, so the general formatter (Intl.PluralRules, Intl.NumberFormat) stays off the banner path.
 * One pass over the catalog's text: a placeholder inside an inserted value is left as it is.
 */
export function bannerT(key: BannerKey, lang: Language, params?: Record<string, string>): string {
  return (BANNER_CATALOGS[lang]?.[key] ?? bannerEn[key]).replace(
    /\{(\w+)\}/g,
    (whole, name: string) => params?.[name] ?? whole,
  );
}

/** A manifest Text as plain, cleaned text in `lang` (falling back like the viewer does). */
export function plainText(text: Text | undefined, lang: Language, defaultLanguage: Language): string {
  return stripControls(pickText(text, lang, defaultLanguage));
}

const DEFAULT_CATEGORY_KEYS: Record<string, BannerKey> = {
  necessary: "cat.necessary",
  ip: "cat.ip",
  analytics: "cat.analytics",
  preferences: "cat.preferences",
  media: "cat.media",
  marketing: "cat.marketing",
};

/** The manifest's own label, else ours for the default ids, else the id itself. */
export function categoryName(
  category: { id: string; label?: Text | undefined },
  lang: Language,
  defaultLanguage: Language,
): string {
  const own = plainText(category.label, lang, defaultLanguage);
  if (own !== "") return own;
  const key = DEFAULT_CATEGORY_KEYS[category.id];
  return key === undefined ? category.id : bannerT(key, lang);
}

/** The operator's name in `lang`, or the site's host name when the manifest gives none. */
export function operatorText(name: Text | undefined, lang: Language, defaultLanguage: Language): string {
  return plainText(name, lang, defaultLanguage) || location.hostname;
}

/** What the banner asks for: the optional categories' names as one list ("" when there are none). */
export function askedCategories(
  categories: readonly { id: string; label?: Text | undefined; required?: boolean | undefined }[],
  lang: Language,
  defaultLanguage: Language,
): string {
  const optional = categories.filter((category) => category.required !== true);
  return joinList(
    optional.map((category) => categoryName(category, lang, defaultLanguage)),
    lang,
  );
}

/**
 * "A, B and C" in the UI language. Not Intl.ListFormat: constructing one costs ~200 ms on a slow
 * phone (measured with 4× CPU throttling), right when the banner is first drawn.
 */
export function joinList(items: readonly string[], lang: Language): string {
  const last = items[items.length - 1];
  if (last === undefined || items.length === 1) return last ?? "";
  return `${items.slice(0, -1).join(", ")}${bannerT("list.and", lang)}${last}`;
}
