// Watch mode (optional permissions): observe (never block) every request from the start of each page
// load, so the report includes what ran before the content script; and inspect each page when it has
// loaded, so the badge appears without a click.
import { browser } from "../browser.ts";
import type { Inspection } from "./handlers.ts";
import type { Platform } from "./platform.ts";
import { readSettings } from "./stores.ts";
import { type RequestDetails, recordRequest } from "./watch-record.ts";

// Requests arrive in bursts; each tab's writes run one after another so read-modify-write never
// loses a host. Only promises live here, the data itself is in storage.session.
const queues = new Map<number, Promise<void>>();

function enqueue(tabId: number, work: () => Promise<void>): void {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work).catch(() => undefined);
  queues.set(tabId, next);
}

/** Registers the webRequest listener if the optional permission is granted (call at top level and on grant). */
export function registerRequestObserver(platform: Platform): void {
  const webRequest = browser.webRequest;
  if (!webRequest) return;
  const listener = (details: RequestDetails) => {
    enqueue(details.tabId, () => recordRequest(platform, details));
  };
  if (webRequest.onBeforeRequest.hasListener(listener)) return;
  webRequest.onBeforeRequest.addListener(listener, { urls: ["<all_urls>"] });
}

/** Inspects a tab once it has loaded, only while watch mode is on and the site is accessible. */
export async function inspectLoadedTab(
  platform: Platform,
  inspection: Inspection,
  tabId: number,
  url: string | undefined,
): Promise<void> {
  if (url === undefined || !/^https?:/.test(url)) return;
  const settings = await readSettings(platform.local);
  if (!settings.watchMode) return;
  if (!(await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }))) return;
  await inspection.inspectTab(tabId, { requested: false }).catch(() => undefined);
}
