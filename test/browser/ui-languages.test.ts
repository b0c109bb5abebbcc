// Which languages the widget offers: the manifest's own, for the `data-lang` attribute and the
// language switches alike (README, "Languages"). A language the manifest does not declare is not
// offered, and asking for it by `data-lang` or the API is reported once in the console.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Language } from "../../shared/manifest/types.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, type Harness, newPage, POLICY, readFixtureManifest, startHarness } from "./ui-support.ts";

let harness: Harness;
const html = { "content-type": "text/html; charset=utf-8" };
const json = { "content-type": "application/json" };

/** The fixture manifest declaring only `languages` (texts in other languages dropped). */
function manifestIn(languages: Language[]): string {
  const manifest = readFixtureManifest();
  manifest.languages = languages;
  manifest.defaultLanguage = languages[0] ?? "kk";
  const keep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(keep);
    if (value === null || typeof value !== "object") return value;
    const entries = Object.entries(value);
    const isText =
      entries.length > 0 && entries.every(([key]) => key === "kk" || key === "ru" || key === "en");
    return Object.fromEntries(
      entries
        .filter(([key]) => !isText || (languages as string[]).includes(key))
        .map(([key, inner]) => [key, keep(inner)]),
    );
  };
  return JSON.stringify(keep(manifest));
}

function page(manifestPath: string, lang: string | null): string {
  const attribute = lang === null ? "" : ` data-lang="${lang}"`;
  return readFileSync(resolve(REPO_ROOT, "test/fixtures/pages/ui/basic.html"), "utf8").replace(
    'data-manifest="/test/fixtures/pages/ui/manifest.json"',
    `data-manifest="${manifestPath}"${attribute}`,
  );
}

beforeAll(async () => {
  harness = await startHarness();
  harness.server.route("/__kk-ru.json", { body: manifestIn(["kk", "ru"]), headers: json });
  harness.server.route("/__kk.json", { body: manifestIn(["kk"]), headers: json });
  harness.server.route("/en-asked.html", { body: page("/__kk-ru.json", "en"), headers: html });
  harness.server.route("/ru-asked.html", { body: page("/__kk-ru.json", "ru"), headers: html });
  harness.server.route("/kk-only.html", { body: page("/__kk.json", null), headers: html });
});
afterAll(async () => harness?.close());

/** The short names of the language buttons a visitor can see in `selector`. */
function visibleLanguages(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} .k-lang[lang]:visible`).allInnerTexts();
}

function kelisimWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" && message.text().includes("[kelisim]")) warnings.push(message.text());
  });
  return warnings;
}

test('data-lang="en" on a kk/ru manifest: the banner stays in the manifest\'s language, offers only kk and ru, and says why once', async () => {
  const { context, page } = await newPage(harness, { locale: "en-US" });
  const warnings = kelisimWarnings(page);
  await page.goto(`${harness.server.origin}/en-asked.html`);
  const banner = page.locator(BANNER);
  await banner.waitFor();
  expect(await visibleLanguages(page, BANNER)).toEqual(["Қаз", "Рус"]);
  expect(await banner.getAttribute("lang")).toBe("kk");
  await page.evaluate(() => (window as unknown as { Kelisim: { ready: Promise<unknown> } }).Kelisim.ready);
  expect(await banner.getAttribute("lang")).toBe("kk");
  expect(await visibleLanguages(page, BANNER)).toEqual(["Қаз", "Рус"]);
  // The policy dialog's switch offers the same two.
  await page.evaluate(() => {
    location.hash = "#privacy";
  });
  await page.locator(POLICY).waitFor();
  expect(await visibleLanguages(page, "dialog[open]")).toEqual(["Қаз", "Рус"]);
  expect(warnings.filter((text) => text.includes('"en"'))).toHaveLength(1);
  await context.close();
});

test('data-lang="ru" on the same manifest is honoured, without a warning', async () => {
  const { context, page } = await newPage(harness);
  const warnings = kelisimWarnings(page);
  await page.goto(`${harness.server.origin}/ru-asked.html`);
  const banner = page.locator(BANNER);
  await banner.waitFor();
  expect(await banner.getAttribute("lang")).toBe("ru");
  await page.evaluate(() => (window as unknown as { Kelisim: { ready: Promise<unknown> } }).Kelisim.ready);
  expect(warnings).toEqual([]);
  await context.close();
});

test("a visitor's English pick saved on another page is not applied to a kk/ru manifest", async () => {
  const { context, page } = await newPage(harness);
  await page.addInitScript(() => localStorage.setItem("kelisim.lang", "en"));
  await page.goto(`${harness.server.origin}/ru-asked.html`);
  await page.locator(BANNER).waitFor();
  await page.evaluate(() => (window as unknown as { Kelisim: { ready: Promise<unknown> } }).Kelisim.ready);
  await page.evaluate(() => {
    location.hash = "#privacy";
  });
  const policy = page.locator(POLICY);
  await policy.waitFor();
  expect(await policy.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("ru");
  expect(await visibleLanguages(page, "dialog[open]")).toEqual(["Қаз", "Рус"]);
  await context.close();
});

test("a manifest in one language shows no language switch at all", async () => {
  const { context, page } = await newPage(harness, { locale: "ru-RU" });
  await page.goto(`${harness.server.origin}/kk-only.html`);
  const banner = page.locator(BANNER);
  await banner.waitFor();
  expect(await banner.getAttribute("lang")).toBe("kk");
  expect(await visibleLanguages(page, BANNER)).toEqual([]);
  await context.close();
});
