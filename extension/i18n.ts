// The extension's text: its own kk/ru/en catalog (Chrome's _locales has no kk, so it only carries the
// name and description) plus the common catalog for manifest labels. Language: the user's choice in
// the options page, else the browser's languages, else Kazakh, the state language.
import { type ExtensionKey, extensionEn } from "../shared/i18n/catalog-extension.en.ts";
import { extensionKk } from "../shared/i18n/catalog-extension.kk.ts";
import { extensionRu } from "../shared/i18n/catalog-extension.ru.ts";
import { negotiateLanguage } from "../shared/i18n/negotiate.ts";
import { createTranslator } from "../shared/i18n/translator.ts";
import type { Language } from "../shared/manifest/types.ts";

export type { ExtensionKey };

export const extensionText = createTranslator<ExtensionKey>({
  en: extensionEn,
  ru: extensionRu,
  kk: extensionKk,
});

export function uiLanguage(chosen: Language | null, browserLanguages: readonly string[]): Language {
  return negotiateLanguage({ explicit: chosen, browser: browserLanguages, fallback: "kk" });
}
