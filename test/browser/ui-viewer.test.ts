// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright Locator.innerText() calls, not the DOM property
// The policy viewer (lazy chunks kelisim-viewer-<lang>.js): opened by a button, by the #privacy deep link,
// and inline on the school's privacy page; language switch; axe-core; print stylesheet.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, focusedInfo, type Harness, newPage, PAGES, POLICY, startHarness } from "./ui-support.ts";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const OPERATOR_KK = "«№ 1 жалпы білім беретін мектеп» КММ";
const OPERATOR_RU = "КГУ «Общеобразовательная школа № 1»";

/** Two or more English words in a row ("Accept all", "Who processes your data"). */
const ENGLISH_PHRASE = /\b[A-Za-z]{2,} [a-z]{2,}\b/;

// Words that are genuinely the same in Kazakh and Russian: the catalog's "Сайт" (website), and
// manifest names the school wrote identically for both languages.
const manifestJson = JSON.parse(
  readFileSync(resolve(REPO_ROOT, "test/fixtures/pages/ui/manifest.json"), "utf8"),
) as unknown;
const SAME_IN_KK_AND_RU = new Set<string>(["Сайт"]);
(function collect(value: unknown) {
  if (value === null || typeof value !== "object") return;
  const text = value as { kk?: unknown; ru?: unknown };
  if (typeof text.kk === "string" && text.kk === text.ru) SAME_IN_KK_AND_RU.add(text.kk);
  for (const child of Object.values(value)) collect(child);
})(manifestJson);

function englishLeftovers(text: string): string[] {
  return text.split("\n").filter((line) => ENGLISH_PHRASE.test(line));
}

test("the banner's policy link opens the viewer dialog, loaded only then; Escape returns focus", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}${PAGES}/basic.html`);
  await page.locator(BANNER).waitFor();
  // Nothing of the viewer on the banner path.
  expect(harness.server.requests.filter((r) => r.includes("kelisim-viewer")).length).toBe(0);
  await page.locator(`${BANNER} a[href="#privacy"]`).focus();
  await page.keyboard.press("Enter");
  await page.locator(`${POLICY} .kv`).waitFor();
  // Only the Kazakh chunk: a visitor downloads the language they read.
  expect(harness.server.requests.filter((r) => r.includes("/dist/widget/kelisim-viewer"))).toEqual([
    "/dist/widget/kelisim-viewer-kk.js",
  ]);
  const text = await page.locator(POLICY).innerText();
  for (const expected of [
    OPERATOR_KK,
    "privacy@school.example",
    "Сайтқа келуші",
    "Ресей",
    "Қайда шағымдануға болады",
  ]) {
    expect(text).toContain(expected);
  }
  expect((await focusedInfo(page)).inDialog).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await page.locator(POLICY).waitFor({ state: "detached" });
  await expect.poll(async () => (await focusedInfo(page)).tag).toBe("a");
  await context.close();
});

test("the #privacy deep link opens the viewer; closing it drops the hash", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}${PAGES}/basic.html#privacy`);
  await page.locator(`${POLICY} .kv`).waitFor();
  expect(await page.locator("dialog[open]").getAttribute("aria-labelledby")).toBe("kelisim-policy-title");
  await page.locator("dialog[open] .k-close").click();
  await page.locator(POLICY).waitFor({ state: "detached" });
  expect(await page.evaluate(() => location.hash)).toBe("");
  await context.close();
});

test("inline mode renders the whole policy in the page, axe-clean, with a print stylesheet", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}${PAGES}/privacy.html`);
  const inline = page.locator("[data-kelisim-policy] .kv");
  await inline.waitFor();
  const text = await inline.innerText();
  for (const expected of [OPERATOR_KK, "Сайттың жұмысы", "IP мекенжайы", "_ym_uid", "Яндекс Метрика"]) {
    expect(text).toContain(expected);
  }
  // Special/elevated markers and legal basis kinds come through describeManifest.
  expect(await page.locator("[data-kelisim-policy] .kv-basis-consent").count()).toBeGreaterThan(0);
  expect(await page.locator("[data-kelisim-policy] table").count()).toBeGreaterThan(0);
  // The banner is up too (first visit): accept so axe sees the page itself.
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: "print" });
  expect(
    await page.locator("[data-kelisim-policy] .k-langs").evaluate((e) => getComputedStyle(e).display),
  ).toBe("none");
  await context.close();
});

/** The computed styles that show whether the widget's stylesheet reached an element. */
function typography(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      color: style.color,
      backgroundColor: style.backgroundColor,
      borderRadius: style.borderRadius,
      minHeight: style.minHeight,
    };
  });
}

test("the inline viewer has the dialog's font and buttons, not the browser's defaults", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}${PAGES}/privacy.html`);
  await page.locator("[data-kelisim-policy] .kv").waitFor();
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  const inlineText = await typography(page.locator("[data-kelisim-policy] .kv-lead"));
  const inlineButton = await typography(page.locator('[data-kelisim-policy] button.k-lang[lang="ru"]'));
  // What the issue saw: the UA's serif and 13 px buttons.
  expect(inlineText.fontFamily).not.toContain("Times");
  expect(inlineText.fontFamily).toContain("system-ui");
  await page.evaluate(() => {
    location.hash = "#privacy";
  });
  await page.locator(`${POLICY} .kv`).waitFor();
  expect(await typography(page.locator(`${POLICY} .kv-lead`))).toEqual(inlineText);
  expect(await typography(page.locator('dialog[open] button.k-lang[lang="ru"]'))).toEqual(inlineButton);
  await context.close();
});

test("language switch changes every visible string, leaves no English in Kazakh, and is remembered", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}${PAGES}/basic.html`);
  await page.locator(BANNER).waitFor();
  const bannerLines = async () =>
    (await page.locator(`${BANNER}`).innerText())
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !["Қаз", "Рус", "Eng"].includes(line));
  const kkBanner = await bannerLines();
  expect(englishLeftovers(kkBanner.join("\n"))).toEqual([]);
  await page.locator(`${BANNER} button[lang="ru"]`).click();
  await expect.poll(async () => (await bannerLines()).join("\n")).toContain(OPERATOR_RU);
  const ruBanner = await bannerLines();
  expect(ruBanner.filter((line) => kkBanner.includes(line))).toEqual([]);

  await page.locator(`${BANNER} a[href="#privacy"]`).click();
  await page.locator(`${POLICY} .kv`).waitFor();
  const ruPolicy = await page.locator("dialog[open]").innerText();
  expect(ruPolicy).toContain(OPERATOR_RU);
  await page.locator('dialog[open] button[lang="en"]').click();
  await expect.poll(() => page.locator("dialog[open]").innerText()).toContain("Who processes your data");
  await page.locator('dialog[open] button[lang="kk"]').click();
  await expect.poll(() => page.locator("dialog[open]").innerText()).toContain(OPERATOR_KK);
  const kkPolicy = await page.locator("dialog[open]").innerText();
  expect(englishLeftovers(kkPolicy)).toEqual([]);
  // Every Russian line of the viewer changed (lines that are the same in every language — names,
  // e-mail addresses, cookie names — are excluded by comparing with the English rendering too).
  await page.locator('dialog[open] button[lang="en"]').click();
  await expect.poll(() => page.locator("dialog[open]").innerText()).toContain("Who processes your data");
  const enPolicy = (await page.locator("dialog[open]").innerText()).split("\n");
  const sameEverywhere = new Set(enPolicy.filter((line) => kkPolicy.split("\n").includes(line)));
  const unchanged = ruPolicy
    .split("\n")
    .filter((line) => kkPolicy.split("\n").includes(line) && !sameEverywhere.has(line))
    .filter((line) => line.trim() !== "" && !SAME_IN_KK_AND_RU.has(line));
  expect(unchanged).toEqual([]);

  // Remembered: a new page view comes up in the last language picked.
  await page.locator('dialog[open] button[lang="ru"]').click();
  expect(await page.evaluate(() => localStorage.getItem("kelisim.lang"))).toBe("ru");
  await page.goto(`${harness.server.origin}${PAGES}/basic.html`);
  await page.locator(BANNER).waitFor();
  expect(await page.locator(BANNER).innerText()).toContain(OPERATOR_RU);
  await context.close();
});
