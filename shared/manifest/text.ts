// Picking one language out of a manifest Text. The UI sets `lang` on the element it renders into,
// so screen readers pronounce Kazakh as Kazakh even when it is a fallback for another language.

import type { Language, PrivacyManifest, Text } from "./types.ts";

/** kk first: it is the state language; ru next as the other language of Kazakhstan. */
const FALLBACK_ORDER: readonly Language[] = ["kk", "ru", "en"];

export interface ResolvedText {
  text: string;
  lang: Language;
}

/**
 * The text in `lang`, else in the manifest's default language, else kk, ru, en. A plain string is
 * in the default language. An empty result (no language given) keeps the requested `lang`.
 */
export const resolveText = (
  text: Text | undefined,
  lang: Language,
  manifest: Pick<PrivacyManifest, "defaultLanguage">,
): ResolvedText => {
  if (typeof text === "string") return { text, lang: manifest.defaultLanguage };
  for (const candidate of [lang, manifest.defaultLanguage, ...FALLBACK_ORDER]) {
    const value = text?.[candidate];
    if (value !== undefined) return { text: value, lang: candidate };
  }
  return { text: "", lang };
};
