// Opened as a file (file://), browsers run no module scripts, so the studio cannot start: the page
// then says what to do instead of showing "Kelisim Studio…" forever. Served, the hint never shows.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { REPO_ROOT } from "../support/static-server.ts";
import { type StudioHarness, startStudio } from "./studio-support.ts";

let studio: StudioHarness;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => studio?.close());

test("from file:// the page explains how to serve the folder; over http the app replaces the hint", async () => {
  const context = await studio.browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(REPO_ROOT, "dist/studio/index.html")).href);
  const english = page.locator('.start-hint[lang="en"]');
  await expect.poll(() => english.isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await english.textContent()).toContain("python3 -m http.server");

  await page.goto(studio.url);
  await page.locator("#step-heading").waitFor();
  await page.waitForTimeout(4500);
  expect(await page.locator(".start-hint").count()).toBe(0);
  await context.close();
});
