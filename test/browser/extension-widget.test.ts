// With the BUILT widget (dist/widget/kelisim.js) on the page: the popup shows the visitor's consent as
// the widget stored it, and its button opens the site's own preferences dialog through the page's
// window.Kelisim (scripting in the MAIN world). The collector reads that record only where the page has
// a declaration (the popup shows it nowhere else).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { TabReport } from "../../extension/model.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import {
  clickAction,
  type ExtensionSession,
  FIXTURES,
  gotoFixture,
  openPopup,
  startExtensionSession,
} from "./extension-harness.ts";

let session: ExtensionSession;
beforeAll(async () => {
  if (!existsSync(resolve(REPO_ROOT, "dist/widget/kelisim.js"))) {
    throw new Error('dist/widget/kelisim.js is missing: run "npm run build" first');
  }
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

/** Accepts everything on the widget's banner unless this origin's stored choice already does. */
async function acceptAll(page: Page): Promise<void> {
  const accepted = () =>
    page.evaluate(() =>
      Boolean((window as unknown as { Kelisim?: { has(c: string): boolean } }).Kelisim?.has("analytics")),
    );
  const acceptButton = page.getByRole("button", { name: "Accept all" });
  await expect.poll(async () => (await accepted()) || (await acceptButton.isVisible())).toBe(true);
  if (!(await accepted())) await acceptButton.click();
  await expect.poll(accepted).toBe(true);
}

/** Clicks the toolbar button and returns the report the inspection stored for the tab. */
async function inspect(page: Page): Promise<TabReport> {
  const startedAt = new Date().toISOString();
  const tabId = await clickAction(session, page);
  return session.worker.evaluate(
    async ({ id, since }) => {
      for (let i = 0; i < 500; i++) {
        const key = `report:${id}`;
        const report = (await chrome.storage.session.get(key))[key] as TabReport | undefined;
        if (report && report.observedAt >= since) return report;
        await new Promise((done) => setTimeout(done, 20));
      }
      throw new Error("no report");
    },
    { id: tabId, since: startedAt },
  );
}

test("shows the consent the widget stored and opens the site's preferences", async () => {
  const page = await gotoFixture(session, "widget.html");
  await page.getByRole("button", { name: "Accept all" }).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { Kelisim: { has(c: string): boolean } }).Kelisim.has("analytics"),
      ),
    )
    .toBe(true);

  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, "en");
  const consent = popup.locator(".consent-record");
  await consent.waitFor({ state: "attached" });
  const text = await consent.textContent();
  expect(text).toContain("Analytics: allowed");
  expect(text).toContain("Accepted everything");
  expect(text).toContain("For declaration version 2026-09-01");

  expect(await page.getByRole("dialog").count()).toBe(0);
  // The consent section is collapsed under the label (whose own consent button is tested in extension-label).
  await popup.locator("summary", { hasText: "Your consent on this site" }).click();
  await popup.getByRole("button", { name: "Open this site's privacy settings" }).click();
  await expect.poll(() => page.getByRole("dialog").count()).toBeGreaterThan(0);
});

test("the consent record is read only where the page has a declaration (well-known: after its 200)", async () => {
  // The widget stores a record for this origin.
  const widgetPage = await gotoFixture(session, "widget.html");
  await acceptAll(widgetPage);
  await widgetPage.close();

  // A page of the same origin that declares nothing (the well-known address is a 404): no record read.
  const none = await gotoFixture(session, "none.html");
  const undeclared = await inspect(none);
  expect(undeclared.declaration).toEqual({ state: "none" });
  expect(undeclared.consent).toBeNull();
  // Again, with the 404 in the background's cache: still none read.
  expect((await inspect(none)).consent).toBeNull();

  // The origin publishes its declaration at the well-known address: the record is read after the 200,
  // and again when the declaration comes from the cache.
  const manifest = readFileSync(resolve(REPO_ROOT, FIXTURES.slice(1), "school-manifest.json"), "utf8");
  session.server.route("/.well-known/privacy-manifest.json", {
    status: 200,
    headers: { "content-type": "application/json" },
    body: manifest,
  });
  try {
    await session.worker.evaluate(async () => {
      const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith("cache:"));
      await chrome.storage.local.remove(keys);
    });
    await none.reload();
    const declared = await inspect(none);
    expect(declared.declaration).toMatchObject({ state: "valid", source: "well-known" });
    expect(declared.consent?.choices).toMatchObject({ analytics: true });
    await none.reload();
    expect((await inspect(none)).consent?.choices).toMatchObject({ analytics: true });
  } finally {
    session.server.unroute("/.well-known/privacy-manifest.json");
  }
});

declare const chrome: {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
  };
};
