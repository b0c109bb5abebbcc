// Which of kk/ru/en to show: an explicit choice (data-lang or the visitor's saved pick), then the
// page's <html lang>, then the browser's languages, then the manifest's default language.
import { LANGUAGES, type Language } from "../manifest/types.ts";

export interface NegotiateInput {
  explicit?: string | null | undefined;
  htmlLang?: string | null | undefined;
  browser?: readonly string[] | undefined;
  /** Languages we can show (usually the manifest's `languages`); defaults to all three. */
  available?: readonly Language[] | undefined;
  fallback: Language;
}

// Kazakh school sites often write the country code `kz` (or ISO 639-2 `kaz`) in <html lang>;
// treating them as Kazakh matches what the page author meant.
const PRIMARY_ALIASES: Record<string, Language> = {
  kk: "kk",
  kz: "kk",
  kaz: "kk",
  ru: "ru",
  rus: "ru",
  en: "en",
  eng: "en",
};

// Our Kazakh strings are Cyrillic; a page or browser asking for Latin or Arabic script Kazakh
// would get the wrong script, so such tags do not match and negotiation moves on.
const NON_CYRILLIC_SCRIPTS = new Set(["latn", "arab"]);

/** Maps a BCP 47 tag (`kk-KZ`, `ru_RU`, `kk-Cyrl-KZ`) to one of our languages, or null. */
export function matchLanguageTag(tag: string | null | undefined): Language | null {
  if (typeof tag !== "string") return null;
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  const primary = subtags[0];
  if (primary === undefined || primary === "") return null;
  const language = PRIMARY_ALIASES[primary];
  if (language === undefined) return null;
  if (language === "kk" && subtags.slice(1).some((subtag) => NON_CYRILLIC_SCRIPTS.has(subtag))) return null;
  return language;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The languages a site offers its visitors: the manifest's own, because its texts (operator,
 * purposes, the whole policy) exist only in them; a banner in another language would describe a
 * policy the visitor then cannot read in it. All three when the manifest names none or is unreadable
 * (then only our own strings are shown).
 */
export function offeredLanguages(declared: readonly unknown[] | null | undefined): readonly Language[] {
  const known = (declared ?? []).filter(isLanguage);
  return known.length > 0 ? known : LANGUAGES;
}

export function negotiateLanguage(input: NegotiateInput): Language {
  const available = offeredLanguages(input.available);
  const candidates = [input.explicit, input.htmlLang, ...(input.browser ?? [])];
  for (const candidate of candidates) {
    const language = matchLanguageTag(candidate);
    if (language !== null && available.includes(language)) return language;
  }
  return input.fallback;
}
