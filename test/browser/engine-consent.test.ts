// The built dist/widget/kelisim.js in real Chromium, driven through window.Kelisim (no UI clicks).
// The server's request log proves that a gated script's URL is never fetched before consent.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { engineSuite } from "../support/engine-suite.ts";
import { readEngineFixture } from "../support/widget-build.ts";

const PAGE = "/test/fixtures/pages/engine/page.html";
const ANALYTICS = "/test/fixtures/pages/engine/analytics.js";
const EMBED = "/test/fixtures/pages/engine/embed.html";

const suite = engineSuite({ beforeEachTest: () => serveManifest(manifestV1()) });

function serveManifest(manifest: Record<string, unknown>): void {
  suite.server.route("/manifest.json", {
    headers: { "content-type": "application/json" },
    body: JSON.stringify(manifest),
  });
}

function manifestV1(): Record<string, unknown> {
  return JSON.parse(readEngineFixture("manifest-v1.json")) as Record<string, unknown>;
}

async function open(page: Page, path = PAGE): Promise<void> {
  suite.watch(page);
  await page.goto(suite.server.origin + path);
  await page.waitForFunction(() => "Kelisim" in window);
  await page.evaluate(() => window.Kelisim.ready);
}

const fetched = (path: string) => suite.fetched(path);
const consent = (page: Page) => page.evaluate(() => window.Kelisim.getConsent());

describe("kelisim.js in Chromium", () => {
  it("reject: the gated analytics script is never fetched, now or after a reload", async () => {
    const page = await suite.context.newPage();
    await open(page);
    const first = await consent(page);
    expect(first.needsPrompt).toBe(true);
    expect(first.reasons).toEqual(["first-visit"]);
    await page.evaluate(() => window.Kelisim.rejectAll());
    await page.waitForTimeout(300);
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForTimeout(300);
    const after = await consent(page);
    expect(after.needsPrompt).toBe(false);
    expect(after.record?.method).toBe("reject-all");
    expect(fetched(ANALYTICS)).toBe(0);
    expect(fetched(EMBED)).toBe(0);
    expect(await page.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns)).toBeUndefined();
  });

  it("accept: gated scripts run once, in document order, after the Consent Mode default; the choice holds", async () => {
    const page = await suite.context.newPage();
    await open(page);
    expect(fetched(ANALYTICS)).toBe(0);
    await page.evaluate(() => window.Kelisim.acceptAll());
    await page.waitForFunction(() => (window as { order?: string[] }).order?.length === 3);
    const ran = await page.evaluate(() => {
      const w = window as unknown as { analyticsRuns: number; order: string[]; consentAtRun: unknown[][] };
      return { runs: w.analyticsRuns, order: w.order, consentAtRun: w.consentAtRun };
    });
    expect(ran.runs).toBe(1);
    expect(ran.order).toEqual(["external-a", "inline", "external-b"]);
    expect(ran.consentAtRun[0]?.slice(0, 2)).toEqual(["consent", "default"]);
    expect(ran.consentAtRun[0]?.[2]).toMatchObject({
      analytics_storage: "denied",
      security_storage: "granted",
      wait_for_update: 500,
    });
    expect(fetched(ANALYTICS)).toBe(1);
    await page.waitForFunction(() =>
      document.querySelector("iframe")?.contentDocument?.body?.textContent?.includes("video"),
    );
    // Declared categories only: an element naming an undeclared one never runs.
    expect(await page.evaluate(() => (window as { undeclaredRan?: boolean }).undeclaredRan)).toBeUndefined();

    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    const again = await consent(page);
    expect(again.needsPrompt).toBe(false);
    expect(again.choices).toEqual({ necessary: true, ip: true, analytics: true });
    expect(fetched(ANALYTICS)).toBe(2);
  });

  it("a manifest version with a material change asks again and says what changed", async () => {
    const page = await suite.context.newPage();
    await open(page);
    await page.evaluate(() => window.Kelisim.acceptAll());
    const bumped = manifestV1();
    bumped.manifestVersion = "2026-09-01";
    bumped.changes = [{ version: "2026-09-01", date: "2026-09-01", summary: "Chat widget", material: true }];
    bumped.recipients = [{ id: "jivo", kind: "it-service-providers", country: "RU" }];
    serveManifest(bumped);
    suite.server.requests.length = 0;
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    const state = await consent(page);
    expect(state.needsPrompt).toBe(true);
    expect(state.reasons).toEqual(["material-change"]);
    expect(state.diff?.addedRecipients).toEqual(["jivo"]);
    expect(state.choices.analytics).toBe(false);
    await page.waitForTimeout(200);
    expect(fetched(ANALYTICS)).toBe(0);
  });

  it("two tabs of the same site stay in sync", async () => {
    const tabA = await suite.context.newPage();
    const tabB = await suite.context.newPage();
    await open(tabA);
    await open(tabB);
    await tabA.evaluate(() => window.Kelisim.set({ analytics: true }));
    await tabB.waitForFunction(() => window.Kelisim.has("analytics"), undefined, { timeout: 3000 });
    await tabB.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    expect((await consent(tabB)).needsPrompt).toBe(false);
  });

  it("GPC pre-sets every optional category off", async () => {
    await suite.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true });
    });
    const page = await suite.context.newPage();
    await open(page);
    const state = await consent(page);
    expect(state.choices).toEqual({ necessary: true, ip: false, analytics: false });
    expect(state.record?.method).toBe("gpc");
    expect(state.record?.gpc).toBe(true);
    await page.waitForTimeout(200);
    expect(fetched(ANALYTICS)).toBe(0);
  });
});
