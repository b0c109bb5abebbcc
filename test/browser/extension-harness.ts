// Drives the BUILT extension (dist/extension) in real Chromium. A toolbar click is simulated with the
// DevTools command Extensions.triggerAction (needs --enable-unsafe-extension-debugging and Playwright's
// pipe connection), which grants activeTab exactly as a user's click does, so no host permission has to
// be granted for tests. Known trackers' hosts are mapped to the local server with --host-resolver-rules,
// so no request leaves the machine; HSTS-preloaded ones (Google's) through an HTTPS front to it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchWithExtension } from "../support/chromium.ts";
import { REPO_ROOT, type StaticServer, startStaticServer } from "../support/static-server.ts";
import { startTlsFront } from "../support/tls-front.ts";

export const EXTENSION_DIR = resolve(REPO_ROOT, "dist/extension");
export const FIXTURES = "/test/fixtures/pages/extension";
export const MAPPED_TRACKER_HOSTS = ["mc.yandex.ru"];
/** Reached only over HTTPS (HSTS preload), mapped to a TLS front whose certificate the browser accepts. */
export const MAPPED_TLS_HOSTS = ["www.google-analytics.com"];
/** Two "schools" on different origins (both served by the local server), for history and comparison. */
export const MAPPED_SCHOOL_HOSTS = ["school-a.test", "school-b.test"];

export interface ExtensionSession {
  ctx: BrowserContext;
  server: StaticServer;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function startExtensionSession(): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, "manifest.json"))) {
    throw new Error("dist/extension is missing: run `vite build --mode extension` first");
  }
  const server = await startStaticServer();
  // Any tracker request gets an empty 200 from the local server, whatever its path.
  server.route("/watch/1.gif", { status: 200, headers: { "content-type": "image/gif" }, body: "" });
  const port = new URL(server.origin).port;
  const tls = await startTlsFront(Number(port));
  const rules = [
    ...[...MAPPED_TRACKER_HOSTS, ...MAPPED_SCHOOL_HOSTS].map((host) => `MAP ${host} 127.0.0.1:${port}`),
    ...MAPPED_TLS_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${tls.port}`),
  ].join(", ");
  const profile = mkdtempSync(join(tmpdir(), "kelisim-ext-"));
  const ctx = await launchWithExtension(profile, EXTENSION_DIR, [
    "--enable-unsafe-extension-debugging",
    `--host-resolver-rules=${rules}`,
    "--ignore-certificate-errors",
  ]);
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
  return {
    ctx,
    server,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await ctx.close();
      await tls.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves the fake counters at the paths the fixture page loads them from. */
export function routeFakeTrackers(server: StaticServer): void {
  const script = (file: string) => ({
    body: readFileSync(resolve(REPO_ROOT, `${FIXTURES.slice(1)}/fake-trackers/${file}`), "utf8"),
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });
  server.route("/metrika/tag.js", script("metrika-tag.js"));
  server.route("/analytics.js", script("analytics.js"));
}

/**
 * One extension session for the calling test file: started in beforeAll, closed in afterAll. The
 * returned object is filled in when the session starts, so tests use it directly.
 */
export function useExtensionSession(): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await startExtensionSession());
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

/** Clicks the toolbar button for the page's tab; returns the tab id (visible to us through activeTab). */
export async function clickAction(session: ExtensionSession, page: Page): Promise<number> {
  const browser = session.ctx.browser();
  if (browser === null) throw new Error("no browser handle for the CDP session");
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tab = targetInfos.find((info) => info.url === page.url());
  if (tab === undefined) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send("Extensions.triggerAction", { id: session.extensionId, targetId: tab.targetId });
  await cdp.detach();
  const url = page.url();
  const tabId = await session.worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error("the tab's URL is not visible: activeTab was not granted");
  return tabId;
}

/** Opens popup/index.html?tab=<id> in a tab and waits until the inspection is rendered. */
export async function openPopup(
  session: ExtensionSession,
  tabId: number,
  lang?: "kk" | "ru" | "en",
): Promise<Page> {
  if (lang) {
    await session.worker.evaluate(async (language) => {
      const { settings } = await chrome.storage.local.get("settings");
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), language } });
    }, lang);
  }
  const popup = await session.ctx.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tab=${tabId}`);
  await popup.locator("[data-state]").first().waitFor({ timeout: 15_000 });
  return popup;
}

/** Opens a fixture page, by default on 127.0.0.1, or on one of the mapped school hosts. */
export async function gotoFixture(session: ExtensionSession, page: string, host?: string): Promise<Page> {
  const tab = await session.ctx.newPage();
  const origin =
    host === undefined ? session.server.origin : `http://${host}:${new URL(session.server.origin).port}`;
  await tab.goto(`${origin}${FIXTURES}/${page}`);
  await tab.waitForLoadState("load");
  return tab;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};
