// The privacy label, first on screen: the verdict of declared-versus-observed (each finding one line,
// linking to its detail below), then whose data, what, why, who else and where, how long, and what
// the visitor can do. Lays out describeLabel only.
import type { ComponentChildren } from "preact";
import type { Language } from "../../shared/manifest/types.ts";
import type { LabelAction, PrivacyLabelView } from "../../shared/manifest/view-label.ts";
import type { LabelVerdict } from "../../shared/manifest/view-verdict.ts";
import { findingId, findingText } from "./findings-section.tsx";

function Verdict({ verdict, lang, onShow }: { verdict: LabelVerdict; lang: Language; onShow: () => void }) {
  return (
    <div class={`verdict ${verdict.matches ? "verdict-ok" : "verdict-issues"}`} data-verdict={verdict.count}>
      <p>
        <strong>{verdict.text}</strong>
      </p>
      {verdict.count > 0 ? (
        <ul>
          {verdict.findings.map((finding, index) => (
            <li key={`${finding.kind}-${index}`}>
              <a href={`#${findingId(index)}`} onClick={onShow}>
                {findingText(finding, lang)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Action(props: { action: LabelAction; notStated: string; onConsent: () => void }) {
  const { action, notStated, onConsent } = props;
  if (action.id === "consent") {
    return (
      <button type="button" onClick={onConsent}>
        {action.text}
      </button>
    );
  }
  if (action.link === null) {
    return (
      <span title={action.detail ?? undefined}>
        {action.text}
        {action.id === "contact" ? `: ${notStated}` : ""}
      </span>
    );
  }
  const title = action.detail ?? undefined;
  return action.link.href === null ? (
    <span title={title}>{action.text}</span>
  ) : (
    <a href={action.link.href} title={title} target="_blank" rel="noopener noreferrer">
      {action.text}
    </a>
  );
}

/** One row of the label; an inline row runs its answer on after the term, to save lines. */
function Row(props: { id: string; term: string; inline?: boolean; children: ComponentChildren }) {
  return (
    <div class={props.inline ? "label-row label-inline" : "label-row"} data-row={props.id}>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Purposes sharing a basis on one line: "Needs your consent: A; B". */
function purposesByBasis(label: PrivacyLabelView) {
  const lines: { basisLabel: string; needsConsent: boolean; purposes: string[] }[] = [];
  for (const purpose of label.purposes) {
    const line = lines.find((candidate) => candidate.basisLabel === purpose.basisLabel);
    if (line === undefined) {
      lines.push({
        basisLabel: purpose.basisLabel,
        needsConsent: purpose.needsConsent,
        purposes: [purpose.label],
      });
    } else line.purposes.push(purpose.label);
  }
  return lines;
}

export interface LabelSectionProps {
  label: PrivacyLabelView & { verdict: LabelVerdict };
  onAudience: (id: string) => void;
  onConsent: () => void;
  /** Opens the collapsed section a verdict line points into. */
  onShowFindings: () => void;
}

export function LabelSection({ label, onAudience, onConsent, onShowFindings }: LabelSectionProps) {
  const { text } = label;
  return (
    <section class="label" aria-labelledby="label-heading">
      <h2 id="label-heading">
        {text.title} <span class="label-operator">· {label.operator}</span>
      </h2>
      <Verdict verdict={label.verdict} lang={label.lang} onShow={onShowFindings} />
      {label.audiences.length > 1 ? (
        <fieldset class="audience-switch">
          <legend>{text.whose}</legend>
          {label.audiences.map((audience) => (
            <label key={audience.id} class={audience.selected ? "selected" : undefined}>
              <input
                type="radio"
                name="label-audience"
                value={audience.id}
                checked={audience.selected}
                onChange={() => onAudience(audience.id)}
              />
              {audience.label}
              {audience.minors ? <span class="mark mark-minor">{text.minors}</span> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
      <dl class="label-rows">
        {label.audiences.length === 1 ? (
          <Row id="whose" term={text.whose} inline>
            {label.audiences[0]?.label}
            {label.audiences[0]?.minors ? <span class="mark mark-minor">{text.minors}</span> : null}
          </Row>
        ) : null}
        <Row id="what" term={text.what}>
          {label.groups.length === 0 ? text.notStated : null}
          <ul class="label-groups">
            {label.groups.map((group) => (
              <li key={group.id} data-group={group.id}>
                <details>
                  <summary>
                    {group.label}
                    {group.mark !== null ? <span class="mark mark-special">{group.mark}</span> : null}
                  </summary>
                  <p class="muted">{group.items.map((item) => item.label).join(", ")}</p>
                </details>
              </li>
            ))}
          </ul>
        </Row>
        <Row id="where" term={text.where} inline>
          {label.abroad.map((line) => (
            <span key={line.country.code} class="abroad">
              <strong>{line.text}</strong>
              {line.via.length > 0 ? ` — ${line.via.join(", ")}` : null}
            </span>
          ))}
          {label.storageText}
        </Row>
        <Row id="why" term={text.why}>
          {label.purposes.length === 0 ? text.notStated : null}
          <ul class="label-purposes">
            {purposesByBasis(label).map(({ basisLabel, needsConsent, purposes }) => (
              <li key={basisLabel}>
                <span class={needsConsent ? "basis-consent" : "basis-other"}>{basisLabel}</span>:{" "}
                {purposes.join("; ")}
              </li>
            ))}
          </ul>
        </Row>
        <Row id="recipients" term={text.recipients} inline>
          {label.recipients.length === 0
            ? text.notStated
            : label.recipients
                .map((recipient) =>
                  recipient.country ? `${recipient.label} (${recipient.country.name})` : recipient.label,
                )
                .join("; ")}
        </Row>
        <Row id="how-long" term={text.howLong} inline>
          {label.retention === null
            ? text.notStated
            : [label.retention.shortest, label.retention.longest].filter((line) => line !== null).join("; ")}
        </Row>
        <Row id="you-can" term={text.youCan}>
          <ul class="label-actions">
            {label.actions.map((action) => (
              <li key={action.id}>
                <Action action={action} notStated={text.notStated} onConsent={onConsent} />
              </li>
            ))}
          </ul>
        </Row>
      </dl>
    </section>
  );
}
