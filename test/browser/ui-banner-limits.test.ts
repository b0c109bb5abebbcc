// Issue #17 defect 5: the first-look banner (kelisim.js, before the validator has loaded) applies the
// manifest's own length limits before it paints, and stays quick on any input up to the manifest
// size limit. Real Chromium, the built widget. Every frame is watched: a run of the marker letter
// longer than the validator's label limit (200) must never be on screen.
import fc from "fast-check";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { type StaticServer, startStaticServer } from "../support/static-server.ts";
import { ensureWidgetBuilt, readEngineFixture } from "../support/widget-build.ts";

const ANALYTICS = "/test/fixtures/pages/engine/analytics.js";
const BANNER = '[data-kelisim-view="banner"]';
const APP_CHUNK = "/dist/widget/kelisim-app.js";
/** The validator's limit for labels and the operator's name (shared/manifest/limits.ts LABEL_MAX). */
const LABEL_MAX = 200;
/** The manifest size limit (MAX_MANIFEST_BYTES), in UTF-8 bytes. */
const MANIFEST_MAX = 512 * 1024;
const MARK = "Ж";
const PAGE = "/limits.html";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let pageErrors: string[];

function manifestV1(): Record<string, unknown> {
  return JSON.parse(readEngineFixture("manifest-v1.json")) as Record<string, unknown>;
}

function serveManifest(body: string): void {
  server.route("/manifest.json", { headers: { "content-type": "application/json" }, body });
}

/** Before any page script: records, every frame, the longest run of MARK in the widget's text, and long tasks. */
function watchFrames(): void {
  const win = window as unknown as { __maxRun: number; __longTasks: number[] };
  win.__maxRun = 0;
  win.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) win.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: "longtask", buffered: true });
  const check = () => {
    const text = document.querySelector("[data-kelisim-host]")?.shadowRoot?.textContent ?? "";
    for (const run of text.match(/Ж+/g) ?? []) win.__maxRun = Math.max(win.__maxRun, run.length);
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(server.origin + PAGE);
  return page;
}

const frames = (page: Page) =>
  page.evaluate(() => {
    const win = window as unknown as { __maxRun: number; __longTasks: number[] };
    return { maxRun: win.__maxRun, longTasks: win.__longTasks };
  });

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startStaticServer();
  browser = await launchChromium();
  server.route(PAGE, {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>limits</title>
      <script src="/dist/widget/kelisim.js" data-manifest="/manifest.json" defer></script></head>
      <body><h1>School</h1><script type="text/plain" data-consent="analytics" src="${ANALYTICS}"></script></body></html>`,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  server.unroute(APP_CHUNK);
  server.requests.length = 0;
  pageErrors = [];
  context = await browser.newContext({ locale: "en-US" });
  await context.addInitScript(watchFrames);
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

describe("first look, before the validator", () => {
  it("a 50,000-character operator name is never painted; the banner says the declaration could not be read", async () => {
    const manifest = manifestV1();
    manifest.operator = { ...(manifest.operator as object), name: MARK.repeat(50_000) };
    serveManifest(JSON.stringify(manifest));
    const page = await openPage();
    await expect
      .poll(() => page.locator(`${BANNER} p`).first().textContent(), { timeout: 5000 })
      .toMatch(/declaration could not be read/);
    await page.waitForTimeout(200);
    expect((await frames(page)).maxRun).toBe(0);
    expect(fetched(ANALYTICS)).toBe(0);
  });

  it("a 200-character operator name (at the limit) is painted in full", async () => {
    const manifest = manifestV1();
    manifest.operator = { ...(manifest.operator as object), name: MARK.repeat(LABEL_MAX) };
    serveManifest(JSON.stringify(manifest));
    const page = await openPage();
    await page.locator(BANNER).waitFor({ state: "visible", timeout: 5000 });
    await page.waitForTimeout(200);
    expect((await frames(page)).maxRun).toBe(LABEL_MAX);
  });

  // The engine is held back, so every task measured here is the banner path's own.
  const oversized: [string, () => string][] = [
    [
      "a 100,000-character operator name",
      () => {
        const manifest = manifestV1();
        manifest.operator = { name: MARK.repeat(100_000) };
        return JSON.stringify(manifest);
      },
    ],
    [
      "an operator name per language at the manifest size limit",
      () => {
        const manifest = manifestV1();
        const third = Math.floor((MANIFEST_MAX - 2000) / 3 / 2);
        manifest.operator = {
          name: { kk: MARK.repeat(third), ru: MARK.repeat(third), en: MARK.repeat(third) },
        };
        return JSON.stringify(manifest);
      },
    ],
    [
      "10,000 consent categories",
      () => {
        const manifest = manifestV1();
        const categories = Array.from({ length: 10_000 }, (_, index) => ({
          id: `c${index}`,
          label: MARK.repeat(8),
        }));
        manifest.consent = { categories };
        return JSON.stringify(manifest);
      },
    ],
  ];
  for (const [name, build] of oversized) {
    // Long-task durations are wall-clock: under the suite's own parallel Chromiums on 2 cores a task can be
    // preempted past 50 ms (seen once in CI: 121 ms with a 0.7 ms parse floor; the file passes alone). A
    // real regression is slow on every attempt, so it still fails after the retries; a preemption is not.
    it(`${name}: no task over 50 ms on the banner path, nothing over the limit painted`, {
      retry: 2,
    }, async () => {
      const body = build();
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MANIFEST_MAX);
      serveManifest(body);
      server.route(APP_CHUNK, { delayMs: 8000, status: 503 });
      const page = await openPage();
      await page.waitForFunction(() => "Kelisim" in window);
      await page.waitForTimeout(1500);
      const seen = await frames(page);
      expect(seen.maxRun).toBeLessThanOrEqual(LABEL_MAX);
      // No timed threshold on a shared machine: the floor is JSON.parse of the same text, which the
      // widget cannot avoid, timed in the same page right after. A task may exceed 50 ms only by
      // being within 4× that floor (on a quiet machine the floor is a few ms, so 50 ms holds).
      const parseMs = await page.evaluate((text) => {
        const start = performance.now();
        for (let i = 0; i < 3; i++) JSON.parse(text);
        return (performance.now() - start) / 3;
      }, body);
      const limit = Math.max(50, 4 * parseMs);
      expect(
        seen.longTasks.filter((duration) => duration > limit),
        `parse floor ${parseMs.toFixed(1)} ms`,
      ).toEqual([]);
      expect(fetched(ANALYTICS)).toBe(0);
    });
  }
});

const fetched = (path: string) => server.requests.filter((request) => request === path).length;

describe("property: random and oversized manifest text on the banner path", () => {
  /** Runs of the marker letter: most short, some far over the limit. */
  const markerText = fc
    .oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: LABEL_MAX }) },
      { weight: 1, arbitrary: fc.integer({ min: LABEL_MAX + 1, max: 30_000 }) },
    )
    .chain((length) =>
      fc
        .constantFrom("", "\u202e", "\u0007", "{categories}", "<b>")
        .map((extra) => extra + MARK.repeat(length)),
    );
  const text = fc.oneof(
    markerText,
    fc.record({ kk: markerText, ru: markerText, en: markerText }, { requiredKeys: [] }),
    fc.anything({ maxDepth: 2 }),
  );
  const category = fc.record(
    {
      id: fc.oneof(
        fc.constantFrom("necessary", "ip", "analytics", "x-own", "Bad Id"),
        fc.string({ maxLength: 80 }),
      ),
      label: text,
      required: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 0 })),
    },
    { requiredKeys: ["id"] },
  );
  const manifestText = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ name: text, categories: fc.array(category, { maxLength: 30 }) })
        .map(({ name, categories }) => {
          const manifest = manifestV1();
          manifest.operator = { ...(manifest.operator as object), name };
          manifest.consent = { categories };
          return JSON.stringify(manifest);
        }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 2000 }) },
    { weight: 1, arbitrary: fc.constant("{".repeat(60_000)) },
  );

  it("never throws into the page, never paints over-limit text, never releases anything", async () => {
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await fc.assert(
      fc.asyncProperty(manifestText, async (body) => {
        serveManifest(body);
        server.requests.length = 0;
        await page.goto(server.origin + PAGE);
        await page.evaluate(() => window.Kelisim.ready);
        await page.waitForTimeout(150);
        const seen = await frames(page);
        expect(seen.maxRun).toBeLessThanOrEqual(LABEL_MAX);
        expect(fetched(ANALYTICS)).toBe(0);
        expect(pageErrors).toEqual([]);
      }),
      { numRuns: 40, seed: 17 },
    );
  }, 120_000);
});
