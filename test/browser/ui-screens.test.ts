// Screenshots in Kazakh at phone and desktop sizes (test-results/screenshots/, gitignored — look at
// them), plus the checks behind them: nothing overflows at 320 px, and 200 % zoom keeps every
// control reachable.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, type Harness, newPage, PAGES, POLICY, PREFS, startHarness } from "./ui-support.ts";

let harness: Harness;
const OUT = resolve(REPO_ROOT, "test-results/screenshots");

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => harness?.close());

/** Elements of the open view that stick out of the viewport horizontally. */
function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.width > 0 && (box.right > width + 1 || box.left < -1) && !element.closest(".kv-table-wrap")
        );
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

for (const [width, height] of [
  [360, 740],
  [1280, 800],
  [320, 640],
] as const) {
  test(`kk at ${width}×${height}: banner, preferences and viewer fit and are captured`, async () => {
    const { context, page } = await newPage(harness, { width, height });
    await page.goto(`${harness.server.origin}${PAGES}/basic.html`);
    await page.locator(BANNER).waitFor();
    await page.waitForTimeout(300);
    expect(await overflowing(page, BANNER)).toEqual([]);
    await page.screenshot({ path: `${OUT}/banner-kk-${width}x${height}.png` });
    await page.locator(`${BANNER} [data-action="choose"]`).click();
    await page.locator(PREFS).waitFor();
    expect(await overflowing(page, "dialog[open]")).toEqual([]);
    await page.screenshot({ path: `${OUT}/preferences-kk-${width}x${height}.png` });
    await page.keyboard.press("Escape");
    await page.locator(`${BANNER} a[href="#privacy"]`).click();
    await page.locator(`${POLICY} .kv`).waitFor();
    expect(await overflowing(page, "dialog[open]")).toEqual([]);
    await page.screenshot({ path: `${OUT}/viewer-kk-${width}x${height}.png` });
    await context.close();
  });
}

test("200 % zoom (640×400 CSS px): every banner button is inside the viewport or reachable by scrolling the banner", async () => {
  const context = await harness.browser.newContext({
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    locale: "kk-KZ",
  });
  const page = await context.newPage();
  await page.goto(`${harness.server.origin}${PAGES}/basic.html`);
  await page.locator(BANNER).waitFor();
  const banner = await page.locator(BANNER).boundingBox();
  expect(banner).not.toBeNull();
  expect((banner?.y ?? -1) >= 0 && (banner?.height ?? 1e9) <= 400).toBe(true);
  for (const action of ["accept-all", "reject-all", "choose"]) {
    const button = page.locator(`${BANNER} [data-action="${action}"]`);
    await button.scrollIntoViewIfNeeded();
    expect(await button.isVisible()).toBe(true);
  }
  await page.screenshot({ path: `${OUT}/banner-kk-zoom200.png` });
  await context.close();
});

test("inline policy page at 360 px", async () => {
  const { context, page } = await newPage(harness, { width: 360, height: 740 });
  await page.goto(`${harness.server.origin}${PAGES}/privacy.html`);
  await page.locator("[data-kelisim-policy] .kv").waitFor();
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  expect(await overflowing(page, "[data-kelisim-policy]")).toEqual([]);
  await page.screenshot({ path: `${OUT}/inline-kk-360.png`, fullPage: false });
  await context.close();
});
