// The popup: for a valid declaration the privacy label first (the verdict of declared-vs-observed at
// its top), then, collapsed, the evidence and the full policy (who runs the site, data by audience,
// rights); this visitor's consent; what the badge signs mean. Otherwise the status first.
import { render } from "preact";
import { useState } from "preact/hooks";
import { commonText } from "../../shared/i18n/common.ts";
import { describeManifest } from "../../shared/manifest/by-audience.ts";
import type { Language } from "../../shared/manifest/types.ts";
import { describeLabelWithVerdict } from "../../shared/manifest/view-verdict.ts";
import { extensionText } from "../i18n.ts";
import type { TabReport } from "../model.ts";
import { nativeApi } from "../native-runtime.ts";
import { callBackground } from "../ui/connection.ts";
import { LanguageSelect } from "../ui/language-select.tsx";
import { AudienceSection } from "./audience-section.tsx";
import { BadgeLegend } from "./badge-legend.tsx";
import { ConsentSection } from "./consent-section.tsx";
import { FindingsSection, ObservedHostsSection } from "./findings-section.tsx";
import { LabelSection } from "./label-section.tsx";
import { ObservedReportSection } from "./observed-report.tsx";
import { OperatorSection } from "./operator-section.tsx";
import { RightsSection } from "./rights-section.tsx";
import { InvalidDeclaration, Message, NoDeclaration, ValidDeclarationStatus } from "./status-section.tsx";
import { useInspection } from "./use-inspection.ts";

function ReportView({ report, lang }: { report: TabReport; lang: Language }) {
  const { declaration } = report;
  const openPreferences = async () => (await callBackground("consent:open", { tabId: report.tabId })).opened;
  if (declaration.state === "none" && report.observedReport !== undefined) {
    return <ObservedReportSection report={report} lang={lang} />;
  }
  if (declaration.state === "none") {
    // A report stored before observed reports existed.
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
  return (
    <DeclaredReport
      report={report}
      declaration={declaration}
      lang={lang}
      onOpenPreferences={openPreferences}
    />
  );
}

/** A valid declaration: the label first, the full policy and the evidence in sections opened on demand. */
function DeclaredReport(props: {
  report: TabReport;
  declaration: Extract<TabReport["declaration"], { state: "valid" }>;
  lang: Language;
  onOpenPreferences: () => Promise<boolean>;
}) {
  const { report, declaration, lang, onOpenPreferences } = props;
  const [audience, setAudience] = useState<string | undefined>(undefined);
  const [findingsOpen, setFindingsOpen] = useState(false);
  const view = describeManifest(declaration.manifest, lang, { siteOrigin: report.origin });
  const label = describeLabelWithVerdict(declaration.manifest, lang, report.findings, {
    view,
    ...(audience === undefined ? {} : { audience }),
  });
  return (
    <>
      <LabelSection
        label={label}
        onAudience={setAudience}
        onConsent={() => void onOpenPreferences().catch(() => false)}
        onShowFindings={() => setFindingsOpen(true)}
      />
      <ValidDeclarationStatus declaration={declaration} lang={lang} />
      <details
        class="more"
        open={findingsOpen}
        onToggle={(event) => setFindingsOpen(event.currentTarget.open)}
      >
        <summary>{extensionText("section.findings", lang)}</summary>
        <FindingsSection report={report} lang={lang} />
        <ObservedHostsSection report={report} lang={lang} />
      </details>
      <details class="more">
        <summary>{commonText("section.policy", lang)}</summary>
        <OperatorSection operator={view.operator} responsible={view.responsiblePerson} lang={lang} />
        <AudienceSection audiences={view.audiences} lang={lang} />
        <RightsSection rights={view.rights} lang={lang} />
      </details>
      <details class="more">
        <summary>{extensionText("section.consent", lang)}</summary>
        <ConsentSection consent={report.consent} lang={lang} onOpenPreferences={onOpenPreferences} />
      </details>
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
        {/* In the header, so the first render stays within 1.5 popup heights. */}
        <a
          class="options-link"
          href={nativeApi().runtime.getURL("options/index.html")}
          target="_blank"
          rel="noopener"
          aria-label={extensionText("popup.openOptions", lang)}
          title={extensionText("popup.openOptions", lang)}
        >
          {extensionText("popup.settings", lang)}
        </a>
      </div>
      <div aria-live="polite">
        {phase === "checking" ? <Message text={extensionText("status.checking", lang)} /> : null}
        {phase === "no-tab" ? <Message text={extensionText("status.noTab", lang)} /> : null}
        {phase === "cannot-inspect" ? <Message text={extensionText("status.cannotInspect", lang)} /> : null}
      </div>
      {phase === "ready" && report ? <ReportView report={report} lang={lang} /> : null}
      <details class="more">
        <summary>{extensionText("section.badge", lang)}</summary>
        <BadgeLegend current={report?.badge ?? null} lang={lang} />
      </details>
    </main>
  );
}

/** Renders the popup into `root` (main.tsx imports this module only after starting the inspection). */
export function mountPopup(root: Element): void {
  render(<Popup />, root);
}
