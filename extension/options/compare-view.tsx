// Two sites side by side (e.g. two schools a parent is choosing between): their privacy labels row by
// row (the view model of shared/manifest/view-label.ts, laid out by the popup's own label parts), then
// what each page was seen doing on the last check. Rows that differ say so in words, not only colour.
// A site without a declaration is marked "observed only" and compared on what it did.
import type { ComponentChildren } from "preact";
import { observedPartiesKey } from "../../shared/compare/observed.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { describeLabel, type PrivacyLabelView } from "../../shared/manifest/view-label.ts";
import { differingLabelRows, type LabelRowId } from "../../shared/manifest/view-label-diff.ts";
import { extensionText } from "../i18n.ts";
import type { HistoryEntry, ObservedReport } from "../model.ts";
import {
  LabelActions,
  LabelGroups,
  LabelPurposes,
  LabelWhere,
  recipientsText,
  retentionText,
} from "../popup/label-section.tsx";
import { whereText } from "../popup/observed-report.tsx";

const labelOf = (entry: HistoryEntry, lang: Language): PrivacyLabelView | null =>
  entry.manifest === null ? null : describeLabel(entry.manifest, lang, { siteOrigin: entry.origin });

function Whose({ label }: { label: PrivacyLabelView }) {
  return (
    <ul class="compare-audiences">
      {label.audiences.map((audience) => (
        <li key={audience.id}>
          {audience.selected ? <strong>{audience.label}</strong> : audience.label}
          {audience.minors ? <span class="mark mark-minor">{label.text.minors}</span> : null}
        </li>
      ))}
    </ul>
  );
}

const LABEL_CELLS: Record<LabelRowId, (label: PrivacyLabelView) => ComponentChildren> = {
  whose: (label) => <Whose label={label} />,
  what: (label) => <LabelGroups label={label} />,
  where: (label) => <LabelWhere label={label} />,
  why: (label) => <LabelPurposes label={label} />,
  recipients: (label) => recipientsText(label),
  "how-long": (label) => retentionText(label),
  "you-can": (label) => <LabelActions label={label} />,
};

const TERMS: Record<LabelRowId, keyof PrivacyLabelView["text"]> = {
  whose: "whose",
  what: "what",
  where: "where",
  why: "why",
  recipients: "recipients",
  "how-long": "howLong",
  "you-can": "youCan",
};

function Observed({ report, lang }: { report: ObservedReport | undefined; lang: Language }) {
  if (report === undefined) return <>—</>;
  if (report.parties.length === 0) return <>{extensionText("observed.none", lang)}</>;
  return (
    <ul class="compare-parties">
      {report.parties.map((party) => (
        <li key={party.host}>
          {party.tracker ? party.tracker.organisation : party.host} · {whereText(party, lang)}
          {party.early !== null ? (
            <span class="mark mark-early">{extensionText(`observedReport.early.${party.early}`, lang)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function CompareRow(props: {
  id: string;
  term: string;
  differs: boolean;
  lang: Language;
  cells: readonly [ComponentChildren, ComponentChildren];
}) {
  const { id, term, differs, lang, cells } = props;
  return (
    <tr data-row={id} data-differs={differs} class={differs ? "differs" : undefined}>
      <th scope="row">
        {term}
        {differs ? <span class="mark mark-differs">{extensionText("options.differs", lang)}</span> : null}
      </th>
      <td>{cells[0]}</td>
      <td>{cells[1]}</td>
    </tr>
  );
}

function SiteHeading({
  entry,
  label,
  lang,
}: {
  entry: HistoryEntry;
  label: PrivacyLabelView | null;
  lang: Language;
}) {
  return (
    <th scope="col">
      {entry.origin}
      <div class="muted">
        {label === null ? (
          <span class="mark mark-observed">{extensionText("options.observedOnly", lang)}</span>
        ) : entry.manifest?.operator.bin ? (
          `${label.operator} (${entry.manifest.operator.bin})`
        ) : (
          label.operator
        )}
      </div>
    </th>
  );
}

export function CompareView({
  left,
  right,
  lang,
}: {
  left: HistoryEntry;
  right: HistoryEntry;
  lang: Language;
}) {
  const labels = [labelOf(left, lang), labelOf(right, lang)] as const;
  const differing = differingLabelRows(labels[0], labels[1]);
  const terms = labels[0] ?? labels[1];
  const cellOf = (label: PrivacyLabelView | null, row: LabelRowId) =>
    label === null ? (
      <span class="muted">{extensionText("options.notDeclared", lang)}</span>
    ) : (
      LABEL_CELLS[row](label)
    );
  const observedKeys = [left, right].map((entry) =>
    entry.observed ? observedPartiesKey(entry.observed) : null,
  );
  const findings = [left, right].map((entry) => (entry.manifest === null ? "—" : String(entry.findings)));
  return (
    <table class="compare">
      <caption>{extensionText("options.compare", lang)}</caption>
      <thead>
        <tr>
          <td />
          <SiteHeading entry={left} label={labels[0]} lang={lang} />
          <SiteHeading entry={right} label={labels[1]} lang={lang} />
        </tr>
      </thead>
      <tbody>
        {terms === null
          ? null
          : (Object.keys(LABEL_CELLS) as LabelRowId[]).map((row) => (
              <CompareRow
                key={row}
                id={row}
                term={terms.text[TERMS[row]]}
                differs={differing.has(row)}
                lang={lang}
                cells={[cellOf(labels[0], row), cellOf(labels[1], row)]}
              />
            ))}
        <CompareRow
          id="observed"
          term={extensionText("options.row.observed", lang)}
          differs={observedKeys[0] !== observedKeys[1]}
          lang={lang}
          cells={[
            <Observed key="l" report={left.observed} lang={lang} />,
            <Observed key="r" report={right.observed} lang={lang} />,
          ]}
        />
        <CompareRow
          id="findings"
          term={extensionText("options.row.findings", lang)}
          differs={findings[0] !== findings[1]}
          lang={lang}
          cells={[findings[0], findings[1]]}
        />
      </tbody>
    </table>
  );
}
