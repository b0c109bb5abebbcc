// Issue #12, first visit: everything the widget loads before the visitor acts is at most 20 KiB brotli
// (kelisim.js and the engine, kelisim-app.js); the Preact UI (kelisim-ui.js) comes when the visitor
// reaches for the banner, makes a choice, or the page needs more than the banner (an embed's
// placeholder). Measured from the requests Chromium made, compressed as test/size/check-size.mjs does.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, FAB, type Harness, MANIFEST_PATH, newPage, PREFS, startBannerSite } from "./ui-support.ts";

const KIB = 1024;
const UI_CHUNK = "/dist/widget/kelisim-ui.js";
const html = { "content-type": "text/html; charset=utf-8" };

/** A school page with gated analytics and no embed: the banner is all a first visit needs. */
const PLAIN_PAGE = `<!doctype html><html lang="kk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>№ 1 мектеп</title></head>
<body><main><h1>№ 1 мектеп</h1><p>Жаңалықтар.</p></main>
<script type="text/plain" data-consent="analytics">window.analyticsRan = true;</script>
<script src="/dist/widget/kelisim.js" data-manifest="${MANIFEST_PATH}" defer></script></body></html>`;

let harness: Harness;
beforeAll(async () => {
  harness = await startBannerSite();
  harness.server.route("/plain.html", { body: PLAIN_PAGE, headers: html });
});
afterAll(async () => harness?.close());

function brotli(path: string): number {
  const buffer = readFileSync(resolve(REPO_ROOT, path));
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

/** The widget's files this page has requested so far (Resource Timing, so per page). */
function widgetRequests(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith("/dist/widget/")),
  );
}

/** Opens the plain page as a first visit, waits for the engine, and gives lazy loads time to happen. */
async function firstVisit(path = "/plain.html") {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}${path}`);
  await page.locator(BANNER).waitFor({ state: "visible" });
  await page.evaluate(() => (window as unknown as { Kelisim: { ready: Promise<void> } }).Kelisim.ready);
  return { context, page };
}

/** A click from a script, on an element of the widget's shadow root: no pointer or focus comes first. */
function clickFromScript(page: Page, selector: string): Promise<void> {
  return page.evaluate((asked) => {
    const element = document.querySelector("[data-kelisim-host]")?.shadowRoot?.querySelector(asked);
    if (!(element instanceof HTMLElement)) throw new Error(`no ${asked} in the widget`);
    element.click();
  }, selector);
}

const api = (page: Page, call: string) =>
  page.evaluate(`window.Kelisim.ready.then(() => window.Kelisim.${call})`);

describe("before the visitor acts", () => {
  test("only kelisim.js and kelisim-app.js load, at most 20 KiB brotli together", async () => {
    const { context, page } = await firstVisit();
    // Nothing may arrive late either: no frame, timer or idle callback fetches the UI on its own.
    await page.waitForTimeout(1500);
    const requested = await widgetRequests(page);
    const total = requested.reduce((sum, path) => sum + brotli(path.slice(1)), 0);
    console.log(`first visit before acting: ${requested.join(", ")}: ${(total / KIB).toFixed(2)} KiB brotli`);
    expect(requested.sort()).toEqual(["/dist/widget/kelisim-app.js", "/dist/widget/kelisim.js"]);
    expect(total).toBeLessThanOrEqual(20 * KIB);
    // Gated analytics still waits for a choice.
    expect(await page.evaluate(() => "analyticsRan" in window)).toBe(false);
    await context.close();
  });

  test("a page with a gated embed loads the UI at once, for the embed's placeholder", async () => {
    const { context, page } = await firstVisit("/page.html");
    await expect.poll(() => widgetRequests(page)).toContain(UI_CHUNK);
    await page.locator("kelisim-embed .k-embed").waitFor();
    await context.close();
  });
});

describe("when the visitor acts", () => {
  test("reaching for the banner with the pointer loads the UI; Choose then opens the preferences", async () => {
    const { context, page } = await firstVisit();
    expect(await widgetRequests(page)).not.toContain(UI_CHUNK);
    await page.locator(`${BANNER} [data-action="choose"]`).hover();
    await expect.poll(() => widgetRequests(page)).toContain(UI_CHUNK);
    await page.locator(`${BANNER} [data-action="choose"]`).click();
    await page.locator(PREFS).waitFor({ state: "visible" });
    await context.close();
  });

  test("keyboard focus on the banner loads the UI too", async () => {
    const { context, page } = await firstVisit();
    await page.locator(`${BANNER} [data-action="accept-all"]`).focus();
    await expect.poll(() => widgetRequests(page)).toContain(UI_CHUNK);
    await context.close();
  });

  test("a press while the UI is still on its way is answered at once (busy), then the preferences open", async () => {
    const ui = readFileSync(resolve(REPO_ROOT, UI_CHUNK.slice(1)));
    harness.server.route(UI_CHUNK, {
      delayMs: 1500,
      body: ui,
      headers: { "content-type": "text/javascript" },
    });
    try {
      const { context, page } = await firstVisit();
      // A click from a script: no pointer or focus came first, so nothing loaded the UI early.
      await clickFromScript(page, '[data-action="choose"]');
      const choose = page.locator(`${BANNER} [data-action="choose"]`);
      await expect.poll(() => choose.getAttribute("aria-busy"), { timeout: 300 }).toBe("true");
      expect(await page.locator(PREFS).count()).toBe(0);
      await page.locator(PREFS).waitFor({ state: "visible" });
      expect(await choose.getAttribute("aria-busy")).toBeNull();
      await context.close();
    } finally {
      harness.server.unroute(UI_CHUNK);
    }
  });

  test("a choice made without touching the banner (the API) brings the UI and its floating button", async () => {
    const { context, page } = await firstVisit();
    expect(await widgetRequests(page)).not.toContain(UI_CHUNK);
    await api(page, "acceptAll()");
    await page.waitForFunction(() => (window as { analyticsRan?: boolean }).analyticsRan === true);
    await page.locator(FAB).waitFor({ state: "visible" });
    expect(await page.locator(BANNER).count()).toBe(0);
    await context.close();
  });

  test("a language picked on the banner before the UI has loaded is the receipt's language", async () => {
    const { context, page } = await firstVisit();
    await clickFromScript(page, 'button[lang="ru"]');
    await expect.poll(() => page.locator(BANNER).getAttribute("lang")).toBe("ru");
    await api(page, "rejectAll()");
    const receipts = (await api(page, "receipts()")) as { language: string }[];
    expect(receipts.at(-1)?.language).toBe("ru");
    await context.close();
  });

  test("kelisim-ui.js missing: the console says so, the press is not left busy, nothing gated is released", async () => {
    harness.server.route(UI_CHUNK, { status: 404 });
    try {
      const { context, page } = await firstVisit();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.locator(`${BANNER} [data-action="choose"]`).click();
      await expect.poll(() => errors.join("\n")).toMatch(/could not load its interface \(kelisim-ui\.js\)/);
      expect(await page.locator(`${BANNER} [data-action="choose"]`).getAttribute("aria-busy")).toBeNull();
      expect(await page.evaluate(() => "analyticsRan" in window)).toBe(false);
      await context.close();
    } finally {
      harness.server.unroute(UI_CHUNK);
    }
  });
});
