// The policy viewer: the privacy label first (describeLabel), then `describeManifest` (the one view
// model shared with the extension popup) laid out — operator and responsible person, where to
// complain, data by audience, rights, cookies and third parties, change log and the full policy text.
// No manifest logic lives here.
import { commonText } from "../../../shared/i18n/common.ts";
import { describeManifest } from "../../../shared/manifest/by-audience.ts";
import type { ContactView, ManifestView } from "../../../shared/manifest/view-types.ts";
import type { ViewerProps } from "../viewer-api.ts";
import { AudienceSection } from "./AudienceSection.tsx";
import { viewerText } from "./catalog-viewer.ts";
import { LabelSection } from "./LabelSection.tsx";
import { Badge, Link, Paragraphs, Row } from "./parts.tsx";
import { TechnologySection, ThirdPartySection } from "./TechnologyTable.tsx";

function ContactRows({ contact, view }: { contact: ContactView; view: ManifestView }) {
  const c = (key: Parameters<typeof commonText>[0]) => commonText(key, view.lang);
  return (
    <>
      {contact.address !== null && <Row label={c("operator.address")}>{contact.address}</Row>}
      {contact.email !== null && (
        <Row label={c("operator.email")}>
          <Link link={contact.email} />
        </Row>
      )}
      {contact.phone !== null && (
        <Row label={c("operator.phone")}>
          <Link link={contact.phone} />
        </Row>
      )}
    </>
  );
}

function WhoSection({ view }: { view: ManifestView }) {
  const c = (key: Parameters<typeof commonText>[0]) => commonText(key, view.lang);
  const { operator, responsiblePerson: person, authority } = view;
  return (
    <>
      <section class="kv-section" aria-labelledby="kv-operator">
        <h3 id="kv-operator">{c("section.operator")}</h3>
        <p class="kv-lead">{operator.name}</p>
        <dl>
          {operator.legalForm !== null && <Row label={c("operator.legalForm")}>{operator.legalForm}</Row>}
          {operator.bin !== null && <Row label={c("operator.bin")}>{operator.bin}</Row>}
          <ContactRows contact={operator} view={view} />
          {operator.website !== null && (
            <Row label={c("operator.website")}>
              <Link link={operator.website} />
            </Row>
          )}
        </dl>
      </section>
      {person !== null && (
        <section class="kv-section" aria-labelledby="kv-person">
          <h3 id="kv-person">{c("section.responsiblePerson")}</h3>
          {(person.name !== null || person.role !== null) && (
            <p>{[person.name, person.role].filter((part) => part !== null).join(", ")}</p>
          )}
          <dl>
            <ContactRows contact={person} view={view} />
          </dl>
        </section>
      )}
      <section class="kv-section" aria-labelledby="kv-authority">
        <h3 id="kv-authority">{c("section.authority")}</h3>
        <p>
          {authority.role}: {authority.name} <Link link={authority.url} />
        </p>
      </section>
    </>
  );
}

function RightsSection({ view }: { view: ManifestView }) {
  if (view.rights.length === 0) return null;
  return (
    <section class="kv-section" aria-labelledby="kv-rights">
      <h3 id="kv-rights">{commonText("section.rights", view.lang)}</h3>
      <ul class="kv-rights">
        {view.rights.map((right) => (
          <li key={right.id}>
            <strong>{right.label}</strong>
            {right.channels.length > 0 && (
              <div>
                {viewerText("rights.how", view.lang)}:{" "}
                {right.channels.map((channel, index) => (
                  <span key={`${channel.type}-${channel.value}`}>
                    {index > 0 && "; "}
                    {channel.typeLabel}: <Link link={channel} />
                  </span>
                ))}
              </div>
            )}
            {right.responseText !== null && <div class="kv-muted">{right.responseText}</div>}
            {right.note !== null && <div class="kv-muted">{right.note}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangesSection({ view }: { view: ManifestView }) {
  if (view.changes.length === 0) return null;
  return (
    <section class="kv-section" aria-labelledby="kv-changes">
      <h3 id="kv-changes">{commonText("section.changes", view.lang)}</h3>
      <ul>
        {view.changes.map((change) => (
          <li key={`${change.version}-${change.date}`}>
            <strong>{change.heading}</strong>
            {change.material && <Badge kind="material">{commonText("changes.material", view.lang)}</Badge>}
            <div>{change.summary}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PolicyTextSection({ view }: { view: ManifestView }) {
  const { url, sections } = view.policy;
  if (url === null && sections.length === 0) return null;
  return (
    <section class="kv-section" aria-labelledby="kv-policy">
      <h3 id="kv-policy">{commonText("section.policy", view.lang)}</h3>
      {url !== null && (
        <p>
          <Link link={url} />
        </p>
      )}
      {sections.map((section) => (
        <section key={section.id} class="kv-policy-section" aria-labelledby={`kv-ps-${section.id}`}>
          <h4 id={`kv-ps-${section.id}`}>{section.title}</h4>
          <Paragraphs text={section.paragraphs.join("\n\n")} />
        </section>
      ))}
    </section>
  );
}

export function PolicyViewer({ manifest, lang, siteOrigin, onPreferences }: ViewerProps) {
  const view = describeManifest(manifest, lang, { siteOrigin });
  return (
    <div class="kv" lang={lang}>
      <LabelSection manifest={manifest} view={view} lang={lang} onPreferences={onPreferences} />
      <WhoSection view={view} />
      <AudienceSection view={view} />
      <RightsSection view={view} />
      <TechnologySection view={view} />
      <ThirdPartySection view={view} />
      <ChangesSection view={view} />
      <PolicyTextSection view={view} />
    </div>
  );
}
