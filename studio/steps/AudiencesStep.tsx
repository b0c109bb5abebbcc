// Step 3: whose data the school handles. Audiences are taxonomy subjects (pupils, parents, staff…)
// or the school's own (`x-…`); children are marked, and who consents for them.

import type { Audience } from "../../shared/manifest/types.ts";
import { SUBJECT_IDS } from "../../shared/taxonomy/ids.ts";
import { taxonomyLabel } from "../../shared/taxonomy/label.ts";
import { isMinorSubject } from "../../shared/taxonomy/lookup.ts";
import { CheckboxField, ChoiceList, ItemList, SelectField, StepIntro, TextField } from "../fields/fields.tsx";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import { freshId, setField } from "../state/edit.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

export function AudiencesStep({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const audiences = Array.isArray(manifest.audiences) ? manifest.audiences : [];
  const chosen = audiences.map((audience) => audience.id);
  const label = (id: string) => taxonomyLabel("subject", id, lang, manifest);
  const setAudience = (index: number, change: (audience: Audience) => void) =>
    edit((m) => {
      const audience = m.audiences[index];
      if (audience !== undefined) change(audience);
    });
  return (
    <>
      <StepIntro>
        <p>{say("audiences.intro")}</p>
      </StepIntro>
      <ChoiceList
        legend={say("audiences.pick")}
        path="/audiences"
        options={SUBJECT_IDS.map((id) => ({
          id,
          label: taxonomyLabel("subject", id, lang),
          ...(isMinorSubject(id) ? { badge: say("audiences.minorBadge") } : {}),
        }))}
        selected={chosen.filter((id) => !id.startsWith("x-"))}
        onChange={(selected) =>
          edit((m) => {
            const current = Array.isArray(m.audiences) ? m.audiences : [];
            const kept = current.filter(
              (audience) => audience.id.startsWith("x-") || selected.includes(audience.id),
            );
            for (const id of selected) {
              if (!kept.some((audience) => audience.id === id)) {
                kept.push(isMinorSubject(id) ? { id, minors: true } : { id });
              }
            }
            m.audiences = kept;
          })
        }
      />
      <ItemList
        title={say("audiences.details")}
        path="/audiences"
        items={audiences}
        empty={say("audiences.none")}
        itemTitle={(audience) => label(audience.id)}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) => edit((m) => void m.audiences.splice(index, 1))}
        addLabel={say("audiences.addCustom")}
        onAdd={() =>
          edit((m) => {
            m.audiences = [
              ...(m.audiences ?? []),
              {
                id: freshId(
                  "x-audience",
                  (m.audiences ?? []).map((a) => a.id),
                ),
                label: { [langs.defaultLanguage]: say("audiences.customName") },
              },
            ];
          })
        }
        renderItem={(audience, index) => (
          <>
            <TextField
              {...langs}
              label={say("audiences.label")}
              hint={
                audience.id.startsWith("x-") ? say("audiences.customLabelHint") : say("audiences.labelHint")
              }
              path={`/audiences/${index}/label`}
              value={audience.label}
              onChange={(value) => setAudience(index, (a) => setField(a, "label", value))}
            />
            <CheckboxField
              label={say("audiences.minors")}
              hint={say("audiences.minorsHint")}
              path={`/audiences/${index}/minors`}
              checked={audience.minors === true}
              onChange={(on) => setAudience(index, (a) => setField(a, "minors", on ? true : undefined))}
            />
            <SelectField
              label={say("audiences.representedBy")}
              path={`/audiences/${index}/representedBy`}
              value={audience.representedBy}
              emptyLabel={say("audiences.representedByNone")}
              options={audiences
                .filter((other) => other.id !== audience.id)
                .map((other) => ({ value: other.id, label: label(other.id) }))}
              onChange={(value) => setAudience(index, (a) => setField(a, "representedBy", value))}
            />
          </>
        )}
      />
    </>
  );
}
