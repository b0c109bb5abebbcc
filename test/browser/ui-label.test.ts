// The privacy label in the widget's viewer (issue #16), dialog and inline, on a 360×740 phone: first
// section of the viewer; for each of the six example manifests (copies in
// test/fixtures/manifests/examples) in kk and ru the audience switch, the data groups and the
// where-stored row are inside the first viewport with no sideways scroll; the project's font (≥ 16 px
// for the label's text) in every shadow root; the switch and the groups by keyboard; the consent
// action opens the preferences; axe-clean. Screenshots go to test-results/screenshots/.
import { mkdirSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, type Harness, newPage, POLICY, PREFS, startHarness } from "./ui-support.ts";

const WIDTH = 360;
const HEIGHT = 740;
const EXAMPLES = readdirSync(resolve(REPO_ROOT, "test/fixtures/manifests/examples"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""));
const OUT = resolve(REPO_ROOT, "test-results/screenshots");

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(OUT, { recursive: true });
  const html = { "content-type": "text/html; charset=utf-8" };
  for (const name of EXAMPLES) {
    const page = (body: string) =>
      `<!doctype html><html lang="kk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title></head><body><main><h1>${name}</h1>${body}</main><script src="/dist/widget/kelisim.js" data-manifest="/test/fixtures/manifests/examples/${name}.json" defer></script></body></html>`;
    harness.server.route(`/label/${name}.html`, { body: page("<p>Мектеп</p>"), headers: html });
    harness.server.route(`/label/${name}-inline.html`, {
      body: page("<div data-kelisim-policy></div>"),
      headers: html,
    });
  }
});
afterAll(async () => harness?.close());

async function phone(lang: "kk" | "ru" | "en"): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await newPage(harness, { width: WIDTH, height: HEIGHT });
  // The visitor's remembered language (as the language switch stores it).
  await context.addInitScript((language) => localStorage.setItem("kelisim.lang", language), lang);
  return { page, close: () => context.close() };
}

async function answerBanner(page: Page): Promise<void> {
  // The first-visit banner covers the bottom of the screen; the visitor answers it first.
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  await page.locator(BANNER).waitFor({ state: "hidden" });
}

async function openDialog(page: Page, name: string): Promise<void> {
  await page.goto(`${harness.server.origin}/label/${name}.html`);
  await answerBanner(page);
  await page.evaluate(() => {
    location.hash = "#privacy";
  });
  await page.locator(`${POLICY} .kv-label`).waitFor();
}

async function openInline(page: Page, name: string): Promise<void> {
  await page.goto(`${harness.server.origin}/label/${name}-inline.html`);
  await page.locator("[data-kelisim-policy] .kv-label").waitFor();
  await answerBanner(page);
}

/** Where the label's parts end (viewport px, nothing scrolled) and what sticks out sideways. */
function measure(page: Page, root: string) {
  return page.locator(root).evaluate((host) => {
    // An inline block is the host of its own shadow root.
    const container = host.shadowRoot ?? host;
    const bottom = (selector: string) =>
      container.querySelector(selector)?.getBoundingClientRect().bottom ?? null;
    const width = document.documentElement.clientWidth;
    const kv = container.querySelector(".kv");
    return {
      first: kv?.firstElementChild?.classList.contains("kv-label") ?? false,
      switch: bottom(".kv-label .kv-switch"),
      groups: bottom(".kv-label .kv-group:last-of-type"),
      // The rows: what data, then where it is stored.
      where: bottom(".kv-label dl > .kv-row:nth-child(2)"),
      overflowing: [...container.querySelectorAll(".kv-label *")]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 1 || box.left < -1);
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      pageScrollWidth: document.documentElement.scrollWidth,
    };
  });
}

function expectFirstScreen(box: Awaited<ReturnType<typeof measure>>) {
  expect(box.first).toBe(true);
  for (const part of ["switch", "groups", "where"] as const) {
    expect(box[part], part).not.toBeNull();
    expect(box[part] ?? Number.POSITIVE_INFINITY, part).toBeLessThanOrEqual(HEIGHT);
  }
  expect(box.overflowing).toEqual([]);
  expect(box.pageScrollWidth).toBeLessThanOrEqual(WIDTH);
}

describe.each(EXAMPLES)("%s on a phone", (name) => {
  test.each(["kk", "ru"] as const)(
    "dialog: the label's first rows fit the first screen (%s)",
    async (lang) => {
      const { page, close } = await phone(lang);
      await openDialog(page, name);
      if (lang === "kk") await page.screenshot({ path: `${OUT}/label-viewer-${name}-kk-360x740.png` });
      expectFirstScreen(await measure(page, "dialog[open]"));
      await close();
    },
  );

  test.each(["kk", "ru"] as const)(
    "inline: the label's first rows fit the first screen (%s)",
    async (lang) => {
      const { page, close } = await phone(lang);
      await openInline(page, name);
      expectFirstScreen(await measure(page, "[data-kelisim-policy]"));
      await close();
    },
  );
});

test("every text node of the widget's shadow roots has the project's font; the label's text is ≥ 16 px", async () => {
  const { page, close } = await phone("kk");
  await openInline(page, "kundelik");
  await page.evaluate(() => {
    location.hash = "#privacy";
  });
  await page.locator(`${POLICY} .kv-label`).waitFor();
  const offenders = await page.evaluate(() => {
    const found: string[] = [];
    const roots = [...document.querySelectorAll("*")].flatMap((element) =>
      element.shadowRoot === null ? [] : [element.shadowRoot],
    );
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || (node.textContent ?? "").trim() === "" || parent.closest("style")) continue;
        const style = getComputedStyle(parent);
        const inLabelText =
          parent.closest(".kv-label dd, .kv-label legend") !== null &&
          !parent.closest(".kv-badge, .kv-muted");
        if (
          !style.fontFamily.startsWith("system-ui") ||
          (inLabelText && Number.parseFloat(style.fontSize) < 16)
        ) {
          found.push(`${parent.tagName}.${parent.className}: ${style.fontFamily} ${style.fontSize}`);
        }
      }
    }
    return [roots.length, found] as const;
  });
  expect(offenders[0]).toBeGreaterThanOrEqual(2);
  expect(offenders[1]).toEqual([]);
  await close();
});

test("the audience switch works with the arrow keys, a data group opens with Enter, axe-clean", async () => {
  const { page, close } = await phone("en");
  await openDialog(page, "kundelik");
  const audience = page.locator(`${POLICY} .kv-switch select`);
  // Pupils first: the children's audience is the default, marked as minors.
  expect(await audience.inputValue()).toBe("student");
  expect(await audience.locator("option:checked").textContent()).toBe("Student / pupil · Minors");
  const region = page.getByRole("region", { name: "Your data at a glance" });
  expect(await region.count()).toBe(1);
  const groupsBefore = await page.locator(`${POLICY} .kv-group`).allTextContents();
  await audience.focus();
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => audience.inputValue()).toBe("legal-representative");
  await expect.poll(() => page.locator(`${POLICY} .kv-group`).allTextContents()).not.toEqual(groupsBefore);
  const summary = page.locator(`${POLICY} .kv-group summary`).first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(`${POLICY} .kv-group`).first().getAttribute("open")).not.toBeNull();
  expect(await axeViolations(page)).toEqual([]);
  await close();
});

test("the label's consent action opens the preferences; silence reads 'Not stated'", async () => {
  const { page, close } = await phone("en");
  await openDialog(page, "tamos-education");
  // tamos-education names no storage location: said in words.
  expect(await page.locator(`${POLICY} .kv-label dl > .kv-row:nth-child(2)`).textContent()).toContain(
    "The storage location is not stated",
  );
  await page
    .locator(`${POLICY} .kv-label`)
    .getByRole("button", { name: "Change or withdraw your consent" })
    .click();
  await page.locator(PREFS).waitFor();
  await close();
});
