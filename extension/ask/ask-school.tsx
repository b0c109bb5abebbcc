// For a parent on a site without a privacy declaration: what they can ask the school for, in plain
// words (the popup's observed report links here). Opened in the popup's language (?lang=), else the
// saved choice, else the browser's languages.
import { useEffect, useState } from "preact/hooks";
import { commonText } from "../../shared/i18n/common.ts";
import { isLanguage } from "../../shared/i18n/negotiate.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { type ExtensionKey, extensionText, uiLanguage } from "../i18n.ts";
import { callBackground } from "../ui/connection.ts";

const QUESTIONS: readonly ExtensionKey[] = [
  "ask.who",
  "ask.what",
  "ask.thirdParties",
  "ask.consent",
  "ask.retention",
  "ask.publish",
];

function initialLanguage(): Language | null {
  const wanted = new URLSearchParams(location.search).get("lang");
  return isLanguage(wanted) ? wanted : null;
}

export function AskSchool() {
  const [chosen, setChosen] = useState<Language | null>(initialLanguage);
  useEffect(() => {
    if (chosen !== null) return;
    void callBackground("settings:get", {})
      .then((settings) => setChosen(settings.language))
      .catch(() => undefined);
  }, []);
  const lang = uiLanguage(chosen, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${extensionText("ask.title", lang)} — ${extensionText("app.title", lang)}`;
  }, [lang]);
  return (
    <main class="ask-school">
      <h1>{extensionText("ask.title", lang)}</h1>
      <p>{extensionText("ask.intro", lang)}</p>
      <ol>
        {QUESTIONS.map((key) => (
          <li key={key}>{extensionText(key, lang)}</li>
        ))}
      </ol>
      <p>{extensionText("ask.observed", lang)}</p>
      <p>{extensionText("ask.complain", lang, { authority: commonText("authority.defaultName", lang) })}</p>
    </main>
  );
}
