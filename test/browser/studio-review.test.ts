// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright Locator.innerText() calls, not the DOM property
// Review and publish: validator errors (and required texts left empty) are listed with their kk
// message, each links to its step and focuses its field; privacy.html is offered only for a valid
// declaration and is a static page without scripts; the snippet carries the chosen options.
import { afterAll, beforeAll, expect, test } from "vitest";
import { downloadedText, type StudioHarness, startStudio, watchErrors } from "./studio-support.ts";

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

test("errors link to their field; privacy.html and the snippet once the declaration is valid", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  await page.locator('[data-path="/operator/bin"]').fill("12345");
  await page.locator("nav.steps button", { hasText: "10." }).click();

  const summary = page.locator('[data-testid="review-summary"]');
  expect(await summary.innerText()).toContain("2 қатені түзету керек");
  const issues = page.locator(".issues.error li");
  expect(await issues.nth(0).innerText()).toContain("Ұйымның атауы толтырылмаған");
  expect(await issues.nth(1).innerText()).toContain("/operator/bin");
  expect(await page.locator("button", { hasText: "privacy.html" }).isDisabled()).toBe(true);

  // "Go to" the BIN error: the operator step opens with the BIN field focused.
  await issues.nth(1).locator("button").click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path")))
    .toBe("/operator/bin");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("123456789012");
  await page.locator("nav.steps button", { hasText: "10." }).click();
  await page.locator(".issues.error li button").first().click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path")))
    .toBe("/operator/name/kk");
  await page.keyboard.type("«Болашақ» мектебі");
  await page.locator('[data-path="/operator/name/ru"]').fill("Школа «Болашак»");
  await page.locator("nav.steps button", { hasText: "10." }).click();
  expect(await summary.innerText()).toContain("Декларация дұрыс");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("button", { hasText: "privacy.html" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("privacy.html");
  const html = await downloadedText(download);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('<section class="k-lang" id="kk" lang="kk"');
  expect(html).toContain('<section class="k-lang" id="ru" lang="ru"');
  expect(html).toContain("«Болашақ» мектебі");
  expect(html).toContain("Школа «Болашак»");
  // It renders on its own, without JavaScript, and reads as a policy.
  const offline = await studio.browser.newContext({ javaScriptEnabled: false });
  const view = await offline.newPage();
  await view.setContent(html);
  expect(await view.locator("h1").first().innerText()).toContain("Дербес деректер туралы саясат");
  expect(await view.locator("#ru").innerText()).toContain("Работа сайта");
  await view.setViewportSize({ width: 900, height: 1200 });
  await view.screenshot({ path: "test-results/studio/privacy-html.png" });
  await offline.close();

  await page.getByLabel("Тілі", { exact: true }).first().selectOption("ru");
  await page.getByLabel("Баннердің орны").selectOption("bottom-left");
  expect(await page.locator('[data-testid="snippet"]').inputValue()).toBe(
    '<script src="/kelisim/kelisim.js" data-manifest="/.well-known/privacy-manifest.json" data-lang="ru" data-position="bottom-left" defer></script>',
  );
  expect(errors).toEqual([]);
  await context.close();
});

test("the studio itself sends nothing anywhere: every request is for its own files", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Электронды күнделігі бар мектеп" }).click();
  for (let step = 2; step <= 10; step++)
    await page.locator("nav.steps button", { hasText: `${step}.` }).click();
  await page.locator('[data-testid="review-summary"]').waitFor();
  const foreign = urls.filter(
    (url) => !url.startsWith(`${studio.server.origin}/dist/studio/`) && !url.startsWith("data:"),
  );
  expect(foreign).toEqual([]);
  await context.close();
});
