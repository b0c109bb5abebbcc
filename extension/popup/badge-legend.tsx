// Every toolbar sign explained, with the current one marked.
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { BadgeSign } from "../model.ts";

const SIGNS: { sign: BadgeSign; text: string }[] = [
  { sign: "declared", text: "i" },
  { sign: "warning", text: "!" },
  { sign: "invalid", text: "?" },
  { sign: "none", text: " " },
];

export function BadgeLegend({ current, lang }: { current: BadgeSign | null; lang: Language }) {
  return (
    <section aria-labelledby="badge-heading">
      <h2 id="badge-heading">{extensionText("section.badge", lang)}</h2>
      <ul class="badge-legend">
        {SIGNS.map(({ sign, text }) => (
          <li key={sign} aria-current={current === sign ? "true" : undefined}>
            <span class={`badge-sign badge-${sign}`} aria-hidden="true">
              {text}
            </span>
            {current === sign ? (
              <strong>{extensionText(`badge.${sign}`, lang)}</strong>
            ) : (
              extensionText(`badge.${sign}`, lang)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
