// The common catalog (strings for rendering a manifest) in all three languages, behind one function.
import type { Language } from "../manifest/types.ts";
import { type CommonKey, commonEn } from "./catalog-common.en.ts";
import { commonKk } from "./catalog-common.kk.ts";
import { commonRu } from "./catalog-common.ru.ts";
import { createTranslator } from "./translator.ts";

export const COMMON_CATALOGS = { en: commonEn, ru: commonRu, kk: commonKk } as const;

export const commonText = createTranslator<CommonKey>(COMMON_CATALOGS);

/** The language's own name ("Қазақша", "Русский", "English"), for language switchers. */
export function languageName(language: Language): string {
  return commonText(`lang.${language}`, language);
}

/** True when the common catalog has this key (used for ids that come from manifests, e.g. categories). */
export function isCommonKey(key: string): key is CommonKey {
  return Object.hasOwn(commonEn, key);
}
