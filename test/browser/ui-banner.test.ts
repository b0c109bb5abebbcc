import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import {
  BANNER,
  consent,
  FAB,
  focusedInfo,
  type Harness,
  newPage,
  PREFS,
  startBannerSite,
  tabTo,
} from "./ui-support.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startBannerSite();
});
afterAll(async () => harness?.close());

test("first visit: the banner shows before the load event, names the operator, and shifts nothing", async () => {
  const { context, page } = await newPage(harness);
  await page.addInitScript(() => {
    const win = window as unknown as { __cls: number };
    win.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        win.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${harness.server.origin}/page.html`, { waitUntil: "commit" });
  await page.locator(BANNER).waitFor({ state: "visible", timeout: 3000 });
  const loaded = await page.evaluate(
    () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart,
  );
  expect(loaded).toBe(0);
  const text = await page.locator(BANNER).textContent();
  expect(text).toContain("«№ 1 жалпы білім беретін мектеп» КММ");
  expect(text).toContain("Құпиялылық саясаты");
  for (const action of ["accept-all", "reject-all", "choose"]) {
    await expect(page.locator(`${BANNER} [data-action="${action}"]`).isVisible()).resolves.toBe(true);
  }
  // Equal weight: the three buttons are styled the same.
  const styles = await page.locator(`${BANNER} .k-btn`).evaluateAll((buttons) =>
    buttons.map((b) => {
      const s = getComputedStyle(b);
      return `${s.backgroundColor}|${s.color}|${s.fontWeight}|${s.fontSize}|${b.getBoundingClientRect().height}`;
    }),
  );
  expect(new Set(styles).size).toBe(1);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  await context.close();
});

/** A first visit, then Tab to "Choose" and Enter: the preferences dialog is open. */
async function preferencesByKeyboard() {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}/page.html`);
  await page.locator(BANNER).waitFor();
  await tabTo(page, "choose");
  await page.keyboard.press("Enter");
  await page.locator(PREFS).waitFor();
  return { context, page };
}

test("keyboard only: banner → Choose → switch a category → Save stores exactly that choice", async () => {
  const { context, page } = await preferencesByKeyboard();
  expect((await focusedInfo(page)).inDialog).toBe(true);
  // Tab to the analytics switch and turn it on with Space.
  for (let i = 0; i < 20; i++) {
    const id = await page.evaluate(() => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.id ?? "";
    });
    if (id === "kelisim-cat-analytics") break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Space");
  await tabTo(page, "save");
  await page.keyboard.press("Enter");
  await page.locator(PREFS).waitFor({ state: "detached" });
  await page.locator(BANNER).waitFor({ state: "detached" });
  const choices = await consent(page);
  expect(choices).toMatchObject({ necessary: true, analytics: true, ip: false, media: false });
  const method = await page.evaluate(
    () =>
      (
        window as unknown as { Kelisim: { getConsent(): { record: { method: string } } } }
      ).Kelisim.getConsent().record.method,
  );
  expect(method).toBe("custom");
  await context.close();
});

test("preferences: focus is trapped, Escape closes, focus returns to Choose", async () => {
  const { context, page } = await preferencesByKeyboard();
  const dialog = page.locator("dialog[open]");
  expect(await dialog.getAttribute("aria-modal")).toBe("true");
  expect(await dialog.getAttribute("aria-labelledby")).toBeTruthy();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    expect((await focusedInfo(page)).inDialog).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect((await focusedInfo(page)).inDialog).toBe(true);
  await page.keyboard.press("Escape");
  await page.locator(PREFS).waitFor({ state: "detached" });
  await expect.poll(async () => (await focusedInfo(page)).action).toBe("choose");
  expect(await consent(page)).toBeNull();
  await context.close();
});

test("axe-core finds no violations in the banner or the preferences", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}/page.html`);
  await page.locator(BANNER).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.locator(`${BANNER} [data-action="choose"]`).click();
  await page.locator(PREFS).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("returning visitor: the banner never flashes; the floating button reopens preferences", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}/page.html`);
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  await page.locator(BANNER).waitFor({ state: "detached" });
  await page.addInitScript(() => {
    const win = window as unknown as { __sawBanner: boolean };
    win.__sawBanner = false;
    const check = () => {
      const host = document.querySelector("[data-kelisim-host]");
      if (host?.shadowRoot?.querySelector('[data-kelisim-view="banner"]')) win.__sawBanner = true;
      requestAnimationFrame(check);
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true });
    requestAnimationFrame(check);
  });
  await page.reload();
  await page.locator(FAB).waitFor();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __sawBanner: boolean }).__sawBanner)).toBe(false);
  await page.locator(FAB).click();
  await page.locator(PREFS).waitFor();
  await page.keyboard.press("Escape");
  await page.locator(PREFS).waitFor({ state: "detached" });
  // Focus goes back to the floating button that opened the dialog.
  await expect
    .poll(async () => (await focusedInfo(page)).text === "" && (await focusedInfo(page)).tag)
    .toBe("button");
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-kelisim-host"))).toBe(true);
  await context.close();
});

test('data-floating-button="false" leaves the reopening to the site\'s own data-kelisim-open link', async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}/no-fab.html`);
  await page.locator(`${BANNER} [data-action="accept-all"]`).click();
  await page.locator(BANNER).waitFor({ state: "detached" });
  await page.reload();
  await page.evaluate(() => (window as unknown as { Kelisim: { ready: Promise<void> } }).Kelisim.ready);
  await page.waitForTimeout(300);
  expect(await page.locator(FAB).count()).toBe(0);
  await page.locator("#own-settings").click();
  await page.locator(PREFS).waitFor();
  await context.close();
});
