// Print from the policy viewer: Chromium's own PDF output (A4), read back with pdf.js. Page 1 holds the
// privacy label in the visitor's language; the full policy follows from page 2; the host page is not
// printed. A layout check before printing could not show this: only the PDF knows where pages break.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commonText } from "../../shared/i18n/common.ts";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import { describeLabel } from "../../shared/manifest/view-label.ts";
import { collapseSpaces, pdfPageTexts } from "../support/pdf-text.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, type Harness, newPage, POLICY, startHarness } from "./ui-support.ts";

const EXAMPLES_DIR = resolve(REPO_ROOT, "test/fixtures/manifests/examples");
const EXAMPLES = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""));
const HOST_PAGE_TEXT = "Мектеп жаңалықтары мен хабарландырулары";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  for (const name of EXAMPLES) {
    harness.server.route(`/print/${name}.html`, {
      body: `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>${name}</title></head><body><main><h1>${name}</h1>${`<p>${HOST_PAGE_TEXT}.</p>`.repeat(40)}</main><script src="/dist/widget/kelisim.js" data-manifest="/test/fixtures/manifests/examples/${name}.json" defer></script></body></html>`,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
});
afterAll(async () => harness?.close());

function manifestOf(name: string): PrivacyManifest {
  return JSON.parse(readFileSync(resolve(EXAMPLES_DIR, `${name}.json`), "utf8")) as PrivacyManifest;
}

function labelHeadings(manifest: PrivacyManifest, lang: Language): string[] {
  const { text } = describeLabel(manifest, lang);
  return [
    text.title,
    text.whose,
    text.what,
    text.why,
    text.recipients,
    text.where,
    text.howLong,
    text.youCan,
  ];
}

async function printedPages(name: string, lang: Language): Promise<string[]> {
  const { context, page } = await newPage(harness);
  await context.addInitScript((language) => localStorage.setItem("kelisim.lang", language), lang);
  await page.goto(`${harness.server.origin}/print/${name}.html`);
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  await page.evaluate(() => {
    location.hash = "#privacy";
  });
  await page.locator(`${POLICY}[lang="${lang}"] .kv-label`).waitFor();
  // The viewer's own print button, as a visitor would press it. window.print() is replaced by a probe
  // (headless Chromium would start a print job that blocks page.pdf); like print() on Android, it
  // returns before anything is printed, so the print styles must hold until "afterprint".
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute("data-print-called", "");
  });
  await page.locator("dialog[open] .k-print").click();
  expect(await page.locator("html[data-print-called]").count()).toBe(1);
  const pages = await pdfPageTexts(await page.pdf({ format: "A4", printBackground: true }));
  // Closing the dialog ends printing even where "afterprint" never came: the page prints whole again.
  await page.keyboard.press("Escape");
  await page.locator(POLICY).waitFor({ state: "detached" });
  expect(await page.locator("[data-kelisim-print]").count()).toBe(0);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  await context.close();
  return pages;
}

describe.each(EXAMPLES)("print %s", (name) => {
  for (const lang of ["kk", "ru"] as const) {
    test(`${lang}: page 1 of the A4 PDF is the label, the full policy follows, the host page is not printed`, async () => {
      const manifest = manifestOf(name);
      if (!manifest.languages.includes(lang)) return;
      const pages = await printedPages(name, lang);
      expect(pages.length).toBeGreaterThan(1);
      const [first = "", ...rest] = pages;
      for (const heading of labelHeadings(manifest, lang)) expect(first).toContain(collapseSpaces(heading));
      // The full policy starts on a page of its own, after the label.
      const operatorHeading = commonText("section.operator", lang);
      expect(first).not.toContain(operatorHeading);
      expect(rest.join(" ")).toContain(operatorHeading);
      // Only the viewer: the host page and the dialog's controls stay off paper, and take no pages.
      const all = pages.join(" ");
      expect(all).not.toContain(HOST_PAGE_TEXT);
      expect(all).not.toContain(lang === "kk" ? "Басып шығару" : "Печать");
      expect(pages.filter((text) => text === "")).toEqual([]);
    });
  }
});
