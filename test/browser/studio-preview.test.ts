// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright Locator.innerText() calls, not the DOM property
// The studio's live preview draws each change in a standby frame and swaps it in: after fast typing the
// frame on show holds the last text, never an earlier one; the standby is never seen, focused or read.
import { afterAll, beforeAll, expect, test } from "vitest";
import { PREVIEW_BANNER, type StudioHarness, startStudio, watchErrors } from "./studio-support.ts";

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

const SHOWN = '[data-testid="preview-frame"]';

test("fast typing: the preview on show ends with the last text; one frame on show, the standby hidden and inert", async () => {
  const context = await studio.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  const field = page.locator('[data-path="/operator/name/kk"]');
  await field.waitFor();
  await page.frameLocator(SHOWN).locator(PREVIEW_BANNER).waitFor();

  await field.fill("");
  await field.pressSequentially("«№ 12 мектеп» КММ — алдын ала қарау", { delay: 0 });
  await expect
    .poll(async () => page.frameLocator(SHOWN).locator(PREVIEW_BANNER).innerText(), { timeout: 15_000 })
    .toContain("«№ 12 мектеп» КММ — алдын ала қарау");

  const frames = await page.locator(".preview-stage iframe").evaluateAll((elements) =>
    elements.map((element) => ({
      shown: element.matches('[data-testid="preview-frame"]'),
      visibility: getComputedStyle(element).visibility,
      ariaHidden: element.hasAttribute("aria-hidden"),
      tabIndex: (element as HTMLIFrameElement).tabIndex,
      title: element.getAttribute("title"),
    })),
  );
  expect(frames.filter((frame) => frame.shown)).toHaveLength(1);
  for (const frame of frames) {
    expect(frame.title).not.toBeNull();
    if (frame.shown) expect(frame).toMatchObject({ visibility: "visible", ariaHidden: false, tabIndex: 0 });
    else expect(frame).toMatchObject({ visibility: "hidden", ariaHidden: true, tabIndex: -1 });
  }
  expect(errors).toEqual([]);
  await context.close();
});

test("switching the preview to the policy swaps in a frame that shows the policy for the draft", async () => {
  const context = await studio.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  const field = page.locator('[data-path="/operator/name/kk"]');
  await field.fill("«№ 5 мектеп» КММ");
  await page.locator(".preview-controls input[type=radio]").nth(2).check();
  const policy = page.frameLocator(SHOWN).locator('[data-kelisim-view="policy"]');
  await expect.poll(async () => policy.innerText(), { timeout: 15_000 }).toContain("«№ 5 мектеп» КММ");
  await context.close();
});

test("typing with the preview on a dialog view: focus stays in the field, every character is kept", async () => {
  const context = await studio.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  const field = page.locator('[data-path="/operator/name/kk"]');
  await field.waitFor();
  for (const view of [1, 2]) {
    // Settings, then the policy: each opens the widget's dialog, which takes focus on a real page.
    await page.locator(".preview-controls input[type=radio]").nth(view).check();
    await field.fill("");
    const typed = `Мектеп ${view} — алдын ала қарау`;
    await field.pressSequentially(typed, { delay: 30 });
    // Let the last draws land: a dialog opened in a frame must not pull focus out of the form.
    await page.waitForTimeout(1000);
    expect(await field.inputValue()).toBe(typed);
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
  }
  // Reaching into the preview still works: a click there keeps its focus, as does Tab back in.
  await page.locator(".preview-controls input[type=radio]").nth(1).check();
  const toggle = page
    .frameLocator(SHOWN)
    .locator('[data-kelisim-view="preferences"] input[type=checkbox]:not([disabled])')
    .first();
  await toggle.click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement?.matches('[data-testid="preview-frame"]'))).toBe(
    true,
  );
  await context.close();
});
