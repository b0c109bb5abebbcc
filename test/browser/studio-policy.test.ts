// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright Locator.innerText() calls, not the DOM property
// Start from the school's policy text: the extractor's items are shown with their sentence, the
// webmaster unticks one, and the draft is built without it. A text that is not a policy is refused.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { checkManifest } from "../../shared/manifest/validate.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { exportManifest, type StudioHarness, startStudio, watchErrors } from "./studio-support.ts";

const POLICY = readFileSync(resolve(REPO_ROOT, "test/fixtures/policies/gymnasium-kk.txt"), "utf8");

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

test("a Kazakh policy becomes a draft of the items kept; an unticked item is left out", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(studio.url);
  await page.locator("label", { hasText: "Саясат мәтіні" }).click();
  await page.keyboard.insertText(POLICY);
  await page.locator("button", { hasText: "Саясатты оқу" }).click();
  const evidence = page.locator('[data-testid="policy-evidence"]');
  await evidence.waitFor();
  expect(await evidence.locator("[role=status]").innerText()).toMatch(/^\d+ тармақ табылды/);
  // Each item quotes its sentence with the matched words marked.
  expect(await evidence.locator("li mark").count()).toBeGreaterThan(5);
  // Around its match, not the whole sentence again under every item it yields.
  const quotes = await evidence
    .locator("li q:has(mark)")
    .evaluateAll((qs) =>
      qs.map((q) => [q.textContent?.length ?? 0, q.querySelector("mark")?.textContent?.length ?? 0]),
    );
  for (const [whole = 0, marked = 0] of quotes) expect(whole).toBeLessThanOrEqual(marked + 2 * 60 + 2);

  // Untick the first data item, whatever it is, and remember its label.
  const dataItem = evidence
    .locator("li", { has: page.locator(".evidence-field", { hasText: "Деректер:" }) })
    .first();
  const label = (await dataItem.locator("label").innerText()).replace(/^Деректер:\s*/, "").trim();
  await dataItem.locator('input[type="checkbox"]').uncheck();
  await page.locator("button", { hasText: "Белгіленген тармақтардан жоба жасау" }).click();
  await page.locator("#step-heading", { hasText: "2." }).waitFor();

  const manifest = (await exportManifest(page)) as PrivacyManifest;
  expect(checkManifest(manifest).errors).toEqual([]);
  const data = new Set(manifest.activities.flatMap((activity) => activity.data));
  expect(data.size).toBeGreaterThan(3);
  // The unticked category is not declared (the data step names it by its kk label).
  await page.locator("nav.steps button", { hasText: "4." }).click();
  const checkedLabels = await page
    .locator('.data-picker input[type="checkbox"]:checked + label')
    .evaluateAll((labels) => labels.map((l) => (l.firstChild?.textContent ?? "").trim()));
  expect(checkedLabels).not.toContain(label);
  expect(checkedLabels.length).toBeGreaterThan(3);
  expect(errors).toEqual([]);
  await context.close();
});

test("a text that is not a privacy policy is refused, and nothing is created", async () => {
  const context = await studio.browser.newContext();
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("label", { hasText: "Саясат мәтіні" }).click();
  await page.keyboard.insertText(
    "Ертең мектепте ата-аналар жиналысы болады. Барлығын шақырамыз! Сағат 18:00-де.",
  );
  await page.locator("button", { hasText: "Саясатты оқу" }).click();
  const alert = page.locator("section [role=alert]", { hasText: "саясатына ұқсамайды" });
  await alert.waitFor();
  expect(await page.locator('[data-testid="policy-evidence"]').count()).toBe(0);
  expect(await page.locator(".drafts li").count()).toBe(0);
  await context.close();
});

test("what the text does not say (legal basis, retention) is told where the draft opens, to be checked", async () => {
  const context = await studio.browser.newContext();
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("label", { hasText: "Саясат мәтіні" }).click();
  await page.keyboard.insertText(
    "Дербес деректерді қорғау саясаты\n1. Мектеп оқушылардың дербес деректерін жинайды және өңдейді: тегі, аты, туған күні, ЖСН, " +
      "ата-анасының телефон нөмірі.\n2. Деректер оқу процесін ұйымдастыру және электрондық журналды жүргізу мақсатында өңделеді." +
      "\n3. Жауапты тұлға: директордың орынбасары Серікова А. Б., тел. +7 727 000 00 01, e-mail: mektep1@edu.kz.",
  );
  await page.locator("button", { hasText: "Саясатты оқу" }).click();
  await page.locator('[data-testid="policy-evidence"]').waitFor();
  // Each operator detail says which one it is; the named responsible person is among them.
  const evidence = (await page.locator('[data-testid="policy-evidence"]').textContent()) ?? "";
  expect(evidence).toContain("жауапты тұлға — Серікова А. Б.");
  expect(evidence).toContain("жауапты тұлғаның эл. поштасы — mektep1@edu.kz");
  await page.locator("button", { hasText: "Белгіленген тармақтардан жоба жасау" }).click();
  await page.locator("#step-heading", { hasText: "2." }).waitFor();
  const notice = page.locator('[data-testid="step-notice"][role="status"]');
  expect(await notice.textContent()).toMatch(/Саясат мәтінінде бұл жоқ.*сақтау мерзімі/);
  await context.close();
});

test("a text over the limit is refused, and what was found in the text before it is cleared", async () => {
  const context = await studio.browser.newContext();
  const page = await context.newPage();
  await page.goto(studio.url);
  const forId = await page.locator("label", { hasText: "Саясат мәтіні" }).first().getAttribute("for");
  const field = page.locator(`[id="${forId}"]`);
  await field.fill(POLICY);
  await page.locator("button", { hasText: "Саясатты оқу" }).click();
  const evidence = page.locator('[data-testid="policy-evidence"]');
  await evidence.waitFor();
  // Half a megabyte, set at once (typing or fill() would take minutes).
  await field.evaluate(
    (element, big) => {
      (element as HTMLTextAreaElement).value = big;
      element.dispatchEvent(new Event("input", { bubbles: true }));
    },
    POLICY.repeat(Math.ceil(510_000 / POLICY.length)),
  );
  await page.locator("button", { hasText: "Саясатты оқу" }).click();
  await page.locator("section [role=alert]").waitFor();
  expect(await evidence.count()).toBe(0);
  expect(await page.locator("button", { hasText: "Белгіленген тармақтардан жоба жасау" }).count()).toBe(0);
  await context.close();
});
