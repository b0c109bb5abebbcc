// The widget served the way a CDN (jsDelivr, unpkg) serves it: from another origin than the school's
// page, with CORS, under the README's <script integrity crossorigin> snippet. The build's
// dist/widget/integrity.json must match the served bytes; Chromium must load the widget and its lazy
// chunks from beside the script's URL, and refuse a tampered file (then nothing gated is released).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { REPO_ROOT, type StaticServer, startStaticServer } from "../support/static-server.ts";
import { readEngineFixture } from "../support/widget-build.ts";
import { BANNER, POLICY } from "./ui-support.ts";

const WIDGET_DIR = join(REPO_ROOT, "dist/widget");
const CDN_PATH = "/npm/kelisim@0.1.0/dist/widget";
const CORS = { "access-control-allow-origin": "*" };
const JS = { "content-type": "text/javascript; charset=utf-8" };

let browser: Browser;
let site: StaticServer;
let cdn: StaticServer;
let context: BrowserContext;
let integrity: Record<string, string>;

const shippedFiles = (): string[] =>
  readdirSync(WIDGET_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== "integrity.json")
    .map((entry) => entry.name)
    .sort();

/** The README's snippet, pointing at `src` on the CDN origin. */
const sriPage = (src: string, hash: string): string => `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>School</title>
<script src="${src}" integrity="${hash}" crossorigin="anonymous" data-manifest="/manifest.json" defer></script>
</head><body><h1>School page</h1>
<script type="text/plain" data-consent="analytics">window.analyticsRan = true;</script>
</body></html>`;

async function openPage(path: string): Promise<{ page: Page; console: string[] }> {
  const page = await context.newPage();
  const console: string[] = [];
  page.on("console", (message) => console.push(message.text()));
  await page.goto(site.origin + path, { waitUntil: "load" });
  return { page, console };
}

const cdnRequests = (name: string) => cdn.requests.filter((path) => path.endsWith(`/${name}`));

beforeAll(async () => {
  integrity = JSON.parse(readFileSync(join(WIDGET_DIR, "integrity.json"), "utf8"));
  [site, cdn, browser] = await Promise.all([
    startStaticServer(),
    startStaticServer(WIDGET_DIR),
    launchChromium(),
  ]);
  // The CDN's layout: /npm/kelisim@<version>/dist/widget/<file>, with CORS on every file.
  for (const name of shippedFiles()) {
    const body = readFileSync(join(WIDGET_DIR, name));
    cdn.route(`${CDN_PATH}/${name}`, { body, headers: { ...JS, ...CORS } });
  }
  const original = readFileSync(join(WIDGET_DIR, "kelisim.js"), "utf8");
  cdn.route("/tampered/kelisim.js", {
    body: `${original}\n;window.tampered = true;`,
    headers: { ...JS, ...CORS },
  });
  cdn.route("/no-cors/kelisim.js", { body: original, headers: JS });
  site.route("/manifest.json", {
    body: readEngineFixture("manifest-v1.json"),
    headers: { "content-type": "application/json" },
  });
  const html = { "content-type": "text/html; charset=utf-8" };
  const hash = integrity["kelisim.js"] ?? "";
  site.route("/sri.html", { body: sriPage(`${cdn.origin}${CDN_PATH}/kelisim.js`, hash), headers: html });
  site.route("/tampered.html", { body: sriPage(`${cdn.origin}/tampered/kelisim.js`, hash), headers: html });
  site.route("/no-cors.html", { body: sriPage(`${cdn.origin}/no-cors/kelisim.js`, hash), headers: html });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), cdn?.close()]);
});
beforeEach(async () => {
  cdn.requests.length = 0;
  context = await browser.newContext({ locale: "kk-KZ" });
});
afterEach(async () => context.close());

describe("dist/widget/integrity.json", () => {
  test("lists every shipped file with the sha384 of the bytes the CDN serves", async () => {
    expect(Object.keys(integrity).sort()).toEqual(shippedFiles());
    for (const [name, value] of Object.entries(integrity)) {
      const response = await fetch(`${cdn.origin}${CDN_PATH}/${name}`);
      const served = Buffer.from(await response.arrayBuffer());
      expect(value, name).toBe(`sha384-${createHash("sha384").update(served).digest("base64")}`);
    }
  });
});

describe("the SRI snippet from another origin", () => {
  test("loads: banner, lazy chunks from beside the script's URL, gated script released on consent", async () => {
    expect(new URL(cdn.origin).origin).not.toBe(new URL(site.origin).origin);
    const { page } = await openPage("/sri.html");
    await page.waitForFunction(() => "Kelisim" in window);
    await page.locator(BANNER).waitFor({ state: "visible" });
    await page.evaluate(() => (window as unknown as { Kelisim: { ready: Promise<void> } }).Kelisim.ready);
    expect(cdnRequests("kelisim-app.js")).toEqual([`${CDN_PATH}/kelisim-app.js`]);
    expect(site.requests.some((path) => path.includes("kelisim"))).toBe(false);

    await page.evaluate(() =>
      (window as unknown as { Kelisim: { open(v: string): void } }).Kelisim.open("policy"),
    );
    await page.locator(POLICY).waitFor({ state: "visible" });
    expect(cdnRequests("kelisim-ui.js")).toEqual([`${CDN_PATH}/kelisim-ui.js`]);
    expect(cdnRequests("kelisim-viewer-kk.js")).toEqual([`${CDN_PATH}/kelisim-viewer-kk.js`]);

    await page.evaluate(() =>
      (window as unknown as { Kelisim: { acceptAll(): Promise<void> } }).Kelisim.acceptAll(),
    );
    await page.waitForFunction(() => (window as { analyticsRan?: boolean }).analyticsRan === true);
  });

  test("a tampered kelisim.js is refused: no widget, nothing gated released", async () => {
    const { page, console } = await openPage("/tampered.html");
    await page.waitForTimeout(500);
    expect(cdnRequests("kelisim.js")).toEqual(["/tampered/kelisim.js"]);
    expect(console.join("\n")).toMatch(/integrity/i);
    const state = await page.evaluate(() => ({
      widget: "Kelisim" in window,
      tampered: "tampered" in window,
      analytics: "analyticsRan" in window,
    }));
    expect(state).toEqual({ widget: false, tampered: false, analytics: false });
    expect(cdnRequests("kelisim-app.js")).toEqual([]);
  });

  test("crossorigin needs the CDN's CORS header: without it the script is refused too", async () => {
    const { page, console } = await openPage("/no-cors.html");
    await page.waitForTimeout(500);
    expect(console.join("\n")).toMatch(/CORS|Access-Control-Allow-Origin/i);
    expect(await page.evaluate(() => "Kelisim" in window)).toBe(false);
  });
});
