// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright Locator.innerText() calls, not the DOM property
// Keyboard only, from a blank draft: the small school site (visitors; necessary + ip + analytics;
// Yandex Metrica and a YouTube embed; storage in Kazakhstan). Focus moves with Tab, controls are
// used with Space, Enter and typing. The exported manifest must validate with zero errors, keep
// every field each step set, and the preview's banner (the real widget) must name the operator and
// the categories.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { checkManifest } from "../../shared/manifest/validate.ts";
import {
  downloadedText,
  PREVIEW_BANNER,
  type StudioHarness,
  startStudio,
  tabTo,
  watchErrors,
} from "./studio-support.ts";

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

const NEXT = { text: "Келесі:" };

async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

async function check(page: Page, selector: string) {
  await tabTo(page, selector);
  await page.keyboard.press("Space");
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
}

async function next(page: Page, heading: string) {
  await tabTo(page, NEXT);
  await page.keyboard.press("Enter");
  // The step heading takes focus, so the next Tab starts at the top of the new step.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-heading");
  expect(await page.locator("#step-heading").innerText()).toContain(heading);
}

test("a blank draft becomes the small school site's manifest with the keyboard alone", async () => {
  const context = await studio.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(studio.url);
  await page.locator("#step-heading").waitFor();

  // 1. Start: a blank draft.
  await tabTo(page, { text: "Бос жоба" });
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-heading");

  // 2. Operator and contacts.
  await typeInto(page, '[data-path="/operator/name/kk"]', "«№ 7 мектеп-гимназия» КММ");
  await typeInto(page, '[data-path="/operator/name/ru"]', "КГУ «Школа-гимназия № 7»");
  await typeInto(page, '[data-path="/operator/bin"]', "123456789012");
  await typeInto(page, '[data-path="/operator/email"]', "info@gymnasium7.kz");
  await typeInto(page, '[data-path="/responsiblePerson/email"]', "privacy@gymnasium7.kz");
  await next(page, "Кімнің деректері");

  // 3. Whose data: website visitors.
  await check(page, '[data-path="/audiences/website-visitor"]');
  await next(page, "Қандай деректер");

  // 4. What data: one activity for the website.
  await tabTo(page, { text: "Өңдеу түрін қосу" });
  await page.keyboard.press("Enter");
  // The new item's first field takes focus (it appears above the button).
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest("[data-path]")?.getAttribute("data-path")),
    )
    .toBe("/activities/0/title/kk");
  await page.keyboard.type("Сайттың жұмысы және статистика");
  await typeInto(page, '[data-path="/activities/0/title/ru"]', "Работа сайта и статистика");
  await check(page, '[data-path="/activities/0/data/ip-address"]');
  await check(page, '[data-path="/activities/0/data/cookie-identifiers"]');
  await check(page, '[data-path="/activities/0/data/browsing-behaviour"]');
  await next(page, "Не үшін");

  // 5. Why and on what basis.
  await check(page, '[data-path="/activities/0/purposes/website-operation"]');
  await check(page, '[data-path="/activities/0/purposes/analytics-service-improvement"]');
  await check(page, '[data-path="/activities/0/legalBasis/consent"]');
  await next(page, "Алушылар");

  // 6. Storage in Kazakhstan (a new storage place starts as KZ), linked to the activity; one year.
  await tabTo(page, { text: "Сақтау орнын қосу" });
  await page.keyboard.press("Enter");
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest("fieldset.item")?.getAttribute("data-path")),
    )
    .toBe("/storage/0");
  await check(page, '[data-path="/activities/0/storage/storage-1"]');
  await tabTo(page, '[data-path="/activities/0/retention/kind"]');
  // The rule starts at "until the purpose is reached"; one step up is "a fixed period".
  await page.keyboard.press("ArrowUp");
  await tabTo(page, '[data-path="/activities/0/retention/duration"] input');
  await page.keyboard.type("1");
  await next(page, "Құқықтар");

  // 7. Rights.
  await check(page, '[data-path="/rights/right-to-withdraw-consent"]');
  await check(page, '[data-path="/rights/right-to-know-access"]');
  await next(page, "Cookie");

  // 8. Known services: Yandex Metrica (analytics) and a YouTube embed (ip).
  await tabTo(page, '[data-service="yandex-metrica"] button');
  await page.keyboard.press("Enter");
  // Added: the button says so and keeps focus (a disabled one would drop it to the page's start).
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.matches('[data-service="yandex-metrica"] button[aria-disabled="true"]'),
      ),
    )
    .toBe(true);
  await tabTo(page, '[data-service="youtube-embed"] button');
  await page.keyboard.press("Enter");
  await next(page, "Келісім санаттары");

  // 9. Consent categories: write our own (necessary, ip, analytics), with a Kazakh label for analytics.
  await tabTo(page, { text: "Өз мәтіндеріңізді жазу" });
  await page.keyboard.press("Enter");
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest('[data-path="/consent/categories/0"]') !== null),
    )
    .toBe(true);
  await typeInto(page, '[data-path="/consent/categories/2/label/kk"]', "Сайт статистикасы");
  await next(page, "Тексеру");

  // 10. Review: valid, then download the manifest.
  expect(await page.locator('[data-testid="review-summary"]').innerText()).toContain("Декларация дұрыс");
  await tabTo(page, { text: "privacy-manifest.json" });
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const manifest = JSON.parse(await downloadedText(download)) as PrivacyManifest;

  const result = checkManifest(manifest);
  expect(result.errors).toEqual([]);
  // Every step's fields are in the export.
  expect(manifest.operator).toMatchObject({
    name: { kk: "«№ 7 мектеп-гимназия» КММ", ru: "КГУ «Школа-гимназия № 7»" },
    bin: "123456789012",
    email: "info@gymnasium7.kz",
    country: "KZ",
  });
  expect(manifest.responsiblePerson).toEqual({ email: "privacy@gymnasium7.kz" });
  expect(manifest.audiences).toEqual([{ id: "website-visitor" }]);
  const [activity] = manifest.activities;
  expect(activity).toMatchObject({
    title: { kk: "Сайттың жұмысы және статистика", ru: "Работа сайта и статистика" },
    audiences: ["website-visitor"],
    data: ["ip-address", "cookie-identifiers", "browsing-behaviour"],
    purposes: ["website-operation", "analytics-service-improvement"],
    legalBasis: ["consent"],
    storage: ["storage-1"],
    retention: { kind: "fixed", duration: "P1Y" },
  });
  expect(manifest.storage).toEqual([{ id: "storage-1", country: "KZ", kind: "primary" }]);
  expect(manifest.rights?.map((right) => right.id)).toEqual([
    "right-to-withdraw-consent",
    "right-to-know-access",
  ]);
  const tech = manifest.technologies ?? [];
  expect(tech.find((t) => t.id === "yandex-metrica")).toMatchObject({
    kind: "script",
    category: "analytics",
    country: "RU",
  });
  expect(tech.find((t) => t.name === "_ym_uid")).toMatchObject({ kind: "cookie", maxAgeSeconds: 31536000 });
  expect(tech.find((t) => t.id === "youtube-embed")).toMatchObject({ kind: "iframe", category: "ip" });
  expect(manifest.recipients?.map((r) => r.country)).toEqual(["RU", "US"]);
  expect(manifest.transfers?.map((t) => t.toCountry)).toEqual(["RU", "US"]);
  expect(manifest.consent?.categories?.map((c) => c.id)).toEqual(["necessary", "ip", "analytics"]);
  expect(manifest.consent?.categories?.[2]?.label).toEqual({ kk: "Сайт статистикасы" });

  // The preview is the real widget, drawn from the draft: its banner names the operator and categories.
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  const banner = frame.locator(PREVIEW_BANNER);
  await banner.waitFor();
  const text = await banner.innerText();
  expect(text).toContain("«№ 7 мектеп-гимназия» КММ");
  expect(text).toContain("Сайт статистикасы");
  expect(errors).toEqual([]);
  await context.close();
});
