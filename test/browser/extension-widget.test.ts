// With the BUILT widget (dist/widget/kelisim.js) on the page: the popup shows the visitor's consent as
// the widget stored it, and its button opens the site's own preferences dialog through the page's
// window.Kelisim (scripting in the MAIN world).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { REPO_ROOT } from "../support/static-server.ts";
import {
  clickAction,
  type ExtensionSession,
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
