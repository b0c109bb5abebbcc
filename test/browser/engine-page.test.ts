// Page integration of the built kelisim.js in Chromium: CSP nonces, module scripts, cookie deletion on
// withdrawal, data-reload-on-withdraw, data-kelisim-open, and a single shadow host.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { type StaticServer, startStaticServer } from "../support/static-server.ts";
import { ensureWidgetBuilt, readEngineFixture } from "../support/widget-build.ts";

const CSP_PAGE = "/test/fixtures/pages/engine/csp.html";
const PAGE = "/test/fixtures/pages/engine/page.html";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let pageErrors: string[];

async function open(page: Page, path: string): Promise<void> {
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(server.origin + path);
  await page.waitForFunction(() => "Kelisim" in window);
  await page.evaluate(() => window.Kelisim.ready);
}

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startStaticServer();
  server.route("/manifest.json", { body: readEngineFixture("manifest-v1.json") });
  server.setHeaders(CSP_PAGE, { "content-security-policy": "script-src 'nonce-kelisim-test'" });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  pageErrors = [];
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

describe("page integration", () => {
  it("released scripts keep their nonce under a strict CSP; data-type=module becomes a module", async () => {
    const page = await context.newPage();
    await open(page, CSP_PAGE);
    await page.evaluate(() => window.Kelisim.acceptAll());
    await page.waitForFunction(() => (window as { moduleRan?: boolean }).moduleRan === true);
    expect(await page.evaluate(() => (window as { nonceInlineRuns?: number }).nonceInlineRuns)).toBe(1);
  });

  it("withdrawal deletes the category's cookies on every path variant, then reloads (data-reload-on-withdraw)", async () => {
    const page = await context.newPage();
    await open(page, CSP_PAGE);
    await page.evaluate(() => window.Kelisim.acceptAll());
    const url = new URL(server.origin);
    await context.addCookies([
      { name: "_ga", value: "1", domain: url.hostname, path: "/" },
      { name: "_ga", value: "2", domain: url.hostname, path: "/test/fixtures" },
      { name: "_ga_ABC123", value: "3", domain: url.hostname, path: "/test/fixtures/pages/engine" },
      { name: "school_session", value: "keep", domain: url.hostname, path: "/" },
    ]);
    const reloaded = page.waitForEvent("load");
    // Not awaited inside the page: the reload may tear the page down before the promise settles.
    await page.evaluate(() => {
      void window.Kelisim.withdraw();
    });
    await reloaded;
    const names = (await context.cookies()).map((cookie) => cookie.name).sort();
    expect(names).toEqual(["school_session"]);
    await page.waitForFunction(() => "Kelisim" in window);
    const state = await page.evaluate(() => window.Kelisim.ready.then(() => window.Kelisim.getConsent()));
    expect(state.record?.method).toBe("withdraw");
    expect(state.choices.analytics).toBe(false);
  });

  it("one open shadow host, however often the UI is opened; data-kelisim-open clicks are delegated", async () => {
    const page = await context.newPage();
    await open(page, CSP_PAGE);
    await page.evaluate(() => window.Kelisim.rejectAll());
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.click("#privacy-settings");
    await page.evaluate(() => window.Kelisim.open("policy"));
    // The lazily loaded app and viewer chunks get kelisim.js's nonce, so the viewer renders.
    await page.waitForSelector("[data-kelisim-host] >> [data-kelisim-view='policy'] h3", { timeout: 5000 });
    // A dialog now covers the link: click it from script, as a keyboard user's Enter would.
    await page.evaluate(() => document.getElementById("privacy-settings")?.click());
    const mode = await page.evaluate(() => document.querySelector("[data-kelisim-host]")?.shadowRoot?.mode);
    expect(mode).toBe("open");
    expect(await page.locator("[data-kelisim-host]").count()).toBe(1);
    // The link's own navigation (to /privacy) was prevented.
    expect(new URL(page.url()).pathname).toBe(CSP_PAGE);
  });

  it("a first visit shows the banner host at once (needsPrompt)", async () => {
    const page = await context.newPage();
    await open(page, PAGE);
    await page.waitForSelector("[data-kelisim-host]", { state: "attached" });
    expect(await page.locator("[data-kelisim-host]").count()).toBe(1);
  });
});
