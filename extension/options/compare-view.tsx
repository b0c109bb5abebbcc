// Two sites side by side (e.g. two schools a parent is choosing between), from the same view model the
// popup uses. Facts only: who, about whom, special data, where stored, third parties, contradictions.
import { describeManifest } from "../../shared/manifest/by-audience.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { HistoryEntry } from "../model.ts";

function facts(entry: HistoryEntry, lang: Language) {
  const view = describeManifest(entry.manifest, lang, { siteOrigin: entry.origin });
  const audiences = view.audiences.map((audience) => {
    const kinds = new Set(audience.activities.flatMap((activity) => activity.data.map((item) => item.id)));
    return `${audience.label}: ${extensionText("options.dataCount", lang, { count: kinds.size })}`;
  });
  const special = new Set(
    view.audiences.flatMap((a) =>
      a.activities.flatMap((x) => x.data.filter((d) => d.special).map((d) => d.label)),
    ),
  );
  return {
    operator: view.operator.bin ? `${view.operator.name} (${view.operator.bin})` : view.operator.name,
    audiences: audiences.join("; "),
    special: special.size === 0 ? extensionText("common.no", lang) : [...special].join(", "),
    storage: view.storageSummary.text,
    thirdParties: view.thirdParties.map((party) => party.label).join(", ") || "—",
    findings: String(entry.findings),
  };
}

const ROWS = [
  ["operator", "options.row.operator"],
  ["audiences", "options.row.audiences"],
  ["special", "options.row.special"],
  ["storage", "options.row.storage"],
  ["thirdParties", "options.row.thirdParties"],
  ["findings", "options.row.findings"],
] as const;

export function CompareView({
  left,
  right,
  lang,
}: {
  left: HistoryEntry;
  right: HistoryEntry;
  lang: Language;
}) {
  const a = facts(left, lang);
  const b = facts(right, lang);
  return (
    <table class="compare">
      <caption>{extensionText("options.compare", lang)}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{left.origin}</th>
          <th scope="col">{right.origin}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([field, key]) => (
          <tr key={field}>
            <th scope="row">{extensionText(key, lang)}</th>
            <td>{a[field]}</td>
            <td>{b[field]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
