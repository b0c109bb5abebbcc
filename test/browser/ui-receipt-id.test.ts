// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright Locator.innerText() calls, not the DOM property
// The preferences dialog shows the id of the visitor's current consent receipt, so they can quote it
// to the school or the receipts service's admin (#14); before any choice there is no receipt to show.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, FAB, type Harness, MANIFEST_PATH, newPage, PREFS, startBannerSite } from "./ui-support.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startBannerSite();
  const page = readFileSync(resolve(REPO_ROOT, "test/fixtures/pages/ui/basic.html"), "utf8");
  for (const lang of ["kk", "ru", "en"])
    harness.server.route(`/receipt-${lang}.html`, {
      body: page.replace(
        'data-manifest="/test/fixtures/pages/ui/manifest.json"',
        `data-manifest="${MANIFEST_PATH}" data-lang="${lang}"`,
      ),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
});
afterAll(async () => harness?.close());

const RECEIPT_LINE = `${PREFS} [data-kelisim-receipt]`;

const currentReceiptId = (page: import("playwright-core").Page) =>
  page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the public JS API
    const api = (window as any).Kelisim;
    await api.ready;
    return api.getConsent().record?.receiptId ?? null;
  });

test.each([
  ["kk", "Келісім түбіртегіңіз:"],
  ["ru", "Квитанция вашего согласия:"],
  ["en", "Your consent receipt:"],
])(
  "%s: after a choice the preferences show the current receipt id; a new choice shows the new id",
  async (lang, label) => {
    const { context, page } = await newPage(harness);
    await page.goto(`${harness.server.origin}/receipt-${lang}.html`);
    await page.locator(`${BANNER} [data-action="choose"]`).click();
    await page.locator(PREFS).waitFor();
    // No choice yet, so no receipt to quote.
    expect(await page.locator(RECEIPT_LINE).count()).toBe(0);
    await page.keyboard.press("Escape");
    await page.locator(`${BANNER} [data-action="accept-all"]`).click();
    await page.locator(BANNER).waitFor({ state: "detached" });

    const first = await currentReceiptId(page);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await page.locator(FAB).click();
    await page.locator(RECEIPT_LINE).waitFor();
    expect((await page.locator(RECEIPT_LINE).innerText()).replace(/\s+/g, " ").trim()).toBe(
      `${label} ${first}`,
    );

    // Saving a changed choice makes a new receipt; reopening shows that one.
    await page.locator(`${PREFS} input[role="switch"]:not([disabled])`).first().uncheck();
    await page.locator(`${PREFS} [data-action="save"]`).click();
    await page.locator(PREFS).waitFor({ state: "detached" });
    const second = await currentReceiptId(page);
    expect(second).not.toBe(first);
    await page.locator(FAB).click();
    await expect.poll(() => page.locator(`${RECEIPT_LINE} code`).innerText()).toBe(second);
    await context.close();
  },
);
