// The popup's state: which tab, the UI language, and the tab's report. Opening the popup (toolbar click,
// or popup/index.html?tab=<id>) starts an inspection; the report arrives through storage.session.
import { useEffect, useState } from "preact/hooks";
import type { Language } from "../../shared/manifest/types.ts";
import { reportKey } from "../background/stores.ts";
import { browser } from "../browser.ts";
import { uiLanguage } from "../i18n.ts";
import type { Settings, TabReport } from "../model.ts";
import { callBackground, watchSessionKey } from "../ui/connection.ts";

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

async function resolveTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get("tab");
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function useInspection(): Inspection {
  const [phase, setPhase] = useState<Phase>("checking");
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<TabReport | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void callBackground("settings:get", {}).then(setSettings);
    let stop = () => {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      const id = await resolveTabId();
      setTabId(id);
      if (id === null) return setPhase("no-tab");
      let requestedAt = "";
      stop = watchSessionKey(reportKey(id), (value) => {
        const next = value as TabReport | undefined;
        if (next && next.observedAt >= requestedAt) {
          clearTimeout(timer);
          setReport(next);
          setPhase("ready");
        }
      });
      try {
        requestedAt = (await callBackground("tab:inspect", { tabId: id })).requestedAt;
        timer = setTimeout(
          () => setPhase((now) => (now === "checking" ? "cannot-inspect" : now)),
          REPORT_TIMEOUT_MS,
        );
      } catch {
        // No access (browser pages, the store) or the tab is gone: show the last report if there is one.
        const last = await callBackground("report:get", { tabId: id }).catch(() => null);
        setReport(last);
        setPhase(last ? "ready" : "cannot-inspect");
      }
    })();
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    // The first frame after the report is committed: what `npm run bench:extension` reads as "shown".
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
