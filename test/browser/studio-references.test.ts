// References between the studio's lists stay whole: a known service added again after its
// technologies were removed reuses the recipient and transfer it declared (no "yandex-metrica-2"),
// and a recipient's id changed in the Sharing step is changed in the activities that name it.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { checkManifest } from "../../shared/manifest/validate.ts";
import { exportManifest, type StudioHarness, startStudio } from "./studio-support.ts";

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

test("a service removed and added again, and a recipient renamed: no duplicates, no dangling ids", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  await page.locator('[data-path="/operator/name/kk"]').fill("№ 3 мектеп");

  const metrica = page.locator('[data-service="yandex-metrica"] button');
  await page.locator("nav.steps button", { hasText: "8." }).click();
  await metrica.click();
  // Remove every technology the service added, then add it again.
  const removeMetrica = page
    .locator('section[data-path="/technologies"] > fieldset.item')
    .filter({ has: page.locator("legend", { hasText: /Yandex|Яндекс|_ym/ }) })
    .locator(":scope > button.remove");
  while ((await removeMetrica.count()) > 0) await removeMetrica.first().click();
  await metrica.click();
  let manifest = (await exportManifest(page)) as PrivacyManifest;
  const yandex = (manifest.recipients ?? []).filter((r) => r.domains?.includes("mc.yandex.ru"));
  expect(yandex).toHaveLength(1);
  const recipientId = yandex[0]?.id as string;
  expect((manifest.transfers ?? []).filter((t) => t.recipient === recipientId)).toHaveLength(1);

  // Link the recipient to the first activity, then give it another id in the Sharing step.
  await page.locator("nav.steps button", { hasText: "6." }).click();
  await page.locator(`[data-path="/activities/0/recipients/${recipientId}"]`).check();
  const index = (manifest.recipients ?? []).findIndex((r) => r.id === recipientId);
  const id = page
    .locator(`[data-path="/recipients/${index}/id"] input, input[data-path="/recipients/${index}/id"]`)
    .first();
  await id.fill("");
  await id.pressSequentially("metrica");
  manifest = (await exportManifest(page)) as PrivacyManifest;
  expect(manifest.activities[0]?.recipients).toContain("metrica");
  expect(manifest.transfers?.some((t) => t.recipient === "metrica")).toBe(true);
  expect(checkManifest(manifest).errors.filter((e) => e.code === "dangling-reference")).toEqual([]);
  await context.close();
});
