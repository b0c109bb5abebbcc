// What watch mode keeps of one observed request: its host, path and start time, per tab, in
// storage.session. A new top-level page load starts the tab's list afresh.
import type { Platform } from "./platform.ts";
import { addWatched, resetWatched } from "./stores.ts";

export interface RequestDetails {
  tabId: number;
  type: string;
  url: string;
  timeStamp: number;
}

export function recordRequest(platform: Platform, details: RequestDetails): Promise<void> {
  if (details.tabId < 0) return Promise.resolve();
  if (details.type === "main_frame") return resetWatched(platform.session, details.tabId);
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return Promise.resolve();
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.resolve();
  return addWatched(platform.session, details.tabId, {
    host: url.hostname,
    path: url.pathname.slice(0, 200),
    startedAt: Math.round(details.timeStamp),
  });
}
