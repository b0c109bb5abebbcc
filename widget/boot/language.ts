// The visitor's language pick, shared by the banner (plain DOM, kelisim.js) and the Preact UI.
// Each language is named in itself so a visitor finds theirs whatever language is showing; the pick
// is remembered in localStorage `kelisim.lang` (and in IndexedDB by the engine).
import { LANGUAGES, type Language } from "../../shared/manifest/types.ts";

export const LANGUAGE_SHORT_NAMES: Record<Language, string> = { kk: "Қаз", ru: "Рус", en: "Eng" };
export const LANGUAGE_NAMES: Record<Language, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

export const LANGUAGE_KEY = "kelisim.lang";

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage blocked: the switch still works for this page view.
  }
}

export function savedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return (LANGUAGES as readonly (string | null)[]).includes(value) ? (value as Language) : null;
  } catch {
    return null;
  }
}
