// Step 5: why each activity happens and on what legal ground. Each basis carries its note under
// RK Law 94-V, so the webmaster sees, for instance, that "legitimate interests" is not a ground there.
import type { Activity, ConsentGivenBy, DataSource } from "../../shared/manifest/types.ts";
import { LEGAL_BASIS_IDS, PURPOSE_IDS } from "../../shared/taxonomy/ids.ts";
import { taxonomyLabel } from "../../shared/taxonomy/label.ts";
import {
  CheckboxField,
  ChoiceList,
  SelectField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { type StudioKey, useText, useUiLanguage } from "../i18n/use-text.ts";
import { setField } from "../state/edit.ts";
import { CustomEntries } from "./ActivitiesStep.tsx";
import { activityTitle } from "./activity-title.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

const GIVEN_BY: readonly ConsentGivenBy[] = ["subject", "legal-representative", "subject-or-representative"];
const SOURCES: readonly DataSource[] = ["subject", "legal-representative", "state-system", "third-party"];

export function PurposesStep({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const activities = Array.isArray(manifest.activities) ? manifest.activities : [];
  const custom = (manifest.customPurposes ?? []).map((entry) => entry.id);
  const change = (index: number, mutate: (activity: Activity) => void) =>
    edit((m) => {
      const activity = m.activities[index];
      if (activity !== undefined) mutate(activity);
    });
  return (
    <>
      <StepIntro>
        <p>{say("purposes.intro")}</p>
      </StepIntro>
      {activities.length === 0 && <p class="hint">{say("activities.none")}</p>}
      {activities.map((activity, index) => (
        <fieldset class="item" key={index} data-path={`/activities/${index}`}>
          <legend>{activityTitle(activity, lang, manifest)}</legend>
          <ChoiceList
            legend={say("purposes.purposes")}
            path={`/activities/${index}/purposes`}
            options={[...PURPOSE_IDS, ...custom].map((id) => ({
              id,
              label: taxonomyLabel("purpose", id, lang, manifest),
            }))}
            selected={activity.purposes ?? []}
            onChange={(selected) =>
              change(index, (a) => {
                a.purposes = selected;
              })
            }
          />
          <ChoiceList
            legend={say("purposes.bases")}
            path={`/activities/${index}/legalBasis`}
            options={LEGAL_BASIS_IDS.map((id) => ({
              id,
              label: taxonomyLabel("legalBasis", id, lang),
              hint: say(`basis.${id}` as StudioKey),
            }))}
            selected={activity.legalBasis ?? []}
            onChange={(selected) =>
              change(index, (a) => {
                a.legalBasis = selected;
              })
            }
          />
          <StringField
            label={say("purposes.reference")}
            hint={say("purposes.referenceHint")}
            path={`/activities/${index}/legalReference`}
            value={activity.legalReference}
            onChange={(value) => change(index, (a) => setField(a, "legalReference", value))}
          />
          <SelectField
            label={say("purposes.givenBy")}
            hint={say("purposes.givenByHint")}
            path={`/activities/${index}/consentGivenBy`}
            value={activity.consentGivenBy}
            emptyLabel={say("field.notStated")}
            options={GIVEN_BY.map((value) => ({ value, label: say(`givenBy.${value}`) }))}
            onChange={(value) => change(index, (a) => setField(a, "consentGivenBy", value as ConsentGivenBy))}
          />
          <CheckboxField
            label={say("purposes.mandatory")}
            hint={say("purposes.mandatoryHint")}
            path={`/activities/${index}/mandatory`}
            checked={activity.mandatory === true}
            onChange={(on) => change(index, (a) => setField(a, "mandatory", on ? true : undefined))}
          />
          <SelectField
            label={say("purposes.source")}
            path={`/activities/${index}/source`}
            value={activity.source}
            emptyLabel={say("field.notStated")}
            options={SOURCES.map((value) => ({ value, label: say(`source.${value}`) }))}
            onChange={(value) => change(index, (a) => setField(a, "source", value as DataSource))}
          />
          <TextField
            {...langs}
            label={say("purposes.note")}
            multiline
            path={`/activities/${index}/note`}
            value={activity.note}
            onChange={(value) => change(index, (a) => setField(a, "note", value))}
          />
        </fieldset>
      ))}
      <CustomEntries
        kind="customPurposes"
        title={say("custom.purposes")}
        hint={say("custom.purposesHint")}
        addLabel={say("custom.addPurpose")}
        withGroup={false}
        manifest={manifest}
        edit={edit}
      />
    </>
  );
}
