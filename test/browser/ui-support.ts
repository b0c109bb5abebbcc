// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright Locator.innerText() calls, not the DOM property
// Helpers for the widget UI browser tests (test/browser/ui-*.test.ts): one Chromium per file, a
// fresh context per test, and small probes into the widget's open shadow root.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { launchChromium } from "../support/chromium.ts";
import { REPO_ROOT, type StaticServer, startStaticServer } from "../support/static-server.ts";

export const PAGES = "/test/fixtures/pages/ui";
export const BANNER = '[data-kelisim-view="banner"]';
export const PREFS = '[data-kelisim-view="preferences"]';
export const POLICY = '[data-kelisim-view="policy"]';
export const FAB = '[data-kelisim-view="floating-button"]';

export function assertBuilt(): void {
  for (const file of [
    "kelisim.js",
    "kelisim-app.js",
    "kelisim-ui.js",
    "kelisim-viewer-kk.js",
    "kelisim-viewer-ru.js",
    "kelisim-viewer-en.js",
  ].map((name) => `dist/widget/${name}`)) {
    if (!existsSync(resolve(REPO_ROOT, file))) {
      throw new Error(`${file} is missing: run "npm run build" before the browser tests`);
    }
  }
}

export interface Harness {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  assertBuilt();
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer()]);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Where startBannerSite serves the UI fixture manifest; a test may re-route it to a changed copy. */
export const MANIFEST_PATH = "/__manifest.json";

export function readFixtureManifest(): PrivacyManifest {
  return JSON.parse(readFileSync(resolve(REPO_ROOT, "test/fixtures/pages/ui/manifest.json"), "utf8"));
}

/** basic.html with its manifest at MANIFEST_PATH and any extra attributes on the widget's script tag. */
function bannerPage(extraScriptAttrs = ""): string {
  return readFileSync(resolve(REPO_ROOT, "test/fixtures/pages/ui/basic.html"), "utf8").replace(
    'data-manifest="/test/fixtures/pages/ui/manifest.json"',
    `data-manifest="${MANIFEST_PATH}" ${extraScriptAttrs}`,
  );
}

/** A harness serving the banner pages: /page.html, /no-fab.html (floating button off). */
export async function startBannerSite(): Promise<Harness> {
  const harness = await startHarness();
  const html = { "content-type": "text/html; charset=utf-8" };
  // Holds the page's load event back, to prove the banner does not wait for it.
  harness.server.route("/__slow.png", { delayMs: 4000, status: 404 });
  harness.server.route(MANIFEST_PATH, {
    body: JSON.stringify(readFixtureManifest()),
    headers: { "content-type": "application/json" },
  });
  harness.server.route("/page.html", { body: bannerPage(), headers: html });
  harness.server.route("/no-fab.html", { body: bannerPage('data-floating-button="false"'), headers: html });
  return harness;
}

export async function newPage(
  harness: Harness,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? "kk-KZ",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  return { context, page };
}

/** The element focused right now, looking through open shadow roots, described for assertions. */
export function focusedInfo(
  page: Page,
): Promise<{ action: string | null; tag: string; text: string; inDialog: boolean }> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      action: active?.getAttribute("data-action") ?? null,
      tag: active?.tagName.toLowerCase() ?? "",
      text: (active as HTMLElement | null)?.innerText?.trim() ?? "",
      inDialog: active?.closest("dialog[open]") !== null && active?.closest("dialog[open]") !== undefined,
    };
  });
}

/** Presses Tab until the focused element has `data-action=action` (or gives up). */
export async function tabTo(page: Page, action: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedInfo(page)).action === action) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached [data-action=${action}]`);
}

/** Visible text of the widget's shadow root (banner, dialogs), for language checks. */
export function widgetText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().innerText();
}

export function consent(page: Page): Promise<Record<string, boolean> | null> {
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the public JS API
    const api = (window as any).Kelisim;
    await api.ready;
    const { record } = api.getConsent();
    return record === null ? null : record.choices;
  });
}
