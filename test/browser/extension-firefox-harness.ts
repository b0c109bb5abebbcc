// Drives the BUILT Firefox extension (dist/extension-firefox) in Debian's Firefox ESR over WebDriver
// BiDi, installed as a temporary add-on (BiDi webExtension.install). As in the Chromium harness, the
// toolbar click is simulated so that Firefox grants activeTab exactly as for a user's click: BiDi runs
// the browser action's own triggerAction ("the same effects as if it were clicked by a user") in the
// browser window, which needs Firefox started with --remote-allow-system-access. Every http request is
// sent to the local test server as its proxy, so fixture sites and tracker hosts need no DNS and no
// request leaves the machine.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchFirefox } from "../support/firefox.ts";
import { REPO_ROOT, type StaticServer, startStaticServer } from "../support/static-server.ts";

export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, "dist/extension-firefox");
export const FIXTURES = "/test/fixtures/pages/extension";
/** The host fixture pages are opened on (any name works: the proxy answers for every host). */
export const SCHOOL_HOST = "school-a.test";
/** Fixed through the extensions.webextensions.uuids pref, so the popup's moz-extension:// URL is known. */
const EXTENSION_UUID = "5d0c8a4e-6f1b-4c2a-9e3d-7b8a9c0d1e2f";

export interface FirefoxExtensionSession {
  browser: Browser;
  server: StaticServer;
  geckoId: string;
  /** The BiDi browsing context of the browser window (chrome scope). */
  chromeContext: string;
  /** Tabs the current test opened, closed after it (the browser's first tab keeps the window open). */
  openedPages: Page[];
  close(): Promise<void>;
}

interface BidiCommands {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Raw BiDi commands on puppeteer's own connection: chrome-scope contexts are a Firefox extension to
 * BiDi that puppeteer has no API for, and Firefox allows only one session (so no second connection).
 * `connection` is not in puppeteer-core's types; the exact pinned version has it.
 */
function bidi(browser: Browser): BidiCommands {
  const { connection } = browser as unknown as { connection?: BidiCommands };
  if (connection === undefined) throw new Error("puppeteer-core's Firefox browser has no BiDi connection");
  return connection;
}

function builtGeckoId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, "manifest.json");
  if (!existsSync(manifestPath)) {
    throw new Error("dist/extension-firefox is missing: run `vite build --mode extension-firefox` first");
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id === undefined) throw new Error("dist/extension-firefox/manifest.json has no gecko id");
  return id;
}

export async function startFirefoxExtensionSession(): Promise<FirefoxExtensionSession> {
  const geckoId = builtGeckoId();
  const server = await startStaticServer();
  // Any tracker request gets an empty 200 from the local server.
  server.route("/watch/1.gif", { status: 200, headers: { "content-type": "image/gif" }, body: "" });
  const browser = await launchFirefox({
    systemAccess: true,
    prefs: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": Number(new URL(server.origin).port),
      "intl.accept_languages": "en",
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== geckoId) throw new Error(`installed add-on is ${installed}, expected ${geckoId}`);
    const { result } = await bidi(browser).send("browsingContext.getTree", { "moz:scope": "chrome" });
    const chromeContext = (result as { contexts: { context: string }[] }).contexts[0]?.context;
    if (chromeContext === undefined) throw new Error("no browser window over BiDi");
    return {
      browser,
      server,
      geckoId,
      chromeContext,
      openedPages: [],
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/** One session for the calling test file, started in beforeAll and closed in afterAll. */
export function useFirefoxExtensionSession(): FirefoxExtensionSession {
  const session = {} as FirefoxExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await startFirefoxExtensionSession());
  });
  afterEach(async () => {
    const pages = session.openedPages?.splice(0) ?? [];
    await Promise.all(pages.map((page) => page.close()));
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

type BidiValue = { type: string; value?: unknown };

/** Runs `functionDeclaration` in the browser window (privileged) with string arguments. */
async function inBrowserWindow(
  session: FirefoxExtensionSession,
  functionDeclaration: string,
  args: string[],
): Promise<unknown> {
  const { result } = await bidi(session.browser).send("script.callFunction", {
    functionDeclaration,
    arguments: args.map((value) => ({ type: "string", value })),
    target: { context: session.chromeContext },
    awaitPromise: true,
  });
  const outcome = result as { type: string; result?: BidiValue; exceptionDetails?: { text: string } };
  if (outcome.type !== "success")
    throw new Error(`browser window script failed: ${outcome.exceptionDetails?.text}`);
  return outcome.result?.value;
}

// Selects the page's tab and presses the extension's toolbar button through the browser action's own
// code path; returns the tab's WebExtension id and whether activeTab is now granted for it.
const PRESS_TOOLBAR_BUTTON = `async (pageUrl, geckoId) => {
  const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
  const extension = ExtensionParent.GlobalManager.getExtension(geckoId);
  if (!extension) throw new Error("extension " + geckoId + " is not running");
  const tabs = gBrowser.tabs.filter((t) => t.linkedBrowser.currentURI.spec === pageUrl);
  if (tabs.length !== 1) throw new Error(tabs.length + " tabs show " + pageUrl + ", expected one");
  const tab = tabs[0];
  gBrowser.selectedTab = tab;
  // A popup still open from an earlier click would make this click close it instead (a toggle).
  const { ViewPopup } = ChromeUtils.importESModule("resource:///modules/ExtensionPopups.sys.mjs");
  ViewPopup.for(extension, window)?.closePopup();
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
  return JSON.stringify({
    tabId: extension.tabManager.getWrapper(tab).id,
    activeTab: extension.tabManager.hasActiveTabPermission(tab),
  });
}`;

/** Clicks the toolbar button for the page's tab; returns the tab id the popup is opened for. */
export async function clickAction(session: FirefoxExtensionSession, page: Page): Promise<number> {
  const answer = await inBrowserWindow(session, PRESS_TOOLBAR_BUTTON, [page.url(), session.geckoId]);
  const { tabId, activeTab } = JSON.parse(String(answer)) as { tabId: number; activeTab: boolean };
  if (!activeTab) throw new Error("the toolbar button did not grant activeTab for the page's tab");
  return tabId;
}

// BiDi may not navigate a tab to a moz-extension:// page; the browser window may. The tab is one that
// puppeteer opened (found by its unique about:blank#… address), so puppeteer drives the popup page.
const LOAD_IN_TAB = `async (marker, url) => {
  const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === marker);
  if (!tab) throw new Error("no tab shows " + marker);
  gBrowser.selectedTab = tab;
  tab.linkedBrowser.fixupAndLoadURIString(url, {
    triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
  });
}`;

let popupCount = 0;

/** Opens popup/index.html?tab=<id> in a tab and waits until the inspection is rendered. */
export async function openPopup(session: FirefoxExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.browser.newPage();
  session.openedPages.push(popup);
  popupCount += 1;
  const marker = `about:blank#kelisim-popup-${popupCount}`;
  await popup.goto(marker);
  const url = `moz-extension://${EXTENSION_UUID}/popup/index.html?tab=${tabId}`;
  await inBrowserWindow(session, LOAD_IN_TAB, [marker, url]);
  await popup.waitForFunction((wanted) => location.href === wanted, { timeout: 10_000 }, url);
  // The report has arrived once a declaration state or the observed section is shown (while checking,
  // and when the tab cannot be inspected, neither is).
  const rendered = await popup
    .waitForSelector("[data-state], #observed-heading", { timeout: 15_000 })
    .catch(() => null);
  if (rendered === null) {
    const shown = await popup.evaluate(() => document.querySelector("main")?.textContent ?? "");
    throw new Error(`the popup for tab ${tabId} shows no report: "${shown.slice(0, 200)}"`);
  }
  return popup;
}

/** Opens a fixture page on the school host (through the proxy) and waits for its load event. */
export async function gotoFixture(session: FirefoxExtensionSession, page: string): Promise<Page> {
  const tab = await session.browser.newPage();
  session.openedPages.push(tab);
  await tab.goto(`http://${SCHOOL_HOST}${FIXTURES}/${page}`, { waitUntil: "load" });
  return tab;
}

const DESCRIBE_ADDON = `async (geckoId) => {
  const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
  const addon = await AddonManager.getAddonByID(geckoId);
  if (!addon) return "null";
  return JSON.stringify({
    temporarilyInstalled: addon.temporarilyInstalled,
    isActive: addon.isActive,
    source: addon.getResourceURI().spec,
  });
}`;

/** How Firefox's add-on manager sees the installed extension. */
export async function describeAddon(
  session: FirefoxExtensionSession,
): Promise<{ temporarilyInstalled: boolean; isActive: boolean; source: string } | null> {
  return JSON.parse(String(await inBrowserWindow(session, DESCRIBE_ADDON, [session.geckoId])));
}

/** Stores the UI language the extension's pages use (null: the browser's), from one of its pages. */
export async function setLanguage(extensionPage: Page, language: "kk" | "ru" | "en" | null): Promise<void> {
  await extensionPage.evaluate(async (chosen) => {
    const { settings } = await browser.storage.local.get("settings");
    await browser.storage.local.set({ settings: { ...(settings ?? {}), language: chosen } });
  }, language);
}

declare const browser: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};
