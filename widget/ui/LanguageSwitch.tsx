// kk / ru / en switch. Each language is named in itself (and marked with its `lang`) so a visitor
// finds theirs whatever language is showing. The pick is remembered in localStorage `kelisim.lang`.
import { LANGUAGES, type Language } from "../../shared/manifest/types.ts";
import { t } from "./i18n.ts";

const NAMES: Record<Language, string> = { kk: "Қаз", ru: "Рус", en: "Eng" };
const FULL_NAMES: Record<Language, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

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

export function LanguageSwitch({
  lang,
  onChange,
}: {
  lang: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <fieldset class="k-langs">
      <legend class="k-status">{t("lang.label", lang)}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          class="k-lang"
          lang={language}
          title={FULL_NAMES[language]}
          aria-pressed={language === lang}
          onClick={() => onChange(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
