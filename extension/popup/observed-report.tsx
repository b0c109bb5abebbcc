// No declaration: what the page did, as neutral facts (never a grade) — the other sites it contacted
// with their organisation and country, which are analytics or advertising and whether any ran before a
// consent choice, cookie and storage names; and a link telling a parent what to ask the school for.
// Lays out shared/compare/observed.ts only.
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { ObservedParty, TabReport } from "../model.ts";
import { nativeApi } from "../native-runtime.ts";
import { countryLabel } from "../ui/format-date.ts";
import { Row } from "./label-section.tsx";

export const ASK_SCHOOL_PAGE = "ask/index.html";

export function whereText(party: Pick<ObservedParty, "country" | "abroad">, lang: Language): string {
  if (party.country === null) return extensionText("observedReport.unknownOwner", lang);
  return party.abroad
    ? extensionText("observedReport.abroad", lang, { country: countryLabel(party.country, lang) })
    : extensionText("observedReport.inKazakhstan", lang);
}

function PartyLine({ party, lang }: { party: ObservedParty; lang: Language }) {
  const { tracker } = party;
  return (
    <li data-host={party.host} data-early={party.early ?? undefined}>
      <span class="host-name">{party.host}</span>
      <span class="muted">
        {" — "}
        {tracker ? `${tracker.name} · ${tracker.organisation} · ` : ""}
        {whereText(party, lang)}
      </span>
      {tracker && party.consentBound ? (
        <span class="mark mark-category">{extensionText(`category.${tracker.category}`, lang)}</span>
      ) : null}
      {party.early !== null ? (
        <span class="mark mark-early">{extensionText(`observedReport.early.${party.early}`, lang)}</span>
      ) : null}
    </li>
  );
}

function Names({ names, lang }: { names: { name: string; session?: boolean }[]; lang: Language }) {
  if (names.length === 0) return <>{extensionText("observedReport.nothing", lang)}</>;
  return (
    <ul class="observed-names">
      {names.map(({ name, session }) => (
        <li key={`${name}-${session === true}`}>
          <code>{name}</code>
          {session ? <span class="muted"> ({extensionText("observedReport.sessionMark", lang)})</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function ObservedReportSection({ report, lang }: { report: TabReport; lang: Language }) {
  const observed = report.observedReport;
  const { parties, abroadCountries } = observed;
  const known = parties.some((party) => party.country !== null);
  const unknown = parties.some((party) => party.country === null);
  const knownWhere =
    abroadCountries.length > 0
      ? extensionText("observedReport.whereAbroad", lang, {
          countries: abroadCountries.map((code) => countryLabel(code, lang)).join(", "),
        })
      : extensionText(unknown ? "observedReport.inKazakhstan" : "observedReport.whereHome", lang);
  // Hosts missing from the tracker list are never placed in a country: said so, not guessed.
  const where = !known
    ? extensionText("observedReport.whereUnknown", lang)
    : unknown
      ? `${knownWhere}; ${extensionText("observedReport.whereOthersUnknown", lang)}`
      : knownWhere;
  const storage = [
    ...observed.localStorageKeys.map((name) => ({ name })),
    ...observed.sessionStorageKeys.map((name) => ({ name, session: true })),
  ];
  return (
    <section class="label observed-report" aria-labelledby="observed-report-heading">
      <h2 id="observed-report-heading">{extensionText("observedReport.title", lang)}</h2>
      <div class="status status-none" data-state="none">
        <p>
          <strong>{extensionText("status.none", lang)}</strong>
        </p>
        <p class="muted">{extensionText("status.noneExplain", lang)}</p>
        <p>
          <a
            href={nativeApi().runtime.getURL(`${ASK_SCHOOL_PAGE}?lang=${lang}`)}
            target="_blank"
            rel="noopener"
          >
            {extensionText("observedReport.askSchool", lang)}
          </a>
        </p>
      </div>
      <dl class="label-rows">
        <Row id="contacted" term={extensionText("observedReport.contacted", lang)}>
          {parties.length === 0 ? extensionText("observed.none", lang) : null}
          <ul class="observed-parties">
            {parties.map((party) => (
              <PartyLine key={party.host} party={party} lang={lang} />
            ))}
          </ul>
        </Row>
        <Row id="consent-bound" term={extensionText("observedReport.consentBound", lang)} inline>
          {extensionText("observedReport.consentBoundCount", lang, { count: observed.consentBoundCount })}
          {observed.consentBoundCount > 0
            ? `; ${extensionText("observedReport.earlyCount", lang, { count: observed.earlyCount })}`
            : null}
        </Row>
        <Row id="where" term={extensionText("observedReport.where", lang)} inline>
          {parties.length === 0 ? extensionText("observedReport.nothing", lang) : where}
        </Row>
        <Row id="cookies" term={extensionText("observedReport.cookies", lang)} inline>
          <Names names={observed.cookieNames.map((name) => ({ name }))} lang={lang} />
        </Row>
        <Row id="storage" term={extensionText("observedReport.storage", lang)} inline>
          <Names names={storage} lang={lang} />
        </Row>
      </dl>
      <p class="muted">
        {extensionText("observedReport.namesOnly", lang)}{" "}
        {extensionText(report.observed.watched ? "findings.watched" : "findings.clickOnly", lang)}
      </p>
    </section>
  );
}
