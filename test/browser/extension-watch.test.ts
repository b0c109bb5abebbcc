// Watch mode in a real Chromium. The shipped build keeps webRequest, cookies and host access optional
// (a permission prompt a test cannot answer), so this file builds the test-only variant
// `extension-watch-test`, which has them at install, and turns watch mode on in its options page. Then
// the background's observation path (webRequest from the start of the load, the cookies API, inspection
// when the page has loaded) reports what a page did that its content script alone cannot see: requests
// the page removed from Resource Timing and an HttpOnly cookie. The same page inspected by the shipped
// build on a click shows neither, which is what makes the first test depend on the watch path.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  OPTIONAL_HOST_PERMISSIONS,
  OPTIONAL_PERMISSIONS,
  REQUIRED_PERMISSIONS,
} from "../../extension/manifest.config.ts";
import type { TabReport } from "../../extension/model.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import {
  clickAction,
  type ExtensionSession,
  FIXTURES,
  gotoFixture,
  startExtensionSession,
} from "./extension-harness.ts";

const VARIANT_DIR = resolve(REPO_ROOT, "dist/extension-watch-test");
const PAGE = "watch.html";
const HTTP_ONLY_COOKIE = "school_session";
const sessions: ExtensionSession[] = [];

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(resolve(dir, "manifest.json"), "utf8")) as Record<string, unknown>;

beforeAll(() => {
  // Built here, never by `npm run build`, so no packaging step can pick it up.
  const build = spawnSync(
    resolve(REPO_ROOT, "node_modules/.bin/vite"),
    ["build", "--mode", "extension-watch-test"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? REPO_ROOT },
    },
  );
  expect(build.status, build.stderr).toBe(0);
}, 150_000);

afterAll(async () => {
  for (const session of sessions) await session.close();
});

async function start(dir?: string): Promise<ExtensionSession> {
  const session = await startExtensionSession(dir);
  sessions.push(session);
  session.server.setHeaders(`${FIXTURES}/${PAGE}`, {
    "set-cookie": `${HTTP_ONLY_COOKIE}=s3cret; HttpOnly; Path=/`,
  });
  return session;
}

async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const id = await session.worker.evaluate(
    async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null,
    url,
  );
  if (id === null) throw new Error(`no tab with ${url} visible to the extension`);
  return id;
}

async function waitForReport(session: ExtensionSession, tabId: number): Promise<TabReport> {
  const report = await session.worker.evaluate(async (id) => {
    for (let i = 0; i < 200; i++) {
      const key = `report:${id}`;
      const stored = (await chrome.storage.session.get(key))[key];
      if (stored) return stored;
      await new Promise((done) => setTimeout(done, 50));
    }
    return null;
  }, tabId);
  if (report === null) throw new Error(`no report for tab ${tabId}`);
  return report as TabReport;
}

test("the shipped build asks for watch mode's permissions only when it is turned on; the test variant has them at install", () => {
  const shipped = readManifest(resolve(REPO_ROOT, "dist/extension"));
  const variant = readManifest(VARIANT_DIR);
  expect(shipped.permissions).toEqual([...REQUIRED_PERMISSIONS]);
  expect(shipped.host_permissions).toBeUndefined();
  expect(shipped.optional_permissions).toEqual([...OPTIONAL_PERMISSIONS]);
  expect(shipped.optional_host_permissions).toEqual([...OPTIONAL_HOST_PERMISSIONS]);

  expect(variant.permissions).toEqual([...REQUIRED_PERMISSIONS, ...OPTIONAL_PERMISSIONS]);
  expect(variant.host_permissions).toEqual([...OPTIONAL_HOST_PERMISSIONS]);
  expect(variant.optional_permissions).toBeUndefined();
  expect(variant.optional_host_permissions).toBeUndefined();
  // Nothing else differs: the variant runs the shipped code.
  const rest = ({
    permissions,
    host_permissions,
    optional_permissions,
    optional_host_permissions,
    ...other
  }: Record<string, unknown>) => other;
  expect(rest(variant)).toEqual(rest(shipped));
});

test("watch mode on: the background inspects the page as it loads and reports requests and an HttpOnly cookie the page hid", async () => {
  const session = await start(VARIANT_DIR);
  const options = await session.ctx.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options/index.html`);
  const toggle = options.locator('section[aria-labelledby="watch-heading"] input[type="checkbox"]');
  await toggle.click();
  await expect.poll(() => toggle.isChecked()).toBe(true);
  // The box shows checked at once; the setting is stored a moment later (settings:set), and the page
  // below must load only once it is.
  await expect
    .poll(() => session.worker.evaluate(async () => (await chrome.storage.local.get("settings")).settings))
    .toMatchObject({ watchMode: true });

  // No click: watch mode inspects on its own once the page has loaded.
  const page = await gotoFixture(session, PAGE);
  const report = await waitForReport(session, await tabIdOf(session, page.url()));
  expect(report.declaration.state).toBe("none");
  expect(report.observed.watched).toBe(true);
  expect(report.observed.thirdPartyHosts).toEqual(
    expect.arrayContaining(["mc.yandex.ru", "www.google-analytics.com"]),
  );
  expect(report.observed.cookieNames).toContain(HTTP_ONLY_COOKIE);
  // The page really hid them from its own scripts.
  const stillListed = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => new URL(entry.name).hostname),
  );
  expect(stillListed).not.toContain("mc.yandex.ru");
  expect(stillListed).not.toContain("www.google-analytics.com");
  expect(await page.evaluate(() => document.cookie)).not.toContain(HTTP_ONLY_COOKIE);
});

test("the shipped build on a click sees neither (what the content script alone can see)", async () => {
  const session = await start();
  const page = await gotoFixture(session, PAGE);
  const report = await waitForReport(session, await clickAction(session, page));
  expect(report.declaration.state).toBe("none");
  expect(report.observed.watched).toBe(false);
  expect(report.observed.thirdPartyHosts).not.toContain("mc.yandex.ru");
  expect(report.observed.thirdPartyHosts).not.toContain("www.google-analytics.com");
  expect(report.observed.cookieNames).not.toContain(HTTP_ONLY_COOKIE);
});

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>> };
    session: { get(k: string): Promise<Record<string, unknown>> };
  };
};
