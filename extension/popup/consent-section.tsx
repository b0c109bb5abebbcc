// This visitor's consent on this site, as the site's own widget stored it, and a way back to the
// site's preferences to change it.
import { useState } from "preact/hooks";
import type { ConsentMethod } from "../../shared/consent/record.ts";
import { commonText, isCommonKey } from "../../shared/i18n/common.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { ConsentSnapshot } from "../model.ts";
import { formatDate } from "../ui/format-date.ts";

function categoryLabel(id: string, lang: Language): string {
  const key = `consentCategory.${id}`;
  return isCommonKey(key) ? commonText(key, lang) : id;
}

const METHODS: ReadonlySet<string> = new Set([
  "accept-all",
  "reject-all",
  "custom",
  "gpc",
  "api",
  "withdraw",
]);
const isMethod = (method: string): method is ConsentMethod => METHODS.has(method);

export interface ConsentSectionProps {
  consent: ConsentSnapshot | null;
  lang: Language;
  onOpenPreferences: () => Promise<boolean>;
}

export function ConsentSection({ consent, lang, onOpenPreferences }: ConsentSectionProps) {
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="consent-heading">
      <h2 id="consent-heading">{extensionText("section.consent", lang)}</h2>
      {consent === null ? (
        <p class="consent-none">{extensionText("consent.none", lang)}</p>
      ) : (
        <div class="consent-record">
          <ul>
            {Object.entries(consent.choices).map(([id, granted]) => (
              <li key={id}>
                {categoryLabel(id, lang)}:{" "}
                {extensionText(granted ? "consent.granted" : "consent.refused", lang)}
              </li>
            ))}
          </ul>
          <p>{extensionText("consent.givenOn", lang, { date: formatDate(consent.created, lang, true) })}</p>
          {isMethod(consent.method) ? <p>{extensionText(`consent.method.${consent.method}`, lang)}</p> : null}
          <p>{extensionText("consent.version", lang, { version: consent.manifestVersion })}</p>
        </div>
      )}
      <button type="button" onClick={async () => setFailed(!(await onOpenPreferences().catch(() => false)))}>
        {extensionText("consent.openPreferences", lang)}
      </button>
      {failed ? <p role="status">{extensionText("consent.openFailed", lang)}</p> : null}
    </section>
  );
}
