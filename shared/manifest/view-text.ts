// Picks one language out of a manifest `Text` as a plain string, for the view model and the
// taxonomy labels. The fallback order itself lives in text.ts (`resolveText`): requested language,
// the manifest's default language, then kk → ru → en.
import { resolveText } from "./text.ts";
import type { Language, Text } from "./types.ts";

export function pickText(text: Text | undefined, lang: Language, defaultLanguage: Language): string {
  return resolveText(text, lang, { defaultLanguage }).text;
}

/** Like pickText, but undefined when the manifest gives no (or only blank) text. */
export function pickOptionalText(
  text: Text | undefined,
  lang: Language,
  defaultLanguage: Language,
): string | undefined {
  const value = pickText(text, lang, defaultLanguage);
  return value.trim() === "" ? undefined : value;
}

/** Only text in exactly this language (a plain string counts as the default language), else "". */
export function pickExactText(text: Text | undefined, lang: Language, defaultLanguage: Language): string {
  if (text === undefined) return "";
  if (typeof text === "string") return lang === defaultLanguage ? text : "";
  const value = text[lang];
  return typeof value === "string" ? value.trim() && value : "";
}
