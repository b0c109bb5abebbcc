// Country names for ISO 3166-1 alpha-2 codes. Intl.DisplayNames knows every country in every
// language where the runtime has the data; our small reviewed table covers the countries school
// data actually goes to and is preferred. Anything else shows the code itself.
import type { Language } from "../manifest/types.ts";
import { COUNTRY_NAMES } from "./country-names.ts";

const displayNamesCache = new Map<Language, Intl.DisplayNames | null>();

function displayNames(lang: Language): Intl.DisplayNames | null {
  if (displayNamesCache.has(lang)) return displayNamesCache.get(lang) ?? null;
  let names: Intl.DisplayNames | null = null;
  try {
    if (typeof Intl.DisplayNames === "function") {
      names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
      // A runtime without data for the language answers in another one; the table is better then.
      if (!names.resolvedOptions().locale.toLowerCase().startsWith(lang)) names = null;
    }
  } catch {
    names = null;
  }
  displayNamesCache.set(lang, names);
  return names;
}

/** Name from the bundled table only (no Intl); exported so tests can check the table itself. */
export function countryNameFromTable(code: string, lang: Language): string | null {
  return COUNTRY_NAMES[code.toUpperCase()]?.[lang] ?? null;
}

export function countryName(code: string, lang: Language): string {
  const upper = code.trim().toUpperCase();
  // ZZ is CLDR's "Unknown Region", which would hide a typo in the manifest.
  if (!/^[A-Z]{2}$/.test(upper) || upper === "ZZ") return code;
  // The reviewed table wins: some browsers (Debian's Chromium among them) ship no Kazakh region
  // names and silently answer in English even when asked for kk.
  const fromTable = countryNameFromTable(upper, lang);
  if (fromTable) return fromTable;
  let fromIntl: string | undefined;
  try {
    fromIntl = displayNames(lang)?.of(upper);
  } catch {
    fromIntl = undefined;
  }
  return fromIntl && fromIntl !== upper ? fromIntl : upper;
}
