// Step 8: cookies and third parties on the site. Known services come from the project's one tracker
// list (shared/trackers): adding one fills in its provider, country, cookies with their lifetimes and
// the consent category; anything else is entered by hand.
import { useId, useState } from "preact/hooks";
import { countryName } from "../../shared/i18n/country.ts";
import type { Technology, TechnologyKind } from "../../shared/manifest/types.ts";
import { declareService, KNOWN_SERVICES, type KnownService } from "../../shared/trackers/services.ts";
import {
  CheckboxField,
  ItemList,
  LinesField,
  NumberField,
  SelectField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import { freshId, setField } from "../state/edit.ts";
import { consentCategoryIds } from "./consent-categories.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

const KINDS: readonly TechnologyKind[] = [
  "cookie",
  "local-storage",
  "session-storage",
  "indexeddb",
  "script",
  "iframe",
  "pixel",
  "font",
  "other",
];

function ServiceRow({
  service,
  categories,
  added,
  onAdd,
}: {
  service: KnownService;
  categories: readonly string[];
  added: boolean;
  onAdd: (category: string) => void;
}) {
  const say = useText();
  const lang = useUiLanguage();
  const id = useId();
  const fallback = categories.find((c) => c !== "necessary") ?? categories[0] ?? "necessary";
  const [category, setCategory] = useState(
    categories.includes(service.site.consent) ? service.site.consent : fallback,
  );
  return (
    <li class="service" data-service={service.id}>
      <span class="service-name" id={`${id}-name`}>
        {service.name}
      </span>
      <span class="hint">
        {service.organisation}, {countryName(service.country, lang)} ·{" "}
        {say("tech.cookieCount", { count: service.site.cookies.length })}
      </span>
      <label for={`${id}-cat`} class="visually-hidden">
        {say("tech.categoryFor", { name: service.name })}
      </label>
      <select id={`${id}-cat`} onChange={(event) => setCategory(event.currentTarget.value)} disabled={added}>
        {categories.map((c) => (
          <option key={c} value={c} selected={c === category}>
            {c}
          </option>
        ))}
      </select>
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page's start. */}
      <button
        type="button"
        aria-disabled={added ? "true" : undefined}
        onClick={() => {
          if (!added) onAdd(category);
        }}
      >
        {added ? say("tech.added") : say("tech.add")}
        <span class="visually-hidden">: {service.name}</span>
      </button>
    </li>
  );
}

export function TechnologiesStep({ manifest, edit }: StepProps) {
  const say = useText();
  const langs = manifestLanguages(manifest);
  const technologies = manifest.technologies ?? [];
  const categories = consentCategoryIds(manifest);
  const change = (index: number, mutate: (technology: Technology) => void) =>
    edit((m) => {
      const technology = m.technologies?.[index];
      if (technology !== undefined) mutate(technology);
    });
  const addService = (service: KnownService, category: string) =>
    edit((m) => {
      const taken = [
        ...(m.technologies ?? []).map((t) => t.id),
        ...(m.recipients ?? []).map((r) => r.id),
        ...(m.transfers ?? []).map((t) => t.id),
      ];
      const declared = declareService(service, category, taken);
      m.technologies = [...(m.technologies ?? []), ...declared.technologies];
      // Added again after its technologies were removed: the recipient (and transfer) it declared
      // then are still there; reuse them rather than add "yandex-metrica-2".
      const same = (m.recipients ?? []).find(
        (r) => r.name === declared.recipient.name && r.domains?.join() === declared.recipient.domains?.join(),
      );
      if (same === undefined) m.recipients = [...(m.recipients ?? []), declared.recipient];
      const recipientId = same?.id ?? declared.recipient.id;
      const transfer = declared.transfer;
      if (transfer !== null && !(m.transfers ?? []).some((t) => t.recipient === recipientId))
        m.transfers = [...(m.transfers ?? []), { ...transfer, recipient: recipientId }];
    });
  return (
    <>
      <StepIntro>
        <p>{say("tech.intro")}</p>
      </StepIntro>
      <section>
        <h3>{say("tech.known")}</h3>
        <p class="hint">{say("tech.knownHint")}</p>
        <ul class="services">
          {KNOWN_SERVICES.map((service) => (
            <ServiceRow
              key={service.id}
              service={service}
              categories={categories}
              added={technologies.some((t) => t.name === service.name && t.kind !== "cookie")}
              onAdd={(category) => addService(service, category)}
            />
          ))}
        </ul>
      </section>
      <ItemList
        title={say("tech.declared")}
        path="/technologies"
        items={technologies}
        empty={say("tech.none")}
        itemTitle={(t) => t.name ?? t.id}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) =>
          edit((m) =>
            setField(
              m,
              "technologies",
              (m.technologies ?? []).filter((_, i) => i !== index),
            ),
          )
        }
        addLabel={say("tech.addCustom")}
        onAdd={() =>
          edit((m) => {
            const list = m.technologies ?? [];
            m.technologies = [
              ...list,
              {
                id: freshId(
                  "technology",
                  list.map((t) => t.id),
                ),
                kind: "cookie",
                firstParty: true,
                category: "necessary",
              },
            ];
          })
        }
        renderItem={(t, index) => (
          <>
            <StringField
              label={say("tech.name")}
              path={`/technologies/${index}/name`}
              value={t.name}
              onChange={(value) => change(index, (x) => setField(x, "name", value))}
            />
            <SelectField
              label={say("tech.kind")}
              path={`/technologies/${index}/kind`}
              value={t.kind}
              options={KINDS.map((kind) => ({ value: kind, label: say(`tech.kind.${kind}`) }))}
              onChange={(value) =>
                change(index, (x) => {
                  x.kind = (value ?? "cookie") as TechnologyKind;
                })
              }
            />
            <SelectField
              label={say("tech.category")}
              hint={say("tech.categoryHint")}
              path={`/technologies/${index}/category`}
              value={t.category}
              options={categories.map((c) => ({ value: c, label: c }))}
              onChange={(value) =>
                change(index, (x) => {
                  x.category = value ?? "necessary";
                })
              }
            />
            <CheckboxField
              label={say("tech.firstParty")}
              hint={say("tech.firstPartyHint")}
              path={`/technologies/${index}/firstParty`}
              checked={t.firstParty === true}
              onChange={(on) =>
                change(index, (x) => {
                  x.firstParty = on;
                })
              }
            />
            <LinesField
              label={say("field.domains")}
              hint={say("field.domainsHint")}
              path={`/technologies/${index}/domains`}
              value={t.domains}
              onChange={(value) => change(index, (x) => setField(x, "domains", value))}
            />
            <CheckboxField
              label={say("tech.session")}
              path={`/technologies/${index}/maxAgeSeconds`}
              checked={t.maxAgeSeconds === null}
              onChange={(on) => change(index, (x) => setField(x, "maxAgeSeconds", on ? null : undefined, on))}
            />
            {t.maxAgeSeconds !== null && (
              <NumberField
                label={say("tech.maxAgeDays")}
                hint={say("tech.maxAgeHint")}
                path={`/technologies/${index}/maxAgeSeconds`}
                min={0}
                // Shown to three decimals (Metrica's 30-minute cookie is 0.021 days, not 0.0208333…);
                // the seconds stored stay exact until the field is edited.
                value={t.maxAgeSeconds === undefined ? undefined : Math.round(t.maxAgeSeconds / 86.4) / 1000}
                onChange={(value) =>
                  change(index, (x) =>
                    setField(x, "maxAgeSeconds", value === undefined ? undefined : Math.round(value * 86400)),
                  )
                }
              />
            )}
            <TextField
              {...langs}
              label={say("tech.provider")}
              path={`/technologies/${index}/provider`}
              value={t.provider}
              onChange={(value) => change(index, (x) => setField(x, "provider", value))}
            />
            <TextField
              {...langs}
              label={say("tech.purpose")}
              path={`/technologies/${index}/purpose`}
              value={t.purpose}
              onChange={(value) => change(index, (x) => setField(x, "purpose", value))}
            />
            <StringField
              label={say("field.country")}
              hint={say("field.countryHint")}
              path={`/technologies/${index}/country`}
              value={t.country}
              onChange={(value) => change(index, (x) => setField(x, "country", value?.toUpperCase()))}
            />
            <StringField
              label={say("field.id")}
              path={`/technologies/${index}/id`}
              value={t.id}
              onChange={(value) =>
                change(index, (x) => {
                  x.id = value ?? "";
                })
              }
            />
          </>
        )}
      />
    </>
  );
}
