// Declared versus observed: each contradiction as a sentence, with the organisation, category and
// country behind a known host; then the other sites the page contacted, listed neutrally.

import type { Language } from "../../shared/manifest/types.ts";
import { lookupTracker } from "../../shared/trackers/lookup.ts";
import { extensionText } from "../i18n.ts";
import type { Finding, TabReport, TrackerInfo } from "../model.ts";
import { countryLabel } from "../ui/format-date.ts";

const CONSENT_REASON_KEYS = {
  "no-consent": "findings.withoutConsent",
  before: "findings.beforeConsent",
  refused: "findings.refusedConsent",
} as const;

function trackerLine(tracker: TrackerInfo | undefined, lang: Language): string | null {
  if (tracker === undefined) return null;
  const line = extensionText("findings.tracker", lang, {
    name: tracker.name,
    organisation: tracker.organisation,
    country: countryLabel(tracker.country, lang),
  });
  return `${line} · ${extensionText(`category.${tracker.category}`, lang)}`;
}

export function findingText(finding: Finding, lang: Language): string {
  switch (finding.kind) {
    case "undeclared-host":
      return extensionText("findings.undeclaredHost", lang, { host: finding.host });
    case "before-consent":
      return extensionText(CONSENT_REASON_KEYS[finding.reason], lang, { host: finding.host });
    case "undeclared-cookie":
      return extensionText("findings.undeclaredCookie", lang, { name: finding.name });
    case "undeclared-storage":
      return extensionText(
        finding.area === "local" ? "findings.undeclaredLocal" : "findings.undeclaredSession",
        lang,
        {
          name: finding.name,
        },
      );
    case "abroad-without-transfer":
      return extensionText("findings.abroadWithoutTransfer", lang, {
        recipient: finding.recipient,
        country: countryLabel(finding.country, lang),
      });
  }
}

/** The anchor the label's verdict lines link to. */
export const findingId = (index: number) => `finding-${index}`;

export function FindingsSection({ report, lang }: { report: TabReport; lang: Language }) {
  const { findings, observed } = report;
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{extensionText("section.findings", lang)}</h2>
      {findings.length === 0 ? <p>{extensionText("findings.none", lang)}</p> : null}
      <ul class="findings">
        {findings.map((finding, index) => (
          <li key={`${finding.kind}-${index}`} id={findingId(index)} class="finding" data-kind={finding.kind}>
            {findingText(finding, lang)}
            {"tracker" in finding && finding.tracker ? (
              <div class="muted">{trackerLine(finding.tracker, lang)}</div>
            ) : null}
          </li>
        ))}
      </ul>
      <p class="muted">{extensionText(observed.watched ? "findings.watched" : "findings.clickOnly", lang)}</p>
    </section>
  );
}

export function ObservedHostsSection({ report, lang }: { report: TabReport; lang: Language }) {
  const hosts = report.observed.thirdPartyHosts;
  return (
    <section aria-labelledby="observed-heading">
      <h2 id="observed-heading">{extensionText("section.observed", lang)}</h2>
      {hosts.length === 0 ? <p>{extensionText("observed.none", lang)}</p> : null}
      <ul class="observed-hosts">
        {hosts.map((host) => {
          const line = trackerLine(lookupTracker(host), lang);
          return (
            <li key={host}>
              {host}
              {line ? <span class="muted"> — {line}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
