// Service-worker entry (a background script in Firefox). Every listener is registered synchronously at
// the top level, so an event that wakes the worker finds its listener; state lives in storage.
import { browser, type Runtime } from "../browser.ts";
import { dispatchMessage } from "../messages.ts";
import { createHandlers, createInspection } from "./handlers.ts";
import { browserPlatform } from "./platform-browser.ts";
import { forgetTab, reportKey } from "./stores.ts";
import { inspectLoadedTab, registerRequestObserver } from "./watch.ts";

const platform = browserPlatform();
const handlerOptions = { browserLanguages: () => navigator.languages };
const inspection = createInspection(platform, handlerOptions);
const handlers = createHandlers(platform, handlerOptions, inspection);
const senderCheck = { runtimeId: platform.runtimeId, extensionBaseUrl: platform.extensionBaseUrl };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatchMessage(handlers, message, sender, senderCheck),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(platform.session, tabId);
});

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  // A new page in the tab: the old report no longer describes it.
  if (change.status === "loading" && change.url !== undefined) void platform.session.remove(reportKey(tabId));
  if (change.status === "complete") void inspectLoadedTab(platform, inspection, tabId, tab.url);
});

registerRequestObserver(platform);
browser.permissions.onAdded.addListener(() => registerRequestObserver(platform));
