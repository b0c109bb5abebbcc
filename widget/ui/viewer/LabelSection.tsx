// The privacy label at the top of the viewer (dialog and inline): whose data (a switch), what data in
// plain groups (each opens to its categories), where it is stored (each country abroad on its own
// line), why and on what basis, who else gets it, how long, what you can do. Lays out describeLabel.
import { useState } from "preact/hooks";
import type { Language, PrivacyManifest } from "../../../shared/manifest/types.ts";
import { describeLabel } from "../../../shared/manifest/view-label.ts";
import type { ManifestView } from "../../../shared/manifest/view-types.ts";
import { Badge, Link, Row } from "./parts.tsx";

export interface LabelSectionProps {
  manifest: PrivacyManifest;
  view: ManifestView;
  lang: Language;
  /** Opens the site's consent preferences; without it the consent action is not offered. */
  onPreferences: (() => void) | undefined;
}

export function LabelSection({ manifest, view, lang, onPreferences }: LabelSectionProps) {
  const [audience, setAudience] = useState<string | undefined>(undefined);
  const label = describeLabel(manifest, lang, audience === undefined ? { view } : { view, audience });
  const { text } = label;
  return (
    <section class="kv-label" aria-labelledby="kv-label">
      <h3 id="kv-label">{text.title}</h3>
      {/* A select, not radios: a school may declare many audiences and the label must stay one screen. */}
      <label class="kv-switch">
        <strong>{text.whose}</strong>
        <select onChange={(event) => setAudience(event.currentTarget.value)}>
          {label.audiences.map((entry) => (
            <option key={entry.id} value={entry.id} selected={entry.selected}>
              {entry.minors ? `${entry.label} · ${text.minors}` : entry.label}
            </option>
          ))}
        </select>
      </label>
      <dl>
        <Row label={text.what}>
          {label.groups.length === 0 && text.notStated}
          {label.groups.map((group) => (
            <details key={group.id} class="kv-group" data-group={group.id}>
              <summary>
                {group.label}
                {group.mark !== null && <Badge kind="special">{group.mark}</Badge>}
              </summary>
              <p class="kv-muted">{group.items.map((item) => item.label).join(", ")}</p>
            </details>
          ))}
        </Row>
        <Row label={text.where}>
          {label.abroad.map((line) => (
            <p key={line.country.code} class="kv-abroad">
              <strong>{line.text}</strong>
              {line.via.length > 0 && ` — ${line.via.join(", ")}`}
            </p>
          ))}
          {label.storageText}
        </Row>
        <Row label={text.why}>
          {label.purposes.length === 0 && text.notStated}
          {label.purposes.map((purpose) => (
            <p key={purpose.id}>
              {purpose.label} —{" "}
              <span class={purpose.needsConsent ? "kv-basis-consent" : undefined}>{purpose.basisLabel}</span>
            </p>
          ))}
        </Row>
        <Row label={text.recipients}>
          {label.recipients.length === 0
            ? text.notStated
            : label.recipients
                .map((entry) => (entry.country ? `${entry.label} (${entry.country.name})` : entry.label))
                .join("; ")}
        </Row>
        <Row label={text.howLong}>
          {label.retention === null
            ? text.notStated
            : [label.retention.shortest, label.retention.longest].filter((line) => line !== null).join("; ")}
        </Row>
        <Row label={text.youCan}>
          {label.actions.map((action) => (
            <p key={action.id}>
              {action.id === "consent" ? (
                onPreferences && (
                  <button type="button" class="k-btn k-quiet" onClick={onPreferences}>
                    {action.text}
                  </button>
                )
              ) : (
                <>
                  {action.text}: {action.detail} <Link link={action.link} />
                  {action.link === null && action.detail === null && text.notStated}
                </>
              )}
            </p>
          ))}
        </Row>
      </dl>
    </section>
  );
}
