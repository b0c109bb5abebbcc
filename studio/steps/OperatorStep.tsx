// Step 2: who is responsible for the data (the operator), who answers questions about it, and
// where a parent can complain. Also the manifest's own settings: languages, version, date, origins.
import type { Contact, Language } from "../../shared/manifest/types.ts";
import { LANGUAGES } from "../../shared/manifest/types.ts";
import { LANGUAGE_NAMES } from "../../widget/boot/language.ts";
import {
  CheckboxField,
  LinesField,
  SelectField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { useText } from "../i18n/use-text.ts";
import { setField } from "../state/edit.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

export function OperatorStep({ manifest, edit }: StepProps) {
  const say = useText();
  const langs = manifestLanguages(manifest);
  const operator = manifest.operator ?? { name: "", country: "KZ" };
  const person: Contact = manifest.responsiblePerson ?? {};
  const setOperator = <K extends keyof typeof operator>(key: K, value: (typeof operator)[K] | undefined) =>
    edit((m) => {
      m.operator = m.operator ?? { name: "", country: "KZ" };
      setField(m.operator, key, value, key === "name" || key === "country");
    });
  const setPerson = <K extends keyof Contact>(key: K, value: Contact[K] | undefined) =>
    edit((m) => {
      const next: Contact = { ...(m.responsiblePerson ?? {}) };
      setField(next, key, value);
      setField(m, "responsiblePerson", next);
    });
  return (
    <>
      <StepIntro>
        <p>{say("operator.intro")}</p>
      </StepIntro>
      <section>
        <h3>{say("operator.languages")}</h3>
        <p class="hint">{say("operator.languagesHint")}</p>
        <fieldset class="field choices" data-path="/languages">
          <legend>{say("operator.languagesLegend")}</legend>
          {LANGUAGES.map((lang) => (
            <CheckboxField
              key={lang}
              label={LANGUAGE_NAMES[lang]}
              path={`/languages/${lang}`}
              checked={langs.languages.includes(lang)}
              onChange={(on) =>
                edit((m) => {
                  const current = Array.isArray(m.languages) ? m.languages : [];
                  m.languages = LANGUAGES.filter((l) => (l === lang ? on : current.includes(l)));
                  if (!m.languages.includes(m.defaultLanguage) && m.languages[0] !== undefined) {
                    m.defaultLanguage = m.languages[0];
                  }
                })
              }
            />
          ))}
        </fieldset>
        <SelectField
          label={say("operator.defaultLanguage")}
          path="/defaultLanguage"
          value={manifest.defaultLanguage}
          options={langs.languages.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
          onChange={(value) =>
            edit((m) => {
              m.defaultLanguage = (value ?? "kk") as Language;
            })
          }
        />
      </section>
      <section>
        <h3>{say("operator.who")}</h3>
        <TextField
          {...langs}
          label={say("operator.name")}
          hint={say("operator.nameHint")}
          path="/operator/name"
          required
          value={operator.name}
          onChange={(value) => setOperator("name", value ?? "")}
        />
        <TextField
          {...langs}
          label={say("operator.legalForm")}
          path="/operator/legalForm"
          value={operator.legalForm}
          onChange={(value) => setOperator("legalForm", value)}
        />
        <StringField
          label={say("operator.bin")}
          hint={say("operator.binHint")}
          path="/operator/bin"
          value={operator.bin}
          onChange={(value) => setOperator("bin", value)}
        />
        <TextField
          {...langs}
          label={say("operator.address")}
          path="/operator/address"
          value={operator.address}
          onChange={(value) => setOperator("address", value)}
        />
        <StringField
          label={say("operator.country")}
          hint={say("field.countryHint")}
          path="/operator/country"
          required
          value={operator.country}
          onChange={(value) => setOperator("country", (value ?? "").toUpperCase())}
        />
        <StringField
          label={say("operator.website")}
          path="/operator/website"
          type="url"
          placeholder="https://school.kz"
          value={operator.website}
          onChange={(value) => setOperator("website", value)}
        />
        <StringField
          label={say("field.email")}
          path="/operator/email"
          type="email"
          value={operator.email}
          onChange={(value) => setOperator("email", value)}
        />
        <StringField
          label={say("field.phone")}
          path="/operator/phone"
          type="tel"
          value={operator.phone}
          onChange={(value) => setOperator("phone", value)}
        />
      </section>
      <section>
        <h3>{say("operator.person")}</h3>
        <p class="hint">{say("operator.personHint")}</p>
        <TextField
          {...langs}
          label={say("operator.personName")}
          path="/responsiblePerson/name"
          value={person.name}
          onChange={(value) => setPerson("name", value)}
        />
        <TextField
          {...langs}
          label={say("operator.personRole")}
          path="/responsiblePerson/role"
          value={person.role}
          onChange={(value) => setPerson("role", value)}
        />
        <StringField
          label={say("person.email")}
          path="/responsiblePerson/email"
          type="email"
          value={person.email}
          onChange={(value) => setPerson("email", value)}
        />
        <StringField
          label={say("person.phone")}
          path="/responsiblePerson/phone"
          type="tel"
          value={person.phone}
          onChange={(value) => setPerson("phone", value)}
        />
        <TextField
          {...langs}
          label={say("operator.address")}
          path="/responsiblePerson/address"
          value={person.address}
          onChange={(value) => setPerson("address", value)}
        />
      </section>
      <section>
        <h3>{say("operator.authority")}</h3>
        <p class="hint">{say("operator.authorityHint")}</p>
        <TextField
          {...langs}
          label={say("operator.authorityName")}
          path="/authority/name"
          value={manifest.authority?.name}
          onChange={(value) =>
            edit((m) => {
              const next = { ...(m.authority ?? { name: "" }), name: value ?? "" };
              setField(m, "authority", next.name === "" && next.url === undefined ? undefined : next);
            })
          }
        />
        <StringField
          label={say("operator.authorityUrl")}
          path="/authority/url"
          type="url"
          value={manifest.authority?.url}
          onChange={(value) =>
            edit((m) => {
              const next = { ...(m.authority ?? { name: "" }) };
              setField(next, "url", value);
              setField(m, "authority", next.name === "" && next.url === undefined ? undefined : next);
            })
          }
        />
      </section>
      <section>
        <h3>{say("operator.document")}</h3>
        <StringField
          label={say("operator.manifestVersion")}
          hint={say("operator.manifestVersionHint")}
          path="/manifestVersion"
          required
          value={manifest.manifestVersion}
          onChange={(value) =>
            edit((m) => {
              m.manifestVersion = value ?? "";
            })
          }
        />
        <StringField
          label={say("operator.published")}
          path="/published"
          type="date"
          required
          value={manifest.published}
          onChange={(value) =>
            edit((m) => {
              m.published = value ?? "";
            })
          }
        />
        <LinesField
          label={say("operator.origins")}
          hint={say("operator.originsHint")}
          path="/origins"
          value={manifest.origins}
          onChange={(value) => edit((m) => setField(m, "origins", value))}
        />
      </section>
    </>
  );
}
