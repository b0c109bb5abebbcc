// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright Locator.innerText() calls, not the DOM property
// Import → export through the studio gives back each example manifest (canonical JSON equal), and a
// bad file is refused with a message saying what is wrong while the draft being edited stays as it was.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { canonicalize } from "../../shared/manifest/canonical.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { exportManifest, type StudioHarness, startStudio, watchErrors } from "./studio-support.ts";

const EXAMPLES = resolve(REPO_ROOT, "shared/examples");
const examples = readdirSync(EXAMPLES).filter((file) => file.endsWith(".json"));

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
}

test("the six examples: import, export, canonical JSON equal", async () => {
  expect(examples).toHaveLength(6);
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(studio.url);
  for (const file of examples) {
    const text = readFileSync(resolve(EXAMPLES, file), "utf8");
    await importFile(page, file, text);
    await expect.poll(() => page.locator("#step-heading").innerText()).toContain("2.");
    // The import's result is said where the person lands (a status), and goes once they move on.
    const notice = page.locator('[data-testid="step-notice"][role="status"]');
    expect(await notice.innerText(), file).toMatch(/Жүктелді\. Тексеру \d+ қате және \d+ ескерту тапты/);
    // Walk through every step so each one renders the imported draft (a step that rewrote a field
    // on display would show up in the export).
    for (let step = 2; step <= 9; step++) {
      await page.locator("nav.steps button", { hasText: `${step}.` }).click();
      await page.locator("#step-heading", { hasText: `${step}.` }).waitFor();
    }
    expect(await notice.count()).toBe(0);
    const exported = await exportManifest(page);
    expect(canonicalize(exported), file).toBe(canonicalize(JSON.parse(text)));
  }
  expect(errors).toEqual([]);
  await context.close();
});

test("bad files are refused with the reason, and the open draft is unchanged", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  await page.locator("#step-heading", { hasText: "2." }).waitFor();
  await page.locator('[data-path="/operator/name/kk"]').fill("Тексеру мектебі");
  const before = canonicalize(await exportManifest(page));
  const draftsBefore = await page
    .locator("nav.steps button", { hasText: "1." })
    .click()
    .then(() => page.locator(".drafts li").count());

  const valid = JSON.parse(readFileSync(resolve(EXAMPLES, "small-school-site.json"), "utf8"));
  const cases: [string, string | Buffer, RegExp][] = [
    [
      "not-json.json",
      '{"schemaVersion": 1, "operator": ',
      /JSON емес: JSON синтаксис қатесі: 1-жол, \d+-баған/,
    ],
    ["array.json", "[1, 2, 3]", /құпиялылық декларациясы емес/],
    ["other.json", '{"name": "package", "version": "1.0.0"}', /schemaVersion жоқ/],
    ["future.json", JSON.stringify({ ...valid, schemaVersion: 2 }), /2-пішімге арналған/],
    ["huge.json", Buffer.alloc(600 * 1024, 0x20), /600 КиБ.*512 КиБ/],
    // A field of the wrong type has no form in the studio (it broke the Rights step before).
    ["rights-number.json", JSON.stringify({ ...valid, rights: 5 }), /түрі қате өрістер бар.*\/rights/],
  ];
  for (const [name, content, message] of cases) {
    await importFile(page, name, content);
    const alert = page.locator('[data-testid="import-message"][role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText(), name).toMatch(message);
    expect(await alert.innerText(), name).toContain("Ештеңе өзгерген жоқ");
    // Still on the start step, the same number of drafts, and the open draft is what it was.
    expect(await page.locator("#step-heading").innerText()).toContain("1.");
    expect(await page.locator(".drafts li").count()).toBe(draftsBefore);
    expect(canonicalize(await exportManifest(page)), name).toBe(before);
    await page.locator("nav.steps button", { hasText: "1." }).click();
  }
  await context.close();
});

test("an imported data category that is not in the taxonomy is shown, reached from the review, and can be unticked", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(studio.url);
  const valid = JSON.parse(readFileSync(resolve(EXAMPLES, "small-school-site.json"), "utf8"));
  valid.activities[0].data.push("x-old-category-id");
  await importFile(page, "typo.json", JSON.stringify(valid));
  await page.locator("#step-heading", { hasText: "2." }).waitFor();
  await page.locator("nav.steps button", { hasText: "10." }).click();
  const go = page.locator(".issues.error li", { hasText: "/activities/0/data/" }).locator("button");
  await go.first().click();
  await page.locator("#step-heading", { hasText: "4." }).waitFor();
  const box = page.locator('[data-path="/activities/0/data/x-old-category-id"]');
  await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
  // Unticked, an id the taxonomy does not know is gone from the picker (nothing to tick it again by).
  await page.keyboard.press("Space");
  await expect.poll(() => box.count()).toBe(0);
  const manifest = (await exportManifest(page)) as { activities: { data: string[] }[] };
  expect(manifest.activities[0]?.data).not.toContain("x-old-category-id");
  await context.close();
});
