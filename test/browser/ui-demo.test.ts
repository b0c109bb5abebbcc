// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright Locator.innerText() calls, not the DOM property
// The `npm start` demo site: gated analytics stubs and the video stub are released only after
// consent, the privacy page renders inline, and every example manifest renders in the viewer.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
// @ts-expect-error plain .mjs module without types
import { createDemoServer } from "../demo/serve.mjs";
import { launchChromium } from "../support/chromium.ts";
import { assertBuilt, BANNER } from "./ui-support.ts";

let server: Server;
let browser: Browser;
let origin: string;
const external: string[] = [];

beforeAll(async () => {
  assertBuilt();
  server = createDemoServer(0) as Server;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

test("home page: analytics stubs and the video load only after Accept all, and nothing leaves the machine", async () => {
  const context = await browser.newContext({ locale: "kk-KZ" });
  const page = await context.newPage();
  page.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") external.push(request.url());
  });
  await page.goto(`${origin}/`);
  await page.locator(BANNER).waitFor();
  expect(
    await page.evaluate(() => (window as unknown as { __demoAnalytics?: string[] }).__demoAnalytics),
  ).toBeUndefined();
  expect(await page.locator("iframe[data-consent]").getAttribute("src")).toBeNull();
  await page.locator(`${BANNER} [data-action="accept-all"]`).click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __demoAnalytics?: string[] }).__demoAnalytics?.length ?? 0),
    )
    .toBe(2);
  await expect
    .poll(() => page.locator("iframe[data-consent]").getAttribute("src"))
    .toContain("youtube-embed.html");
  expect(external).toEqual([]);
  await context.close();
});

test("the privacy page and one page per example manifest render the policy inline", async () => {
  const context = await browser.newContext({ locale: "kk-KZ" });
  const page = await context.newPage();
  await page.goto(`${origin}/privacy`);
  await page.locator("[data-kelisim-policy] .kv").waitFor();
  await page.goto(`${origin}/orgs`);
  const links = await page
    .locator("main a[href^='/org/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThanOrEqual(6);
  for (const link of links) {
    await page.goto(`${origin}${link}`);
    const viewer = page.locator("[data-kelisim-policy] .kv");
    await viewer.waitFor({ timeout: 10_000 });
    const heading = await page.locator("main h1").innerText();
    expect(await viewer.innerText()).toContain(heading);
  }
  expect(await page.evaluate(() => fetch("/.well-known/privacy-manifest.json").then((r) => r.status))).toBe(
    200,
  );
  await context.close();
});
