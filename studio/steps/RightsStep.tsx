// Step 7: the rights RK Law 94-V gives parents and pupils, and how each one is exercised here.
import type { ChannelType, Right, RightChannel } from "../../shared/manifest/types.ts";
import { RIGHT_IDS } from "../../shared/taxonomy/ids.ts";
import { taxonomyLabel } from "../../shared/taxonomy/label.ts";
import {
  ChoiceList,
  ItemList,
  NumberField,
  SelectField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import { setField } from "../state/edit.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

const CHANNELS: readonly ChannelType[] = ["email", "url", "postal", "in-person", "egov"];

function Channels(props: {
  path: string;
  channels: readonly RightChannel[];
  onChange: (next: RightChannel[]) => void;
}) {
  const say = useText();
  return (
    <ItemList
      title={say("rights.channels")}
      path={props.path}
      items={props.channels}
      empty={say("rights.noChannels")}
      itemTitle={(channel) => `${say(`channel.${channel.type}`)}${channel.value ? `: ${channel.value}` : ""}`}
      removeLabel={(title) => say("list.remove", { name: title })}
      onRemove={(index) => props.onChange(props.channels.filter((_, i) => i !== index))}
      addLabel={say("rights.addChannel")}
      onAdd={() => props.onChange([...props.channels, { type: "email", value: "" }])}
      renderItem={(channel, index) => {
        const set = (next: RightChannel) =>
          props.onChange(props.channels.map((c, i) => (i === index ? next : c)));
        return (
          <>
            <SelectField
              label={say("rights.channelType")}
              path={`${props.path}/${index}/type`}
              value={channel.type}
              options={CHANNELS.map((type) => ({ value: type, label: say(`channel.${type}`) }))}
              onChange={(value) => set({ ...channel, type: (value ?? "email") as ChannelType })}
            />
            <StringField
              label={say("rights.channelValue")}
              hint={say("rights.channelValueHint")}
              path={`${props.path}/${index}/value`}
              value={channel.value}
              onChange={(value) => set({ ...channel, value: value ?? "" })}
            />
          </>
        );
      }}
    />
  );
}

export function RightsStep({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const rights = manifest.rights ?? [];
  const change = (index: number, mutate: (right: Right) => void) =>
    edit((m) => {
      const right = m.rights?.[index];
      if (right !== undefined) mutate(right);
    });
  return (
    <>
      <StepIntro>
        <p>{say("rights.intro")}</p>
      </StepIntro>
      <ChoiceList
        legend={say("rights.pick")}
        path="/rights"
        options={RIGHT_IDS.map((id) => ({ id, label: taxonomyLabel("right", id, lang) }))}
        selected={rights.map((right) => right.id)}
        onChange={(selected) =>
          edit((m) => {
            const current = m.rights ?? [];
            const kept = current.filter((right) => selected.includes(right.id));
            for (const id of selected) if (!kept.some((right) => right.id === id)) kept.push({ id });
            setField(m, "rights", kept);
          })
        }
      />
      {rights.map((right, index) => (
        <fieldset class="item" key={index} data-path={`/rights/${index}`}>
          <legend>{taxonomyLabel("right", right.id, lang)}</legend>
          <Channels
            path={`/rights/${index}/channels`}
            channels={right.channels ?? []}
            onChange={(next) => change(index, (r) => setField(r, "channels", next))}
          />
          <NumberField
            label={say("rights.responseDays")}
            hint={say("rights.responseDaysHint")}
            path={`/rights/${index}/responseDays`}
            min={1}
            max={365}
            value={right.responseDays}
            onChange={(value) => change(index, (r) => setField(r, "responseDays", value))}
          />
          <TextField
            {...langs}
            label={say("rights.note")}
            path={`/rights/${index}/note`}
            value={right.note}
            onChange={(value) => change(index, (r) => setField(r, "note", value))}
          />
        </fieldset>
      ))}
    </>
  );
}
