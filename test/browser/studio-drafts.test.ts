// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright Locator.innerText() calls, not the DOM property
// Drafts are kept in IndexedDB: they survive a reload, several can be kept, renamed and deleted. With
// IndexedDB blocked the studio still works, says drafts will not be kept, and still offers the download.
import { afterAll, beforeAll, expect, test } from "vitest";
import { exportManifest, type StudioHarness, startStudio, waitSaved, watchErrors } from "./studio-support.ts";

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

test("a draft survives a reload; two drafts can be renamed, switched and deleted", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Бос жоба" }).click();
  await page.locator('[data-path="/operator/name/kk"]').fill("Бірінші мектеп");
  await waitSaved(page);

  await page.reload();
  await page.locator("nav.steps button", { hasText: "2." }).click();
  expect(await page.locator('[data-path="/operator/name/kk"]').inputValue()).toBe("Бірінші мектеп");

  // A second draft from a template.
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await page.locator("button", { hasText: "Балабақша" }).click();
  await page.locator('[data-path="/operator/name/kk"]').fill("№ 5 балабақша");
  await waitSaved(page);
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await expect.poll(() => page.locator(".drafts li").count()).toBe(2);

  // Rename the first draft (not the open one), reload: the name and both drafts are kept.
  const other = page.locator(".drafts li:not(.current)");
  await other.locator("input").fill("Бірінші мектептің декларациясы");
  await other.locator("input").press("Enter");
  await other.locator("input").blur();
  // Wait until the rename is in IndexedDB itself.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string[]>((done) => {
            const open = indexedDB.open("kelisim-studio");
            open.onsuccess = () => {
              const all = open.result.transaction("drafts").objectStore("drafts").getAll();
              all.onsuccess = () => {
                done((all.result as { name: string }[]).map((draft) => draft.name));
                open.result.close();
              };
            };
          }),
      ),
    )
    .toContain("Бірінші мектептің декларациясы");
  await page.reload();
  await page.locator("nav.steps button", { hasText: "1." }).click();
  const names = await page
    .locator(".drafts li input")
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(names.sort()).toEqual(["Балабақша", "Бірінші мектептің декларациясы"].sort());

  // Open the renamed draft: its manifest is the first school's.
  await page.locator(".drafts li:not(.current) button", { hasText: "ашу" }).click();
  await page.locator("nav.steps button", { hasText: "2." }).click();
  expect(await page.locator('[data-path="/operator/name/kk"]').inputValue()).toBe("Бірінші мектеп");

  // Delete the kindergarten draft (confirm dialog accepted): one draft left, also after a reload.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await page.locator(".drafts li:not(.current) button.remove").click();
  await expect.poll(() => page.locator(".drafts li").count()).toBe(1);
  // Its row is gone: focus is on the drafts' heading, not at the page's start.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("drafts-title");
  await page.reload();
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await expect.poll(() => page.locator(".drafts li").count()).toBe(1);
  expect(await page.locator(".drafts li input").inputValue()).toBe("Бірінші мектептің декларациясы");
  expect(errors).toEqual([]);
  await context.close();
});

test("a reload keeps the draft that was open, an edit made just before it, and the step after the skip link", async () => {
  const context = await studio.browser.newContext();
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator("button", { hasText: "Бос жоба" }).click();
  await page.locator('[data-path="/operator/name/kk"]').fill("Ескі жоба");
  await waitSaved(page);
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await page.locator("button", { hasText: "Балабақша" }).click();
  await page.locator('[data-path="/operator/name/kk"]').fill("Жаңа жоба");
  await waitSaved(page);
  // Open the older draft: a reload must come back to it, not to the one changed last.
  await page.locator("nav.steps button", { hasText: "1." }).click();
  await page.locator(".drafts li:not(.current) button:not(.remove)").click();
  // The Open button becomes the "current" badge: focus goes to that draft's name, not the page's start.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest(".drafts li.current") !== null))
    .toBe(true);
  await page.locator("nav.steps button", { hasText: "2." }).click();
  const name = page.locator('[data-path="/operator/name/kk"]');
  expect(await name.inputValue()).toBe("Ескі жоба");
  // Typed and reloaded at once, inside the autosave's delay.
  await name.fill("Ескі жоба, түзетілген");
  await page.reload();
  await page.locator("nav.steps button", { hasText: "2." }).click();
  expect(await page.locator('[data-path="/operator/name/kk"]').inputValue()).toBe("Ескі жоба, түзетілген");
  // The skip link focuses the heading; the address still names the step.
  await page.locator("a.skip").focus();
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-heading");
  await expect.poll(() => page.evaluate(() => location.hash)).toBe("#operator");
  await page.reload();
  await page.locator("#step-heading", { hasText: "2." }).waitFor();
  await context.close();
});

test("IndexedDB blocked: the studio says drafts are not kept, still edits, and still downloads", async () => {
  const context = await studio.browser.newContext({ acceptDownloads: true });
  // As in a browser that refuses storage: every open fails.
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
  });
  const page = await context.newPage();
  await page.goto(studio.url);
  const warning = page.locator('[data-testid="storage-warning"]');
  await warning.waitFor();
  expect(await warning.innerText()).toContain("жоба жойылады");
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  await page.locator('[data-path="/operator/name/kk"]').fill("Сақтаусыз мектеп");
  await expect.poll(() => page.locator('[data-testid="save-state"]').innerText()).toContain("сақталмайды");
  const manifest = (await exportManifest(page)) as { operator: { name: { kk: string } } };
  expect(manifest.operator.name.kk).toBe("Сақтаусыз мектеп");
  // Nothing was kept: after a reload there is no draft.
  await page.reload();
  await warning.waitFor();
  expect(await page.locator(".drafts li").count()).toBe(0);
  await context.close();
});
