// Every step in Kazakh (the default), on a phone (360×740) and a desktop (1280×800): axe-core finds
// nothing, nothing overflows sideways at 360 px, and a screenshot of each step is kept in
// test-results/studio/ for a person to look at.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { type StudioHarness, startStudio, watchErrors } from "./studio-support.ts";

const SHOTS = resolve(REPO_ROOT, "test-results/studio");
const SIZES = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => studio?.close());

for (const size of SIZES) {
  test(`each step at ${size.width}×${size.height} in kk: axe clean, no sideways scroll, screenshot`, async () => {
    const context = await studio.browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(studio.url);
    await page.locator("#step-heading").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("kk");
    const found: Record<string, unknown> = {};
    const check = async (step: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[step] = violations;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${step} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: resolve(SHOTS, `${size.name}-${step}.png`) });
    };
    await check("01-start-empty");
    await page.locator("button", { hasText: "Электронды күнделігі бар мектеп" }).click();
    for (let step = 1; step <= 10; step++) {
      await page.locator("nav.steps button", { hasText: `${step}.` }).click();
      await page.locator("#step-heading", { hasText: `${step}.` }).waitFor();
      await page.locator("#step-heading").evaluate((heading) => heading.scrollIntoView());
      await check(`${String(step).padStart(2, "0")}-${await page.evaluate(() => location.hash.slice(1))}`);
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });
}

test("each control's name says which field it is: per-language inputs and the two email fields", async () => {
  const context = await studio.browser.newContext();
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  await page.locator("#step-heading", { hasText: "2." }).waitFor();
  // Not just "Қазақша": the field's name comes first.
  const names = await page
    .locator(".text-field input, .text-field textarea")
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ""),
    );
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) expect(name).toMatch(/^.+: (Қазақша|Русский|English)$/);
  expect(await page.getByRole("textbox", { name: "Жауапты тұлғаның электрондық поштасы" }).count()).toBe(1);
  expect(await page.getByRole("textbox", { name: "Электрондық пошта", exact: true }).count()).toBe(1);
  await context.close();
});
