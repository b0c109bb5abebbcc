// Bad input and broken storage in real Chromium: nothing gated is released by accident, the page
// sees no uncaught error, and the webmaster gets ONE clear console error.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { engineSuite } from "../support/engine-suite.ts";
import { readEngineFixture } from "../support/widget-build.ts";

const PAGE = "/test/fixtures/pages/engine/page.html";
const ANALYTICS = "/test/fixtures/pages/engine/analytics.js";

let kelisimErrors: string[];

const suite = engineSuite({
  beforeEachTest: (server) => {
    kelisimErrors = [];
    server.route("/manifest.json", { body: readEngineFixture("manifest-v1.json") });
  },
});

async function open(page: Page, path = PAGE): Promise<void> {
  suite.watch(page);
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("[kelisim]"))
      kelisimErrors.push(message.text());
  });
  await page.goto(suite.server.origin + path);
  await page.waitForFunction(() => "Kelisim" in window);
  await page.evaluate(() => window.Kelisim.ready);
}

const fetched = (path: string) => suite.fetched(path);

async function acceptAndWait(page: Page): Promise<void> {
  await page.evaluate(() => window.Kelisim.acceptAll());
  await page.waitForTimeout(300);
}

describe("bad manifests", () => {
  const cases: [string, { status?: number; body?: string; delayMs?: number }, RegExp][] = [
    ["a 404", { status: 404, body: "not found" }, /HTTP 404/],
    ["invalid JSON", { body: "{ not json" }, /invalid JSON/],
    ["a manifest with validation errors", { body: '{"schemaVersion": 2}' }, /validation error\(s\): \/\S*/],
    ["no answer within 5 s", { body: "{}", delayMs: 6000 }, /no answer within 5 s/],
  ];
  for (const [name, route, detail] of cases) {
    it(`${name}: nothing is released even after accept, one console error names the URL`, async () => {
      suite.server.route("/manifest.json", route);
      const page = await suite.context.newPage();
      await open(page);
      const state = await page.evaluate(() => window.Kelisim.getConsent());
      expect(state.manifestError).toMatch(detail);
      // The visitor can still decide among the default categories.
      expect(Object.keys(state.choices)).toEqual(["necessary", "ip", "analytics"]);
      expect(state.needsPrompt).toBe(true);
      await acceptAndWait(page);
      expect(fetched(ANALYTICS)).toBe(0);
      expect(kelisimErrors).toHaveLength(1);
      expect(kelisimErrors[0]).toContain(`${suite.server.origin}/manifest.json`);
      expect(kelisimErrors[0]).toMatch(detail);
    });
  }
});

describe("broken IndexedDB", () => {
  it("indexedDB.open throwing: nothing released before a choice, the choice holds for this page view only", async () => {
    await suite.context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("denied by test", "SecurityError");
      };
    });
    const page = await suite.context.newPage();
    await open(page);
    expect((await page.evaluate(() => window.Kelisim.getConsent())).persistent).toBe(false);
    await page.waitForTimeout(200);
    expect(fetched(ANALYTICS)).toBe(0);
    await acceptAndWait(page);
    expect(fetched(ANALYTICS)).toBe(1);
    expect(kelisimErrors).toHaveLength(1);
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForTimeout(200);
    expect(fetched(ANALYTICS)).toBe(1);
    expect((await page.evaluate(() => window.Kelisim.getConsent())).needsPrompt).toBe(true);
  });

  it("a database from a newer widget (open fires a VersionError): reported once, nothing granted", async () => {
    await suite.context.addInitScript(() => {
      // Runs before the widget: the origin already has `kelisim` at a future version.
      indexedDB.open("kelisim", 99);
    });
    const page = await suite.context.newPage();
    await open(page);
    const state = await page.evaluate(() => window.Kelisim.getConsent());
    expect(state.persistent).toBe(false);
    expect(state.choices).toEqual({ necessary: true, ip: false, analytics: false });
    await page.waitForTimeout(200);
    expect(fetched(ANALYTICS)).toBe(0);
    await acceptAndWait(page);
    expect(kelisimErrors).toHaveLength(1);
  });

  it("a quota error on write: reported once, the choice applies to this page view only", async () => {
    await suite.context.addInitScript(() => {
      const full = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    const page = await suite.context.newPage();
    await open(page);
    expect((await page.evaluate(() => window.Kelisim.getConsent())).persistent).toBe(true);
    await acceptAndWait(page);
    await page.evaluate(() => window.Kelisim.set({ ip: false }));
    const state = await page.evaluate(() => window.Kelisim.getConsent());
    expect(state.persistent).toBe(false);
    expect(state.choices).toEqual({ necessary: true, ip: false, analytics: true });
    expect(fetched(ANALYTICS)).toBe(1);
    expect(kelisimErrors).toHaveLength(1);
    expect(kelisimErrors[0]).toMatch(/page view only/);
  });
});

describe("loading", () => {
  it("included twice: one engine, one Consent Mode default, gated scripts run once; the discovery link is added", async () => {
    const page = await suite.context.newPage();
    await open(page, "/test/fixtures/pages/engine/twice.html");
    await acceptAndWait(page);
    const seen = await page.evaluate(() => ({
      defaults: (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter(
        (entry) => entry[1] === "default",
      ).length,
      hosts: document.querySelectorAll("[data-kelisim-host]").length,
      runs: (window as { analyticsRuns?: number }).analyticsRuns,
      link: document.querySelector<HTMLLinkElement>('link[rel="privacy-manifest"]')?.href,
    }));
    expect(seen.defaults).toBe(1);
    expect(seen.hosts).toBeLessThanOrEqual(1);
    expect(seen.runs).toBe(1);
    expect(seen.link).toBe(`${suite.server.origin}/manifest.json`);
    expect(fetched("/manifest.json")).toBe(1);
  });

  it("a page that replaces JSON.parse and fetch after load does not stop the engine", async () => {
    const page = await suite.context.newPage();
    await open(page);
    await page.evaluate(() => {
      JSON.parse = () => {
        throw new Error("hostile");
      };
      window.fetch = () => Promise.reject(new Error("hostile"));
    });
    await acceptAndWait(page);
    expect(fetched(ANALYTICS)).toBe(1);
  });

  it("a page that breaks Array.prototype.map gets no uncaught error from the engine", async () => {
    const page = await suite.context.newPage();
    await open(page);
    await page.evaluate(() => {
      Array.prototype.map = () => {
        throw new Error("hostile");
      };
    });
    await page.evaluate(() => window.Kelisim.acceptAll().catch(() => {}));
    await page.evaluate(() => window.Kelisim.getConsent());
    await page.waitForTimeout(300);
    // afterEach asserts that no `pageerror` reached the page.
  });

  it("data-receipts: a failed POST is queued in IndexedDB and sent on the next page view; the server cookie mirrors the choice", async () => {
    const posted: { status: number; receiptId: string }[] = [];
    let status = 503;
    suite.server.route("/receipts", (req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        posted.push({ status, receiptId: (JSON.parse(body) as { receiptId: string }).receiptId });
        res.writeHead(status).end();
      });
    });
    const page = await suite.context.newPage();
    await open(page, "/test/fixtures/pages/engine/receipts.html");
    await acceptAndWait(page);
    expect(posted).toHaveLength(1);
    const cookies = await suite.context.cookies();
    expect(cookies.find((cookie) => cookie.name === "kelisim")?.value).toBe("necessary-1.ip-1.analytics-1");
    expect(cookies.find((cookie) => cookie.name === "kelisim")?.sameSite).toBe("Lax");
    status = 204;
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForTimeout(300);
    expect(posted.map((entry) => entry.status)).toEqual([503, 204]);
    expect(posted[1]?.receiptId).toBe(posted[0]?.receiptId);
    // Sent: a third page view has nothing left to retry.
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForTimeout(300);
    expect(posted).toHaveLength(2);
  });
});
