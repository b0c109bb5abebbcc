// Runs first when the popup opens, before the UI's modules are loaded: finds the tab, asks the
// background to inspect it and listens for the report, so the content script works while the popup's
// code downloads and evaluates. The UI (use-inspection.ts) subscribes to this state when it is ready.
import { readSettings, reportKey } from "../background/stores.ts";
import { sendToBackground } from "../messages.ts";
import type { Settings, TabReport } from "../model.ts";
import { nativeApi } from "../native-runtime.ts";

export interface StartedInspection {
  /** "refused": no access to the tab (browser pages, the store) or the tab is gone. */
  stage: "starting" | "inspecting" | "refused" | "no-tab";
  tabId: number | null;
  report: TabReport | null;
  settings: Settings | null;
}

let state: StartedInspection = { stage: "starting", tabId: null, report: null, settings: null };
const listeners = new Set<() => void>();

function update(change: Partial<StartedInspection>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

export const startedInspection = (): StartedInspection => state;

/** Calls `listener` on every change; returns unsubscribe. */
export function onStartedInspection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function resolveTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get("tab");
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await nativeApi().tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function startInspection(): Promise<void> {
  const api = nativeApi();
  // Read directly (extension pages may): one round trip to the browser, not a message to the
  // background that reads them there. The language is needed for the first render.
  void readSettings(api.storage.local).then((settings) => update({ settings }));
  const tabId = await resolveTabId();
  if (tabId === null) return update({ stage: "no-tab" });
  const key = reportKey(tabId);
  // Empty until the background answers: a report written meanwhile is this inspection's (the
  // background takes requestedAt before it injects), an older one never fires a change.
  let requestedAt = "";
  api.storage.onChanged.addListener((changes, area) => {
    const next = area === "session" && key in changes ? (changes[key]?.newValue as TabReport) : undefined;
    if (next && next.observedAt >= requestedAt) update({ report: next });
  });
  update({ stage: "inspecting", tabId });
  try {
    requestedAt = (await sendToBackground(api.runtime, "tab:inspect", { tabId })).requestedAt;
  } catch {
    update({ stage: "refused" });
  }
}
