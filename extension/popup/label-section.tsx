// The privacy label, first on screen: the verdict of declared-versus-observed (each finding one line,
// linking to its detail below), then whose data, what, why, who else and where, how long, and what
// the visitor can do. Lays out describeLabel only. It has to fit 1.5 popup heights even for a school
// with seven audiences and a page with many findings: verdict lines and long rows are one line each
// until opened, a long audience list is a select.
import type { ComponentChildren } from "preact";
import type { Language } from "../../shared/manifest/types.ts";
import type { LabelAction, PrivacyLabelView } from "../../shared/manifest/view-label.ts";
import type { LabelVerdict } from "../../shared/manifest/view-verdict.ts";
import { extensionText } from "../i18n.ts";
import { findingId, findingText } from "./findings-section.tsx";

/** Verdict lines shown before "and N more" (all of them are in the findings section it links to). */
const VERDICT_LINES = 3;
/** Up to this many audiences are radio buttons; more are a select (schools declare up to seven). */
const AUDIENCE_RADIOS = 3;

function Verdict({ verdict, lang, onShow }: { verdict: LabelVerdict; lang: Language; onShow: () => void }) {
  const shown = verdict.findings.slice(0, VERDICT_LINES);
  const more = verdict.count - shown.length;
  return (
    <div class={`verdict ${verdict.matches ? "verdict-ok" : "verdict-issues"}`} data-verdict={verdict.count}>
      <p>
        <strong>{verdict.text}</strong>
      </p>
      {verdict.count > 0 ? (
        <ul>
          {shown.map((finding, index) => {
            const text = findingText(finding, lang);
            return (
              <li key={`${finding.kind}-${index}`} class="one-line" title={text}>
                <a href={`#${findingId(index)}`} onClick={onShow}>
                  {text}
                </a>
              </li>
            );
          })}
          {more > 0 ? (
            <li class="verdict-more">
              <a href={`#${findingId(VERDICT_LINES)}`} onClick={onShow}>
                {extensionText("label.moreFindings", lang, { count: more })}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

function AudienceSwitch({
  label,
  onAudience,
}: {
  label: PrivacyLabelView;
  onAudience: (id: string) => void;
}) {
  const { text } = label;
  if (label.audiences.length > AUDIENCE_RADIOS) {
    return (
      <label class="audience-switch audience-select">
        <span class="audience-legend">{text.whose}</span>
        <select
          value={label.audience ?? undefined}
          onChange={(event) => onAudience((event.currentTarget as HTMLSelectElement).value)}
        >
          {label.audiences.map((audience) => (
            <option key={audience.id} value={audience.id}>
              {audience.minors ? `${audience.label} (${text.minors})` : audience.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
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
  );
}

/** A long answer on one line until opened (Enter or a click on it). */
function OneLine({ children }: { children: ComponentChildren }) {
  return (
    <details class="one-line-details">
      <summary>{children}</summary>
    </details>
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
export function Row(props: { id: string; term: string; inline?: boolean; children: ComponentChildren }) {
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

// Each row's answer, shared with the options page's side-by-side comparison.

export function LabelGroups({ label }: { label: PrivacyLabelView }) {
  return (
    <>
      {label.groups.length === 0 ? label.text.notStated : null}
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
    </>
  );
}

export function LabelWhere({ label }: { label: PrivacyLabelView }) {
  return (
    <>
      {label.abroad.map((line) => (
        <span key={line.country.code} class="abroad">
          <strong>{line.text}</strong>
          {line.via.length > 0 ? ` — ${line.via.join(", ")}` : null}
        </span>
      ))}
      {label.storageText}
    </>
  );
}

/** compact: each basis on one line until opened (the popup); otherwise in full (the comparison). */
export function LabelPurposes({ label, compact = false }: { label: PrivacyLabelView; compact?: boolean }) {
  return (
    <>
      {label.purposes.length === 0 ? label.text.notStated : null}
      <ul class="label-purposes">
        {purposesByBasis(label).map(({ basisLabel, needsConsent, purposes }) => {
          const line = (
            <>
              <span class={needsConsent ? "basis-consent" : "basis-other"}>{basisLabel}</span>:{" "}
              {purposes.join("; ")}
            </>
          );
          return <li key={basisLabel}>{compact ? <OneLine>{line}</OneLine> : line}</li>;
        })}
      </ul>
    </>
  );
}

export function recipientsText(label: PrivacyLabelView): string {
  if (label.recipients.length === 0) return label.text.notStated;
  return label.recipients
    .map((recipient) =>
      recipient.country ? `${recipient.label} (${recipient.country.name})` : recipient.label,
    )
    .join("; ");
}

export function retentionText(label: PrivacyLabelView): string {
  if (label.retention === null) return label.text.notStated;
  return [label.retention.shortest, label.retention.longest].filter((line) => line !== null).join("; ");
}

/** Without onConsent (the options page has no tab to open preferences in) consent is plain text. */
export function LabelActions({ label, onConsent }: { label: PrivacyLabelView; onConsent?: () => void }) {
  return (
    <ul class="label-actions">
      {label.actions.map((action) => (
        <li key={action.id}>
          {action.id === "consent" && onConsent === undefined ? (
            <span>{action.text}</span>
          ) : (
            <Action action={action} notStated={label.text.notStated} onConsent={onConsent ?? (() => {})} />
          )}
        </li>
      ))}
    </ul>
  );
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
    <section class="label" aria-labelledby="label-heading" data-audience={label.audience ?? undefined}>
      <h2 id="label-heading">
        {text.title}{" "}
        <span class="label-operator" title={label.operator}>
          · {label.operator}
        </span>
      </h2>
      <Verdict verdict={label.verdict} lang={label.lang} onShow={onShowFindings} />
      {label.audiences.length > 1 ? <AudienceSwitch label={label} onAudience={onAudience} /> : null}
      <dl class="label-rows">
        {label.audiences.length === 1 ? (
          <Row id="whose" term={text.whose} inline>
            {label.audiences[0]?.label}
            {label.audiences[0]?.minors ? <span class="mark mark-minor">{text.minors}</span> : null}
          </Row>
        ) : null}
        <Row id="what" term={text.what}>
          <LabelGroups label={label} />
        </Row>
        <Row id="where" term={text.where} inline>
          <LabelWhere label={label} />
        </Row>
        <Row id="why" term={text.why}>
          <LabelPurposes label={label} compact />
        </Row>
        {label.recipients.length > 1 ? (
          <Row id="recipients" term={text.recipients}>
            <OneLine>{recipientsText(label)}</OneLine>
          </Row>
        ) : (
          <Row id="recipients" term={text.recipients} inline>
            {recipientsText(label)}
          </Row>
        )}
        <Row id="how-long" term={text.howLong} inline>
          {retentionText(label)}
        </Row>
        <Row id="you-can" term={text.youCan}>
          <LabelActions label={label} onConsent={onConsent} />
        </Row>
      </dl>
    </section>
  );
}
