// By audience (students, parents, staff…): for each, every activity with what data (special and
// elevated marked), why, on what legal basis, who receives it, where it is stored, how long.

import { commonText } from "../../../shared/i18n/common.ts";
import type { Language } from "../../../shared/manifest/types.ts";
import type { ActivityView, AudienceView, ManifestView } from "../../../shared/manifest/view-types.ts";
import { viewerText } from "./catalog-viewer.ts";
import { Badge, Row } from "./parts.tsx";

function Activity({ activity, lang }: { activity: ActivityView; lang: Language }) {
  const c = (key: Parameters<typeof commonText>[0]) => commonText(key, lang);
  return (
    <article class="kv-activity">
      <h5>{activity.title}</h5>
      <dl>
        <Row label={c("field.data")}>
          <ul class="kv-data">
            {activity.data.map((item) => (
              <li key={item.id}>
                {item.label}
                {item.special && <Badge kind="special">{c("data.special")}</Badge>}
                {!item.special && item.sensitivity === "elevated" && (
                  <Badge kind="elevated">{c("data.elevated")}</Badge>
                )}
              </li>
            ))}
          </ul>
        </Row>
        <Row label={c("field.purposes")}>{activity.purposes.map((purpose) => purpose.label).join("; ")}</Row>
        <Row label={c("field.legalBasis")}>
          <ul>
            {activity.legalBases.map((basis) => (
              <li key={basis.id}>
                <Badge kind={`basis-${basis.kind}`}>{basis.kindLabel}</Badge> {basis.label}
                {basis.note !== null && ` (${basis.note})`}
              </li>
            ))}
          </ul>
        </Row>
        {activity.consentGivenBy !== null && (
          <Row label={c("field.consentGivenBy")}>{activity.consentGivenBy.label}</Row>
        )}
        {activity.recipients.length > 0 && (
          <Row label={c("field.recipients")}>
            {activity.recipients
              .map((recipient) =>
                recipient.country ? `${recipient.label} (${recipient.country.name})` : recipient.label,
              )
              .join("; ")}
          </Row>
        )}
        {activity.storage.length > 0 && (
          <Row label={c("field.storage")}>
            {activity.storage.map((storage) => (
              <div key={storage.id}>
                {storage.abroad ? <Badge kind="abroad">{storage.text}</Badge> : storage.text}
                {storage.provider !== null && ` — ${storage.provider}`}
              </div>
            ))}
          </Row>
        )}
        {activity.transfers.length > 0 && (
          <Row label={c("field.transfers")}>
            {activity.transfers.map((transfer) => (
              <div key={transfer.id}>
                {transfer.text}: {transfer.basisLabel}
                {transfer.safeguards !== null && ` — ${transfer.safeguards}`}
              </div>
            ))}
          </Row>
        )}
        <Row label={c("field.retention")}>{activity.retention}</Row>
        {activity.note !== null && <Row label={c("field.note")}>{activity.note}</Row>}
      </dl>
      {activity.mandatory !== null && (
        <p class="kv-muted">{c(activity.mandatory ? "field.mandatory" : "field.optional")}</p>
      )}
    </article>
  );
}

function Audience({ audience, lang }: { audience: AudienceView; lang: Language }) {
  return (
    <section class="kv-audience" aria-labelledby={`kv-aud-${audience.id}`}>
      <h4 id={`kv-aud-${audience.id}`}>
        {audience.label}
        {audience.minors && <Badge kind="minors">{commonText("audience.minors", lang)}</Badge>}
      </h4>
      {audience.representedBy !== null && (
        <p class="kv-muted">
          {commonText("audience.representedBy", lang, { audience: audience.representedBy.label })}
        </p>
      )}
      <p class="kv-muted">{viewerText("activity.count", lang, { count: audience.activities.length })}</p>
      {audience.activities.map((activity) => (
        <Activity key={activity.id} activity={activity} lang={lang} />
      ))}
    </section>
  );
}

export function AudienceSection({ view }: { view: ManifestView }) {
  return (
    <section class="kv-section" aria-labelledby="kv-audiences">
      <h3 id="kv-audiences">{commonText("section.audiences", view.lang)}</h3>
      <p>{view.storageSummary.text}</p>
      {view.audiences.map((audience) => (
        <Audience key={audience.id} audience={audience} lang={view.lang} />
      ))}
    </section>
  );
}
