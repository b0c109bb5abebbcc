// Retention as a teacher thinks of it ("3 years", "until the pupil leaves school") rather than as an
// ISO 8601 duration. Durations the simple form cannot show (P1Y6M) stay editable as written.
import { useId } from "preact/hooks";
import type { Language, Retention, RetentionKind } from "../../shared/manifest/types.ts";
import { useText } from "../i18n/use-text.ts";
import { setField } from "../state/edit.ts";
import { SelectField, TextField } from "./fields.tsx";

const KINDS: readonly RetentionKind[] = [
  "session",
  "fixed",
  "until-purpose",
  "until-event",
  "legal-requirement",
];
const UNITS = ["D", "W", "M", "Y"] as const;
const SIMPLE = /^P(\d+)([DWMY])$/;

export function RetentionField(props: {
  path: string;
  value: Retention | undefined;
  languages: readonly Language[];
  defaultLanguage: Language;
  onChange: (value: Retention) => void;
}) {
  const say = useText();
  const id = useId();
  const retention: Retention = props.value ?? { kind: "until-purpose" };
  const update = (mutate: (next: Retention) => void) => {
    const next = { ...retention };
    mutate(next);
    props.onChange(next);
  };
  const duration = retention.duration;
  const simple = duration === undefined ? null : SIMPLE.exec(duration);
  const amount = simple?.[1] ?? "";
  const unit = simple?.[2] ?? "Y";
  const setDuration = (nextAmount: string, nextUnit: string) =>
    update((next) =>
      setField(next, "duration", /^\d+$/.test(nextAmount) ? `P${nextAmount}${nextUnit}` : undefined),
    );
  return (
    <fieldset class="field retention" data-path={props.path}>
      <legend>{say("retention.legend")}</legend>
      <SelectField
        label={say("retention.kind")}
        path={`${props.path}/kind`}
        value={retention.kind}
        options={KINDS.map((kind) => ({ value: kind, label: say(`retention.kind.${kind}`) }))}
        onChange={(value) =>
          update((next) => {
            next.kind = (value ?? "until-purpose") as RetentionKind;
          })
        }
      />
      {duration !== undefined && simple === null ? (
        <div class="field">
          <label for={`${id}-raw`}>{say("retention.durationRaw")}</label>
          <input
            id={`${id}-raw`}
            value={duration}
            data-path={`${props.path}/duration`}
            onInput={(event) => update((next) => setField(next, "duration", event.currentTarget.value))}
          />
        </div>
      ) : (
        <div class="field duration" data-path={`${props.path}/duration`}>
          <label for={`${id}-amount`}>{say("retention.duration")}</label>
          <p class="hint" id={`${id}-hint`}>
            {say("retention.durationHint")}
          </p>
          <div class="inline">
            <input
              id={`${id}-amount`}
              type="number"
              min={1}
              inputMode="numeric"
              value={amount}
              aria-describedby={`${id}-hint`}
              onInput={(event) => setDuration(event.currentTarget.value, unit)}
            />
            <select
              aria-label={say("retention.unit")}
              onChange={(event) => setDuration(amount, event.currentTarget.value)}
            >
              {UNITS.map((u) => (
                <option key={u} value={u} selected={u === unit}>
                  {say(`retention.unit.${u}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <TextField
        languages={props.languages}
        defaultLanguage={props.defaultLanguage}
        label={say("retention.description")}
        hint={say("retention.descriptionHint")}
        path={`${props.path}/description`}
        value={retention.description}
        onChange={(value) => update((next) => setField(next, "description", value))}
      />
    </fieldset>
  );
}
