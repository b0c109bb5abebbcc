// Host-page hostility and a strict Content-Security-Policy, on the built widget in Chromium.
import { afterAll, beforeAll, expect, test } from "vitest";
import { BANNER, type Harness, newPage, PAGES, POLICY, PREFS, startHarness } from "./ui-support.ts";

let harness: Harness;
const CSP = "script-src 'self'; style-src 'self'";

beforeAll(async () => {
  harness = await startHarness();
  harness.server.setHeaders(`${PAGES}/csp.html`, { "content-security-policy": CSP });
});
afterAll(async () => harness?.close());

test("`all: unset`, !important resets, font-size 0, huge z-indexes and foreign globals change nothing", async () => {
  const { context, page } = await newPage(harness);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${harness.server.origin}${PAGES}/hostile.html`);
  const accept = page.locator(`${BANNER} [data-action="accept-all"]`);
  await accept.waitFor({ state: "visible" });
  const look = await accept.evaluate((button) => {
    const style = getComputedStyle(button);
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      fontSize: style.fontSize,
      height: box.height,
      display: style.display,
      // The top layer puts the banner above the page's z-index 2147483647 overlay.
      onTop: hit?.hasAttribute("data-kelisim-host") === true,
    };
  });
  expect(look).toEqual({ fontSize: "16px", height: expect.any(Number), display: "block", onTop: true });
  expect(look.height).toBeGreaterThanOrEqual(44);
  // The placeholder is drawn and usable too.
  const once = page.locator('[data-action="load-once"]');
  expect(await once.evaluate((b) => getComputedStyle(b).fontSize)).toBe("15px");
  // Real clicks (Playwright checks the hit target) through the whole flow.
  await page.locator(`${BANNER} [data-action="choose"]`).click();
  await page.locator(PREFS).waitFor();
  await page.locator('[data-action="save"]').click();
  await page.locator(BANNER).waitFor({ state: "detached" });
  await once.click();
  await expect.poll(() => page.locator("iframe[data-consent]").getAttribute("src")).toContain("embed.html");
  expect(errors).toEqual([]);
  await context.close();
});

test("under Content-Security-Policy script-src 'self'; style-src 'self' everything works without a violation", async () => {
  const { context, page } = await newPage(harness);
  await page.addInitScript(() => {
    const win = window as unknown as { __violations: string[] };
    win.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      win.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(`${harness.server.origin}${PAGES}/csp.html`);
  expect(response?.headers()["content-security-policy"]).toBe(CSP);
  await page.locator(BANNER).waitFor({ state: "visible" });
  // Styled: constructable stylesheets are allowed where <style> and style="" are not.
  expect(
    await page
      .locator(`${BANNER} .k-btn`)
      .first()
      .evaluate((b) => getComputedStyle(b).minHeight),
  ).toBe("44px");
  await page.locator("[data-kelisim-policy] .kv").waitFor();
  await page.locator(`${BANNER} [data-action="choose"]`).click();
  await page.locator(PREFS).waitFor();
  await page.keyboard.press("Escape");
  await page.locator(`${BANNER} a[href="#privacy"]`).click();
  await page.locator(`${POLICY} .kv`).waitFor();
  await page.keyboard.press("Escape");
  await page.locator(`${BANNER} [data-action="accept-all"]`).click();
  await expect.poll(() => page.locator("iframe[data-consent]").getAttribute("src")).toContain("embed.html");
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  await context.close();
});
