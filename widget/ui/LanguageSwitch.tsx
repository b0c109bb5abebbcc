// kk / ru / en switch of the policy dialog; the same markup as the banner's (widget/boot/banner.ts).
// Each language is named in itself (and marked with its `lang`) so a visitor finds theirs.
import { LANGUAGES, type Language } from "../../shared/manifest/types.ts";
import { LANGUAGE_NAMES, LANGUAGE_SHORT_NAMES } from "../boot/language.ts";
import { t } from "./i18n.ts";

export function LanguageSwitch({
  lang,
  languages,
  onChange,
}: {
  lang: Language;
  /** The manifest's languages (offeredLanguages); no switch when there is only one. */
  languages: readonly Language[];
  onChange: (language: Language) => void;
}) {
  if (languages.length < 2) return null;
  return (
    <fieldset class="k-langs">
      <legend class="k-status">{t("lang.label", lang)}</legend>
      {LANGUAGES.filter((language) => languages.includes(language)).map((language) => (
        <button
          key={language}
          type="button"
          class="k-lang"
          lang={language}
          title={LANGUAGE_NAMES[language]}
          aria-pressed={language === lang}
          onClick={() => onChange(language)}
        >
          {LANGUAGE_SHORT_NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
