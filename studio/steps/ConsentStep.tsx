// Step 9: the consent categories the banner offers, with their texts. Without any, the widget offers
// its defaults (necessary, ip, analytics) with its own texts.

import type { ConsentCategory, ConsentConfig } from "../../shared/manifest/types.ts";
import { DEFAULT_CONSENT_CATEGORY_IDS } from "../../shared/manifest/validate.ts";
import { pickText } from "../../shared/manifest/view-text.ts";
import {
  CheckboxField,
  ItemList,
  NumberField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { focusSoon } from "../fields/focus-soon.ts";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import { freshId, setField } from "../state/edit.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

function setConsent(m: StepProps["manifest"], mutate: (consent: ConsentConfig) => void) {
  const consent: ConsentConfig = { ...(m.consent ?? {}) };
  mutate(consent);
  setField(m, "consent", consent);
}

export function ConsentStep({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const categories = manifest.consent?.categories ?? [];
  const change = (index: number, mutate: (category: ConsentCategory) => void) =>
    edit((m) => {
      const category = m.consent?.categories?.[index];
      if (category !== undefined) mutate(category);
    });
  return (
    <>
      <StepIntro>
        <p>{say("consent.intro")}</p>
      </StepIntro>
      {categories.length === 0 && (
        <p class="hint">
          {say("consent.defaults", { ids: DEFAULT_CONSENT_CATEGORY_IDS.join(", ") })}{" "}
          <button
            type="button"
            onClick={() => {
              edit((m) =>
                setConsent(m, (c) => {
                  c.categories = DEFAULT_CONSENT_CATEGORY_IDS.map((id) =>
                    id === "necessary" ? { id, required: true } : { id },
                  );
                }),
              );
              // The button goes away: on to the first category's fields.
              focusSoon('[data-path="/consent/categories/0"]');
            }}
          >
            {say("consent.customise")}
          </button>
        </p>
      )}
      <ItemList
        title={say("consent.categories")}
        path="/consent/categories"
        items={categories}
        itemTitle={(category) => pickText(category.label, lang, langs.defaultLanguage) || category.id}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) =>
          edit((m) =>
            setConsent(m, (c) =>
              setField(
                c,
                "categories",
                (c.categories ?? []).filter((_, i) => i !== index),
              ),
            ),
          )
        }
        addLabel={say("consent.add")}
        onAdd={() =>
          edit((m) =>
            setConsent(m, (c) => {
              const list = c.categories ?? [];
              c.categories = [
                ...list,
                {
                  id: freshId(
                    "x-category",
                    list.map((x) => x.id),
                  ),
                },
              ];
            }),
          )
        }
        renderItem={(category, index) => (
          <>
            <StringField
              label={say("field.id")}
              hint={say("consent.idHint")}
              path={`/consent/categories/${index}/id`}
              value={category.id}
              onChange={(value) =>
                change(index, (x) => {
                  x.id = value ?? "";
                })
              }
            />
            <TextField
              {...langs}
              label={say("consent.label")}
              path={`/consent/categories/${index}/label`}
              value={category.label}
              onChange={(value) => change(index, (x) => setField(x, "label", value))}
            />
            <TextField
              {...langs}
              multiline
              label={say("consent.description")}
              path={`/consent/categories/${index}/description`}
              value={category.description}
              onChange={(value) => change(index, (x) => setField(x, "description", value))}
            />
            <CheckboxField
              label={say("consent.required")}
              hint={say("consent.requiredHint")}
              path={`/consent/categories/${index}/required`}
              checked={category.required === true}
              onChange={(on) => change(index, (x) => setField(x, "required", on ? true : undefined))}
            />
          </>
        )}
      />
      <NumberField
        label={say("consent.maxAge")}
        hint={say("consent.maxAgeHint")}
        path="/consent/maxAgeDays"
        min={1}
        max={395}
        value={manifest.consent?.maxAgeDays}
        onChange={(value) => edit((m) => setConsent(m, (c) => setField(c, "maxAgeDays", value)))}
      />
    </>
  );
}
