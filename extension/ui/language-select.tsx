// The user's language choice (kk/ru/en, or follow the browser), saved in the extension's settings.
import { languageName } from "../../shared/i18n/common.ts";
import { LANGUAGES, type Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";

export interface LanguageSelectProps {
  lang: Language;
  chosen: Language | null;
  label: string;
  onChange: (language: Language | null) => void;
}

export function LanguageSelect({ lang, chosen, label, onChange }: LanguageSelectProps) {
  return (
    <label class="language">
      <span>{label}</span>{" "}
      <select
        value={chosen ?? ""}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          onChange(value === "" ? null : (value as Language));
        }}
      >
        <option value="">{extensionText("app.languageBrowser", lang)}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageName(language)}
          </option>
        ))}
      </select>
    </label>
  );
}
