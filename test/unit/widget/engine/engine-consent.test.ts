// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createKelisimApi, directBackend } from "../../../../widget/engine/api.ts";
import { env } from "../../../../widget/engine/env.ts";
import { disposeEngines, fixtureManifest, freshIndexedDb, pageView, resetPage, settle } from "./harness.ts";

const GATED = `
  <script type="text/plain" data-consent="analytics" id="stats">window.statsRan = (window.statsRan || 0) + 1</script>
  <img data-consent="ip" data-src="/pixel.png#video" id="video">`;

beforeEach(() => {
  freshIndexedDb();
  resetPage(fixtureManifest(), GATED);
});
afterEach(disposeEngines);

describe("first visit and stored choice", () => {
  it("asks on the first visit, with every optional category off and gated elements blocked", async () => {
    const engine = await pageView();
    const state = engine.getState();
    expect(state.needsPrompt).toBe(true);
    expect(state.reasons).toEqual(["first-visit"]);
    expect(state.choices).toEqual({ necessary: true, ip: false, analytics: false });
    expect(state.manifestError).toBeNull();
    expect(state.persistent).toBe(true);
    expect(document.getElementById("stats")?.getAttribute("data-kelisim-state")).toBe("blocked");
    expect(document.getElementById("video")?.getAttribute("src")).toBeNull();
  });

  it("acceptAll stores a receipt, releases gated elements once, and holds on the next page view", async () => {
    const engine = await pageView();
    await engine.acceptAll();
    expect(engine.getState().choices).toEqual({ necessary: true, ip: true, analytics: true });
    expect(document.getElementById("stats")?.getAttribute("data-kelisim-state")).toBe("released");
    expect(document.getElementById("video")?.getAttribute("src")).toBe("/pixel.png#video");
    const runnable = document.querySelectorAll("script:not([type])");
    expect(runnable).toHaveLength(1);
    const receipts = await engine.receipts();
    expect(receipts.map((r) => r.method)).toEqual(["accept-all"]);
    expect(receipts[0]?.manifestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipts[0]?.summary.categories).toEqual(["necessary", "ip", "analytics"]);
    engine.dispose();

    const next = await pageView();
    expect(next.getState().needsPrompt).toBe(false);
    expect(next.has("analytics")).toBe(true);
    // Already released: a new page view on the same document must not run it a second time.
    expect(document.querySelectorAll("script:not([type])")).toHaveLength(1);
  });

  it("rejectAll keeps everything gated and is stored as reject-all", async () => {
    const engine = await pageView();
    await engine.rejectAll();
    expect(engine.getState().needsPrompt).toBe(false);
    expect(engine.has("analytics")).toBe(false);
    expect(document.getElementById("stats")?.getAttribute("data-kelisim-state")).toBe("blocked");
    expect((await engine.receipts()).map((r) => r.method)).toEqual(["reject-all"]);
  });

  it("releases gated elements added after the choice (MutationObserver)", async () => {
    const engine = await pageView();
    await engine.set({ ip: true });
    const late = document.createElement("img");
    late.setAttribute("data-consent", "ip");
    late.setAttribute("data-src", "/pixel.png#late");
    document.body.append(late);
    await settle();
    expect(late.getAttribute("src")).toBe("/pixel.png#late");
    expect(late.getAttribute("data-kelisim-state")).toBe("released");
  });

  it("rejects unknown categories in set() and throws a TypeError from has()", async () => {
    const engine = await pageView();
    await expect(engine.set({ marketing: true })).rejects.toBeInstanceOf(TypeError);
    expect(() => engine.has("marketing")).toThrow(TypeError);
    expect(await engine.receipts()).toHaveLength(0);
  });

  it("releaseOnce loads one element without storing a choice", async () => {
    const engine = await pageView();
    const video = document.getElementById("video") as Element;
    engine.releaseOnce(video);
    expect(video.getAttribute("src")).toBe("/pixel.png#video");
    expect(engine.getState().choices.ip).toBe(false);
    expect(await engine.receipts()).toHaveLength(0);
  });

  it("pushes Consent Mode updates on a choice and on a load with a stored choice", async () => {
    const layer: unknown[] = [];
    (window as unknown as { dataLayer: unknown[] }).dataLayer = layer;
    const engine = await pageView();
    await engine.set({ analytics: true });
    const last = Array.from(layer.at(-1) as ArrayLike<unknown>);
    expect(last.slice(0, 2)).toEqual(["consent", "update"]);
    expect(last[2]).toMatchObject({
      analytics_storage: "granted",
      ad_storage: "denied",
      security_storage: "granted",
    });
    engine.dispose();
    layer.length = 0;
    await pageView();
    expect(Array.from(layer.at(-1) as ArrayLike<unknown>)[1]).toBe("update");
  });
});

describe("re-consent", () => {
  it("asks again after a material change and says what changed", async () => {
    const first = await pageView();
    await first.acceptAll();
    first.dispose();
    const v2 = fixtureManifest();
    v2.manifestVersion = "2026-06-01";
    v2.changes = [{ version: "2026-06-01", date: "2026-06-01", summary: "Video lessons", material: true }];
    (v2.activities as { data: string[] }[])[0]?.data.push("photo-video");
    v2.transfers = [{ id: "to-us", toCountry: "US", basis: "consent" }];
    resetPage(v2);
    const engine = await pageView();
    const state = engine.getState();
    expect(state.needsPrompt).toBe(true);
    expect(state.reasons).toEqual(["material-change"]);
    expect(state.diff?.addedDataCategories).toEqual(["photo-video"]);
    expect(state.diff?.addedTransfers).toEqual(["to-us"]);
    // A material change voids what was granted until the visitor answers again.
    expect(state.choices.analytics).toBe(false);
  });

  it("a version bump without a material change does not ask again", async () => {
    const first = await pageView();
    await first.acceptAll();
    first.dispose();
    const v2 = fixtureManifest();
    v2.manifestVersion = "2026-06-01";
    v2.changes = [{ version: "2026-06-01", date: "2026-06-01", summary: "Typo", material: false }];
    resetPage(v2);
    expect((await pageView()).getState().needsPrompt).toBe(false);
  });

  it("asks about a new optional category and keeps the other answers", async () => {
    const first = await pageView();
    await first.set({ analytics: true });
    first.dispose();
    const withMarketing = fixtureManifest();
    (withMarketing.consent as { categories: object[] }).categories.push({ id: "marketing" });
    resetPage(withMarketing);
    const state = (await pageView()).getState();
    expect(state.reasons).toEqual(["new-category"]);
    expect(state.diff?.addedCategories).toEqual(["marketing"]);
    expect(state.choices).toMatchObject({ analytics: true, marketing: false });
  });

  it("asks again when the choice expired", async () => {
    const first = await pageView();
    await first.acceptAll();
    first.dispose();
    const db = await openDB("kelisim");
    const record = (await db.get("choice", "current")) as Record<string, string>;
    await db.put(
      "choice",
      { ...record, created: "2020-01-01T00:00:00.000Z", expires: "2021-01-01T00:00:00.000Z" },
      "current",
    );
    db.close();
    const state = (await pageView()).getState();
    expect(state.reasons).toEqual(["expired"]);
    expect(state.choices.analytics).toBe(false);
  });
});

describe("withdrawal, GPC, events", () => {
  it("withdraw records a receipt, deletes the category's cookies (wildcards too) and fires kelisim:change", async () => {
    const engine = await pageView();
    await engine.acceptAll();
    for (const cookie of ["_ga=GA1.1.1", "_ga_ABC123=GS1.1", "school_session=keep"]) {
      // biome-ignore lint/suspicious/noDocumentCookie: the test sets cookies the way a site's tags do
      document.cookie = `${cookie}; path=/`;
    }
    const events: CustomEvent[] = [];
    document.addEventListener("kelisim:change", (event) => events.push(event as CustomEvent), { once: true });
    await engine.withdraw();
    expect(document.cookie).not.toMatch(/_ga/);
    expect(document.cookie).toMatch(/school_session=keep/);
    expect(events[0]?.detail.method).toBe("withdraw");
    expect(engine.getState().choices).toEqual({ necessary: true, ip: false, analytics: false });
    expect((await engine.receipts()).map((r) => r.method)).toEqual(["accept-all", "withdraw"]);
  });

  it("GPC pre-sets optional categories off as a gpc receipt until the visitor chooses otherwise", async () => {
    const engine = await pageView({ gpc: true });
    const state = engine.getState();
    expect(state.gpc).toBe(true);
    expect(state.needsPrompt).toBe(true);
    expect(state.choices).toEqual({ necessary: true, ip: false, analytics: false });
    expect(state.record?.method).toBe("gpc");
    engine.dispose();
    const again = await pageView({ gpc: true });
    expect(again.getState().needsPrompt).toBe(false);
    await again.set({ analytics: true }, "custom");
    again.dispose();
    // An explicit choice beats the signal on later page views.
    expect((await pageView({ gpc: true })).has("analytics")).toBe(true);
  });

  it("window.Kelisim.on('change') hears every change until unsubscribed", async () => {
    const api = createKelisimApi(directBackend(await pageView(), () => {}));
    const heard: string[] = [];
    const off = api.on("change", (record) => heard.push(record.method));
    await api.acceptAll();
    await api.set({ ip: false });
    off();
    await api.withdraw();
    expect(heard).toEqual(["accept-all", "api"]);
    expect(api.getConsent().record?.method).toBe("withdraw");
  });

  it("warns once about a gated element whose category the manifest does not declare, and never releases it", async () => {
    const warn = vi.spyOn(env, "warn").mockImplementation(() => {});
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img data-consent="marketing" data-src="/ad.png" id="ad">',
    );
    const engine = await pageView();
    await engine.acceptAll();
    engine.releaseOnce(document.getElementById("ad") as Element);
    expect(document.getElementById("ad")?.getAttribute("src")).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toMatch(/"marketing".*does not declare/);
    warn.mockRestore();
  });

  it("syncs a choice to another open tab", async () => {
    const tabA = await pageView();
    const tabB = await pageView();
    await tabA.set({ analytics: true });
    await settle(50);
    expect(tabB.getState().choices.analytics).toBe(true);
    expect(tabB.getState().needsPrompt).toBe(false);
  });
});
