// The popup: status first, then (for a valid declaration) who runs the site, what is declared by
// audience, rights, this visitor's consent, declared-vs-observed, and what the badge signs mean.
import { describeManifest } from "../../shared/manifest/by-audience.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { browser } from "../browser.ts";
import { extensionText } from "../i18n.ts";
import type { TabReport } from "../model.ts";
import { callBackground } from "../ui/connection.ts";
import { LanguageSelect } from "../ui/language-select.tsx";
import { AudienceSection } from "./audience-section.tsx";
import { BadgeLegend } from "./badge-legend.tsx";
import { ConsentSection } from "./consent-section.tsx";
import { FindingsSection, ObservedHostsSection } from "./findings-section.tsx";
import { OperatorSection } from "./operator-section.tsx";
import { RightsSection } from "./rights-section.tsx";
import { InvalidDeclaration, Message, NoDeclaration, ValidDeclarationStatus } from "./status-section.tsx";
import { useInspection } from "./use-inspection.ts";

function ReportView({ report, lang }: { report: TabReport; lang: Language }) {
  const { declaration } = report;
  const openPreferences = async () => (await callBackground("consent:open", { tabId: report.tabId })).opened;
  if (declaration.state === "none") {
    return (
      <>
        <NoDeclaration lang={lang} />
        <ObservedHostsSection report={report} lang={lang} />
      </>
    );
  }
  if (declaration.state === "invalid") {
    return (
      <>
        <InvalidDeclaration declaration={declaration} lang={lang} />
        <ObservedHostsSection report={report} lang={lang} />
      </>
    );
  }
  const view = describeManifest(declaration.manifest, lang, { siteOrigin: report.origin });
  return (
    <>
      <ValidDeclarationStatus declaration={declaration} lang={lang} />
      <OperatorSection operator={view.operator} responsible={view.responsiblePerson} lang={lang} />
      <AudienceSection audiences={view.audiences} lang={lang} />
      <RightsSection rights={view.rights} lang={lang} />
      <ConsentSection consent={report.consent} lang={lang} onOpenPreferences={openPreferences} />
      <FindingsSection report={report} lang={lang} />
      <ObservedHostsSection report={report} lang={lang} />
    </>
  );
}

export function Popup() {
  const { phase, report, settings, lang, setLanguage } = useInspection();
  return (
    <main>
      <div class="header">
        <h1>{extensionText("app.title", lang)}</h1>
        <LanguageSelect
          lang={lang}
          chosen={settings?.language ?? null}
          label={extensionText("app.languageLabel", lang)}
          onChange={setLanguage}
        />
      </div>
      <div aria-live="polite">
        {phase === "checking" ? <Message text={extensionText("status.checking", lang)} /> : null}
        {phase === "no-tab" ? <Message text={extensionText("status.noTab", lang)} /> : null}
        {phase === "cannot-inspect" ? <Message text={extensionText("status.cannotInspect", lang)} /> : null}
      </div>
      {phase === "ready" && report ? <ReportView report={report} lang={lang} /> : null}
      <BadgeLegend current={report?.badge ?? null} lang={lang} />
      <p>
        <a href={browser.runtime.getURL("options/index.html")} target="_blank" rel="noopener">
          {extensionText("popup.openOptions", lang)}
        </a>
      </p>
    </main>
  );
}
