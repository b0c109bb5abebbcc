// The popup's state: which tab, the UI language, and the tab's report. Opening the popup (toolbar click,
// or popup/index.html?tab=<id>) starts an inspection in start-inspection.ts, before this code has even
// loaded; the report arrives through storage.session and this hook follows that state.
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import type { Language } from "../../shared/manifest/types.ts";
import { uiLanguage } from "../i18n.ts";
import type { Settings, TabReport } from "../model.ts";
import { callBackground } from "../ui/connection.ts";
import { onStartedInspection, type StartedInspection, startedInspection } from "./start-inspection.ts";

export type Phase = "checking" | "ready" | "cannot-inspect" | "no-tab";

export interface Inspection {
  phase: Phase;
  tabId: number | null;
  report: TabReport | null;
  settings: Settings | null;
  lang: Language;
  setLanguage: (language: Language | null) => void;
}

/** A report arrives within a few seconds (manifest fetch timeout is 5 s); after that, say so. */
const REPORT_TIMEOUT_MS = 8_000;
/** A User Timing mark the popup sets once the report is on screen (read by the benchmark). */
export const REPORT_SHOWN_MARK = "kelisim:report-shown";

export function useInspection(): Inspection {
  const [started, setStarted] = useState<StartedInspection>(startedInspection);
  const [fallback, setFallback] = useState<{ report: TabReport | null } | null>(null);
  const [timedOut, setTimedOut] = useState(false);
  const [chosenSettings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    setStarted(startedInspection());
    return onStartedInspection(() => setStarted(startedInspection()));
  }, []);

  const { stage, tabId } = started;
  useEffect(() => {
    if (stage !== "inspecting") return;
    const timer = setTimeout(() => setTimedOut(true), REPORT_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [stage]);
  useEffect(() => {
    // No access (browser pages, the store) or the tab is gone: show the last report if there is one.
    if (stage !== "refused" || tabId === null) return;
    void callBackground("report:get", { tabId })
      .catch(() => null)
      .then((report) => setFallback({ report }));
  }, [stage, tabId]);

  const report = started.report ?? fallback?.report ?? null;
  const phase: Phase =
    stage === "no-tab"
      ? "no-tab"
      : report !== null
        ? "ready"
        : fallback !== null || timedOut
          ? "cannot-inspect"
          : "checking";
  const settings = chosenSettings ?? started.settings;

  useLayoutEffect(() => {
    // The first frame after the report is committed: what `npm run bench:extension` reads as "shown".
    // A layout effect runs as the report is committed, so this is that frame; preact runs a plain
    // effect only after the next frame, which put the mark one frame after the report was on screen.
    if (phase === "ready") requestAnimationFrame(() => performance.mark(REPORT_SHOWN_MARK));
  }, [phase]);

  const lang = uiLanguage(settings?.language ?? null, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLanguage = (language: Language | null) => {
    void callBackground("settings:set", { language }).then(setSettings);
  };
  return { phase, tabId, report, settings, lang, setLanguage };
}
