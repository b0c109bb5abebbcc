// By audience (pupils, parents, staff, visitors): what data, why, on what legal basis, who receives it,
// where it is stored and for how long. Special and elevated categories are marked in words, not only
// by colour.
import type { ComponentChildren } from "preact";
import { commonText } from "../../shared/i18n/common.ts";
import type { Language } from "../../shared/manifest/types.ts";
import type { ActivityView, AudienceView, DataItemView } from "../../shared/manifest/view-types.ts";
import { extensionText } from "../i18n.ts";

function DataItem({ item, lang }: { item: DataItemView; lang: Language }) {
  return (
    <li class={`data-item data-${item.sensitivity}`}>
      {item.label}
      {item.special ? <span class="mark mark-special">{commonText("data.special", lang)}</span> : null}
      {!item.special && item.sensitivity === "elevated" ? (
        <span class="mark mark-elevated">{commonText("data.elevated", lang)}</span>
      ) : null}
    </li>
  );
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Activity({ activity, lang }: { activity: ActivityView; lang: Language }) {
  const places = [
    ...activity.storage.map((s) => s.text),
    ...activity.transfers.map((t) => `${t.text} (${t.basisLabel})`),
  ];
  return (
    <div class="activity">
      <h4>{activity.title}</h4>
      <dl>
        <Field label={commonText("field.data", lang)}>
          <ul>
            {activity.data.map((item) => (
              <DataItem key={item.id} item={item} lang={lang} />
            ))}
          </ul>
        </Field>
        <Field label={commonText("field.purposes", lang)}>
          {activity.purposes.map((p) => p.label).join("; ")}
        </Field>
        <Field label={commonText("field.legalBasis", lang)}>
          {activity.legalBases.map((basis) => (
            <div key={basis.id} class={`basis basis-${basis.kind}`}>
              {basis.kindLabel}: {basis.label}
              {basis.note ? ` (${basis.note})` : ""}
            </div>
          ))}
        </Field>
        {activity.recipients.length > 0 ? (
          <Field label={commonText("field.recipients", lang)}>
            {activity.recipients
              .map((r) => (r.country ? `${r.label} (${r.country.name})` : r.label))
              .join("; ")}
          </Field>
        ) : null}
        {places.length > 0 ? (
          <Field label={commonText("field.storage", lang)}>{places.join("; ")}</Field>
        ) : null}
        <Field label={commonText("field.retention", lang)}>{activity.retention}</Field>
      </dl>
    </div>
  );
}

export function AudienceSection({ audiences, lang }: { audiences: AudienceView[]; lang: Language }) {
  return (
    <section aria-labelledby="audiences-heading">
      <h2 id="audiences-heading">{commonText("section.audiences", lang)}</h2>
      {audiences.map((audience) => (
        <div key={audience.id} class="audience">
          <h3>
            {audience.label}
            {audience.minors ? <span class="muted"> · {commonText("audience.minors", lang)}</span> : null}
            {audience.hasSpecial ? (
              <span class="mark mark-special">{commonText("data.special", lang)}</span>
            ) : null}
          </h3>
          {audience.representedBy ? (
            <p class="muted">
              {commonText("audience.representedBy", lang, { audience: audience.representedBy.label })}
            </p>
          ) : null}
          {audience.activities.length === 0 ? <p>{extensionText("audience.noActivities", lang)}</p> : null}
          {audience.activities.map((activity) => (
            <Activity key={activity.id} activity={activity} lang={lang} />
          ))}
        </div>
      ))}
    </section>
  );
}
