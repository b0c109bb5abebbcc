// Step 4: what data, about whom. The manifest groups data by processing activity ("the e-diary",
// "admission", "the website's statistics"): each activity names its audiences and its data.
import type { Activity, CustomEntry } from "../../shared/manifest/types.ts";
import { DATA_CATEGORY_GROUP_IDS } from "../../shared/taxonomy/ids.ts";
import { taxonomyLabel } from "../../shared/taxonomy/label.ts";
import { DataPicker } from "../fields/DataPicker.tsx";
import { ChoiceList, ItemList, SelectField, StepIntro, StringField, TextField } from "../fields/fields.tsx";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import { freshId, setField } from "../state/edit.ts";
import { activityTitle } from "./activity-title.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

export function newActivity(taken: readonly string[], audiences: readonly string[]): Activity {
  return {
    id: freshId("activity", taken),
    title: "",
    audiences: [...audiences],
    data: [],
    purposes: [],
    legalBasis: [],
    retention: { kind: "until-purpose" },
  };
}

export function CustomEntries(props: {
  kind: "customCategories" | "customPurposes";
  title: string;
  hint: string;
  addLabel: string;
  withGroup: boolean;
  manifest: StepProps["manifest"];
  edit: StepProps["edit"];
}) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(props.manifest);
  const entries = props.manifest[props.kind] ?? [];
  const change = (index: number, mutate: (entry: CustomEntry) => void) =>
    props.edit((m) => {
      const entry = m[props.kind]?.[index];
      if (entry !== undefined) mutate(entry);
    });
  return (
    <ItemList
      title={props.title}
      path={`/${props.kind}`}
      items={entries}
      empty={props.hint}
      itemTitle={(entry) =>
        taxonomyLabel(props.withGroup ? "data" : "purpose", entry.id, lang, props.manifest)
      }
      removeLabel={(title) => say("list.remove", { name: title })}
      onRemove={(index) =>
        props.edit((m) =>
          setField(
            m,
            props.kind,
            (m[props.kind] ?? []).filter((_, i) => i !== index),
          ),
        )
      }
      addLabel={props.addLabel}
      onAdd={() =>
        props.edit((m) => {
          const list = m[props.kind] ?? [];
          const prefix = props.withGroup ? "x-data" : "x-purpose";
          m[props.kind] = [
            ...list,
            {
              id: freshId(
                prefix,
                list.map((e) => e.id),
              ),
              label: "",
            },
          ];
        })
      }
      renderItem={(entry, index) => (
        <>
          <StringField
            label={say("custom.id")}
            hint={say("custom.idHint")}
            path={`/${props.kind}/${index}/id`}
            value={entry.id}
            onChange={(value) =>
              change(index, (e) => {
                e.id = value ?? "";
              })
            }
          />
          <TextField
            {...langs}
            label={say("custom.label")}
            required
            path={`/${props.kind}/${index}/label`}
            value={entry.label}
            onChange={(value) =>
              change(index, (e) => {
                e.label = value ?? "";
              })
            }
          />
          {props.withGroup && (
            <>
              <SelectField
                label={say("custom.group")}
                path={`/${props.kind}/${index}/group`}
                value={entry.group}
                emptyLabel="—"
                options={DATA_CATEGORY_GROUP_IDS.map((group) => ({
                  value: group,
                  label: taxonomyLabel("group", group, lang),
                }))}
                onChange={(value) => change(index, (e) => setField(e, "group", value))}
              />
              <SelectField
                label={say("custom.sensitivity")}
                path={`/${props.kind}/${index}/sensitivity`}
                value={entry.sensitivity}
                emptyLabel="—"
                options={(["standard", "elevated", "special"] as const).map((level) => ({
                  value: level,
                  label: say(`data.level.${level}`),
                }))}
                onChange={(value) =>
                  change(index, (e) => setField(e, "sensitivity", value as CustomEntry["sensitivity"]))
                }
              />
            </>
          )}
        </>
      )}
    />
  );
}

export function ActivitiesStep({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const activities = Array.isArray(manifest.activities) ? manifest.activities : [];
  const audiences = Array.isArray(manifest.audiences) ? manifest.audiences : [];
  const change = (index: number, mutate: (activity: Activity) => void) =>
    edit((m) => {
      const activity = m.activities[index];
      if (activity !== undefined) mutate(activity);
    });
  return (
    <>
      <StepIntro>
        <p>{say("activities.intro")}</p>
      </StepIntro>
      <ItemList
        title={say("activities.title")}
        path="/activities"
        items={activities}
        empty={say("activities.none")}
        itemTitle={(activity) => activityTitle(activity, lang, manifest)}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) => edit((m) => void m.activities.splice(index, 1))}
        addLabel={say("activities.add")}
        onAdd={() =>
          edit((m) => {
            const list = Array.isArray(m.activities) ? m.activities : [];
            m.activities = [
              ...list,
              newActivity(
                list.map((a) => a.id),
                (m.audiences ?? []).map((a) => a.id),
              ),
            ];
          })
        }
        renderItem={(activity, index) => (
          <>
            <TextField
              {...langs}
              label={say("activities.name")}
              hint={say("activities.nameHint")}
              required
              path={`/activities/${index}/title`}
              value={activity.title}
              onChange={(value) =>
                change(index, (a) => {
                  a.title = value ?? "";
                })
              }
            />
            <StringField
              label={say("activities.id")}
              hint={say("activities.idHint")}
              path={`/activities/${index}/id`}
              value={activity.id}
              onChange={(value) =>
                change(index, (a) => {
                  a.id = value ?? "";
                })
              }
            />
            <ChoiceList
              legend={say("activities.audiences")}
              path={`/activities/${index}/audiences`}
              empty={say("activities.noAudiences")}
              options={audiences.map((audience) => ({
                id: audience.id,
                label: taxonomyLabel("subject", audience.id, lang, manifest),
              }))}
              selected={activity.audiences ?? []}
              onChange={(selected) =>
                change(index, (a) => {
                  a.audiences = selected;
                })
              }
            />
            <DataPicker
              path={`/activities/${index}/data`}
              manifest={manifest}
              selected={activity.data ?? []}
              onChange={(selected) =>
                change(index, (a) => {
                  a.data = selected;
                })
              }
            />
          </>
        )}
      />
      <CustomEntries
        kind="customCategories"
        title={say("custom.categories")}
        hint={say("custom.categoriesHint")}
        addLabel={say("custom.addCategory")}
        withGroup
        manifest={manifest}
        edit={edit}
      />
    </>
  );
}
