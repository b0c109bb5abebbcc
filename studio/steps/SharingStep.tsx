// Step 6: who else receives the data, where it is stored (Kazakhstan or abroad: RK Law 94-V asks
// for data to be kept in Kazakhstan and for cross-border transfers to be disclosed), and for how long.

import { countryName } from "../../shared/i18n/country.ts";
import type {
  Activity,
  Recipient,
  RecipientRole,
  Storage,
  StorageKind,
  Transfer,
  TransferBasis,
} from "../../shared/manifest/types.ts";
import { pickText } from "../../shared/manifest/view-text.ts";
import { RECIPIENT_KIND_IDS } from "../../shared/taxonomy/ids.ts";
import { taxonomyLabel } from "../../shared/taxonomy/label.ts";
import {
  ChoiceList,
  ItemList,
  LinesField,
  SelectField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { RetentionField } from "../fields/RetentionField.tsx";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import { freshId, setField } from "../state/edit.ts";
import { followId, type ReferencedList } from "../state/references.ts";
import { activityTitle } from "./activity-title.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

const ROLES: readonly RecipientRole[] = ["processor", "third-party", "state-body", "public"];
const STORAGE_KINDS: readonly StorageKind[] = ["primary", "backup", "cdn"];
const BASES: readonly TransferBasis[] = ["consent", "adequate-protection", "law", "treaty", "other"];

export function SharingStep({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const recipients = manifest.recipients ?? [];
  const storage = manifest.storage ?? [];
  const transfers = manifest.transfers ?? [];
  const activities = Array.isArray(manifest.activities) ? manifest.activities : [];
  const dataInUse = [...new Set(activities.flatMap((activity) => activity.data ?? []))];
  const recipientName = (recipient: Recipient) =>
    pickText(recipient.name, lang, langs.defaultLanguage) || taxonomyLabel("recipient", recipient.kind, lang);
  const country = (code: string | undefined) => (code ? `${countryName(code, lang)} (${code})` : "");
  function changeIn<T>(
    key: "recipients" | "storage" | "transfers",
    index: number,
    mutate: (item: T) => void,
  ) {
    edit((m) => {
      const item = (m[key] as T[] | undefined)?.[index];
      if (item !== undefined) mutate(item);
    });
  }
  const removeFrom = (key: ReferencedList, index: number) =>
    edit((m) => {
      const removed = (m[key] as { id?: string }[] | undefined)?.[index]?.id;
      setField(m, key, ((m[key] ?? []) as unknown[]).filter((_, i) => i !== index) as never);
      if (removed !== undefined) followId(m, key, removed, null);
    });
  /** A new id for item `index` of `key`, with every reference to the old one following it. */
  const renameIn = (key: ReferencedList, index: number, value: string | undefined) =>
    edit((m) => {
      const item = (m[key] as { id: string }[] | undefined)?.[index];
      if (item === undefined) return;
      const before = item.id;
      item.id = value ?? "";
      followId(m, key, before, item.id);
    });
  const changeActivity = (index: number, mutate: (activity: Activity) => void) =>
    edit((m) => {
      const activity = m.activities[index];
      if (activity !== undefined) mutate(activity);
    });
  return (
    <>
      <StepIntro>
        <p>{say("sharing.intro")}</p>
      </StepIntro>
      <ItemList
        title={say("sharing.recipients")}
        path="/recipients"
        items={recipients}
        empty={say("sharing.noRecipients")}
        itemTitle={recipientName}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) => removeFrom("recipients", index)}
        addLabel={say("sharing.addRecipient")}
        onAdd={() =>
          edit((m) => {
            const list = m.recipients ?? [];
            m.recipients = [
              ...list,
              {
                id: freshId(
                  "recipient",
                  list.map((r) => r.id),
                ),
                kind: "state-bodies",
              },
            ];
          })
        }
        renderItem={(recipient, index) => {
          const change = (mutate: (r: Recipient) => void) => changeIn<Recipient>("recipients", index, mutate);
          return (
            <>
              <SelectField
                label={say("sharing.kind")}
                path={`/recipients/${index}/kind`}
                value={recipient.kind}
                options={RECIPIENT_KIND_IDS.map((id) => ({
                  value: id,
                  label: taxonomyLabel("recipient", id, lang),
                }))}
                onChange={(value) =>
                  change((r) => {
                    r.kind = value ?? "state-bodies";
                  })
                }
              />
              <TextField
                {...langs}
                label={say("sharing.name")}
                path={`/recipients/${index}/name`}
                value={recipient.name}
                onChange={(value) => change((r) => setField(r, "name", value))}
              />
              <SelectField
                label={say("sharing.role")}
                path={`/recipients/${index}/role`}
                value={recipient.role}
                emptyLabel={say("field.notStated")}
                options={ROLES.map((role) => ({ value: role, label: say(`role.${role}`) }))}
                onChange={(value) => change((r) => setField(r, "role", value as RecipientRole))}
              />
              <StringField
                label={say("field.country")}
                hint={say("field.countryHint")}
                path={`/recipients/${index}/country`}
                value={recipient.country}
                onChange={(value) => change((r) => setField(r, "country", value?.toUpperCase()))}
              />
              <LinesField
                label={say("field.domains")}
                hint={say("field.domainsHint")}
                path={`/recipients/${index}/domains`}
                value={recipient.domains}
                onChange={(value) => change((r) => setField(r, "domains", value))}
              />
              <StringField
                label={say("field.id")}
                path={`/recipients/${index}/id`}
                value={recipient.id}
                onChange={(value) => renameIn("recipients", index, value)}
              />
            </>
          );
        }}
      />
      <ItemList
        title={say("sharing.storage")}
        path="/storage"
        items={storage}
        empty={say("sharing.noStorage")}
        itemTitle={(place) =>
          [country(place.country), pickText(place.provider, lang, langs.defaultLanguage)]
            .filter(Boolean)
            .join(" — ") || place.id
        }
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) => removeFrom("storage", index)}
        addLabel={say("sharing.addStorage")}
        onAdd={() =>
          edit((m) => {
            const list = m.storage ?? [];
            m.storage = [
              ...list,
              {
                id: freshId(
                  "storage",
                  list.map((s) => s.id),
                ),
                country: "KZ",
                kind: "primary",
              },
            ];
          })
        }
        renderItem={(place, index) => {
          const change = (mutate: (s: Storage) => void) => changeIn<Storage>("storage", index, mutate);
          return (
            <>
              <StringField
                label={say("field.country")}
                hint={say("sharing.storageCountryHint")}
                path={`/storage/${index}/country`}
                required
                value={place.country}
                onChange={(value) =>
                  change((s) => {
                    s.country = (value ?? "").toUpperCase();
                  })
                }
              />
              <TextField
                {...langs}
                label={say("sharing.provider")}
                path={`/storage/${index}/provider`}
                value={place.provider}
                onChange={(value) => change((s) => setField(s, "provider", value))}
              />
              <SelectField
                label={say("sharing.storageKind")}
                path={`/storage/${index}/kind`}
                value={place.kind}
                emptyLabel={say("field.notStated")}
                options={STORAGE_KINDS.map((kind) => ({ value: kind, label: say(`storage.${kind}`) }))}
                onChange={(value) => change((s) => setField(s, "kind", value as StorageKind))}
              />
              <StringField
                label={say("field.id")}
                path={`/storage/${index}/id`}
                value={place.id}
                onChange={(value) => renameIn("storage", index, value)}
              />
            </>
          );
        }}
      />
      <ItemList
        title={say("sharing.transfers")}
        path="/transfers"
        items={transfers}
        empty={say("sharing.noTransfers")}
        itemTitle={(transfer) => country(transfer.toCountry) || transfer.id}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) => removeFrom("transfers", index)}
        addLabel={say("sharing.addTransfer")}
        onAdd={() =>
          edit((m) => {
            const list = m.transfers ?? [];
            m.transfers = [
              ...list,
              {
                id: freshId(
                  "transfer",
                  list.map((t) => t.id),
                ),
                toCountry: "",
                basis: "consent",
              },
            ];
          })
        }
        renderItem={(transfer, index) => {
          const change = (mutate: (t: Transfer) => void) => changeIn<Transfer>("transfers", index, mutate);
          return (
            <>
              <StringField
                label={say("sharing.toCountry")}
                hint={say("field.countryHint")}
                path={`/transfers/${index}/toCountry`}
                required
                value={transfer.toCountry}
                onChange={(value) =>
                  change((t) => {
                    t.toCountry = (value ?? "").toUpperCase();
                  })
                }
              />
              <SelectField
                label={say("sharing.transferRecipient")}
                path={`/transfers/${index}/recipient`}
                value={transfer.recipient}
                emptyLabel={say("field.notStated")}
                options={recipients.map((r) => ({ value: r.id, label: recipientName(r) }))}
                onChange={(value) => change((t) => setField(t, "recipient", value))}
              />
              <SelectField
                label={say("sharing.basis")}
                hint={say("sharing.basisHint")}
                path={`/transfers/${index}/basis`}
                value={transfer.basis}
                options={BASES.map((basis) => ({ value: basis, label: say(`transferBasis.${basis}`) }))}
                onChange={(value) =>
                  change((t) => {
                    t.basis = (value ?? "consent") as TransferBasis;
                  })
                }
              />
              <ChoiceList
                legend={say("sharing.transferData")}
                path={`/transfers/${index}/data`}
                options={dataInUse.map((id) => ({ id, label: taxonomyLabel("data", id, lang, manifest) }))}
                selected={transfer.data ?? []}
                onChange={(selected) => change((t) => setField(t, "data", selected))}
              />
              <TextField
                {...langs}
                label={say("sharing.safeguards")}
                path={`/transfers/${index}/safeguards`}
                value={transfer.safeguards}
                onChange={(value) => change((t) => setField(t, "safeguards", value))}
              />
              <StringField
                label={say("field.id")}
                path={`/transfers/${index}/id`}
                value={transfer.id}
                onChange={(value) => renameIn("transfers", index, value)}
              />
            </>
          );
        }}
      />
      <section>
        <h3>{say("sharing.perActivity")}</h3>
        {activities.map((activity, index) => (
          <fieldset class="item" key={index} data-path={`/activities/${index}`}>
            <legend>{activityTitle(activity, lang, manifest)}</legend>
            <ChoiceList
              legend={say("sharing.recipients")}
              path={`/activities/${index}/recipients`}
              empty={say("sharing.noRecipients")}
              options={recipients.map((r) => ({ id: r.id, label: recipientName(r) }))}
              selected={activity.recipients ?? []}
              onChange={(selected) => changeActivity(index, (a) => setField(a, "recipients", selected))}
            />
            <ChoiceList
              legend={say("sharing.storage")}
              path={`/activities/${index}/storage`}
              empty={say("sharing.noStorage")}
              options={storage.map((s) => ({ id: s.id, label: country(s.country) || s.id }))}
              selected={activity.storage ?? []}
              onChange={(selected) => changeActivity(index, (a) => setField(a, "storage", selected))}
            />
            <ChoiceList
              legend={say("sharing.transfers")}
              path={`/activities/${index}/transfers`}
              empty={say("sharing.noTransfers")}
              options={transfers.map((t) => ({ id: t.id, label: country(t.toCountry) || t.id }))}
              selected={activity.transfers ?? []}
              onChange={(selected) => changeActivity(index, (a) => setField(a, "transfers", selected))}
            />
            <RetentionField
              {...langs}
              path={`/activities/${index}/retention`}
              value={activity.retention}
              onChange={(value) =>
                changeActivity(index, (a) => {
                  a.retention = value;
                })
              }
            />
          </fieldset>
        ))}
      </section>
    </>
  );
}
