// The local history of checked sites, with a declaration or observed only (marked so); tick two to
// compare them.
import { describeManifest } from "../../shared/manifest/by-audience.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { HistoryEntry } from "../model.ts";
import { formatDate } from "../ui/format-date.ts";

export interface HistorySectionProps {
  lang: Language;
  history: HistoryEntry[];
  selected: string[];
  onToggle: (origin: string) => void;
}

export function HistorySection({ lang, history, selected, onToggle }: HistorySectionProps) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{extensionText("options.history", lang)}</h2>
      {history.length === 0 ? (
        <p>{extensionText("options.historyEmpty", lang)}</p>
      ) : (
        <>
          <p class="muted">{extensionText("options.compareHint", lang)}</p>
          <table class="history">
            <thead>
              <tr>
                <th scope="col">{extensionText("options.compareSelect", lang)}</th>
                <th scope="col">{extensionText("options.col.site", lang)}</th>
                <th scope="col">{extensionText("options.col.operator", lang)}</th>
                <th scope="col">{extensionText("options.col.version", lang)}</th>
                <th scope="col">{extensionText("options.col.seen", lang)}</th>
                <th scope="col">{extensionText("options.col.findings", lang)}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.origin}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${extensionText("options.compareSelect", lang)}: ${entry.origin}`}
                      checked={selected.includes(entry.origin)}
                      onChange={() => onToggle(entry.origin)}
                    />
                  </td>
                  <td>{entry.origin}</td>
                  {entry.manifest === null ? (
                    <td data-observed-only="true">
                      <span class="mark mark-observed">{extensionText("options.observedOnly", lang)}</span>
                    </td>
                  ) : (
                    <td>{describeManifest(entry.manifest, lang).operator.name}</td>
                  )}
                  <td>{entry.manifestVersion ?? "—"}</td>
                  <td>{formatDate(entry.lastSeen, lang, true)}</td>
                  <td>{entry.manifest === null ? "—" : entry.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
