// Helpers for the Kelisim Studio browser tests (test/browser/studio-*.test.ts): the built studio
// (dist/studio/) served from a local server, one Chromium per file, keyboard-only navigation.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { REPO_ROOT, type StaticServer, startStaticServer } from "../support/static-server.ts";

export const STUDIO_PATH = "/dist/studio/index.html";
export const PREVIEW_BANNER = '[data-kelisim-view="banner"]';

export interface StudioHarness {
  browser: Browser;
  server: StaticServer;
  url: string;
  close(): Promise<void>;
}

export async function startStudio(): Promise<StudioHarness> {
  for (const file of [
    "dist/studio/index.html",
    "dist/studio/widget/kelisim.js",
    "dist/studio/widget/kelisim-app.js",
    "dist/studio/widget/kelisim-ui.js",
  ]) {
    if (!existsSync(resolve(REPO_ROOT, file)))
      throw new Error(`${file} is missing: run "npm run build" first`);
  }
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer()]);
  return {
    browser,
    server,
    url: `${server.origin}${STUDIO_PATH}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Collects uncaught errors and console errors, so a test can assert the studio raised none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // The preview's widget reports, as it should, why an unfinished draft cannot be used yet.
    if (message.type() === "error" && !message.text().startsWith("[kelisim]")) {
      errors.push(`${message.text()} ${message.location().url}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  return errors;
}

export type FocusTarget = string | { text: string };

async function focusMatches(page: Page, target: FocusTarget): Promise<boolean> {
  return page.evaluate((t) => {
    const active = document.activeElement;
    if (active === null || active === document.body) return false;
    if (typeof t === "string") return active.matches(t);
    return (active.textContent ?? "").replace(/\s+/g, " ").trim().includes(t.text);
  }, target);
}

/**
 * Moves focus with the Tab key only (as a keyboard user would) until it reaches `target`: a CSS
 * selector the focused element matches, or text the focused element contains.
 */
export async function tabTo(page: Page, target: FocusTarget, maxPresses = 600): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await focusMatches(page, target)) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)} in ${maxPresses} presses`);
}

export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  if (path === null) throw new Error("download failed");
  return readFileSync(path, "utf8");
}

export async function exportManifest(page: Page): Promise<unknown> {
  await page.locator("nav.steps button", { hasText: "10." }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("button", { hasText: "privacy-manifest.json" }).click(),
  ]);
  return JSON.parse(await downloadedText(download));
}

/** Waits until the autosave has written the current draft. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('[data-testid="save-state"]');
    return state !== null && state.dataset.saved !== "" && state.textContent?.includes("сақталды");
  });
}
