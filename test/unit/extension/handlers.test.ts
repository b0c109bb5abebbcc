// The real background handlers and dispatcher on in-memory storage: sender checks, untrusted collector
// results, discovery outcomes (valid, invalid, cross-origin, 404 cached), badge, history, settings. Each
// inspection runs as in the browser: tab:inspect from the popup, the fake platform's collector answering.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { createHandlers, createInspection } from "../../../extension/background/handlers.ts";
import { dispatchMessage } from "../../../extension/messages.ts";
import type { PageObservation, TabReport } from "../../../extension/model.ts";
import { type FakePlatform, fakePlatform } from "./fake-platform.ts";

const SCHOOL = "https://school7.example";
const manifestText = readFileSync(
  new URL("../../fixtures/pages/extension/school-manifest.json", import.meta.url),
  "utf8",
);

let platform: FakePlatform;
let handlers: ReturnType<typeof createHandlers>;
const check = () => ({ runtimeId: platform.runtimeId, extensionBaseUrl: platform.extensionBaseUrl });
const fromPage = (url = `${SCHOOL}/`, tabId = 7) => ({
  id: platform.runtimeId,
  url,
  tab: { id: tabId } as never,
});
const fromPopup = () => ({ id: platform.runtimeId, url: `${platform.extensionBaseUrl}popup/index.html` });
const send = (name: string, payload: unknown, sender: object) =>
  dispatchMessage(handlers, { name, payload }, sender as never, check());

const observation = (
  candidate: PageObservation["candidate"],
  extra: Partial<PageObservation> = {},
): PageObservation => ({
  pageUrl: `${SCHOOL}/`,
  candidate,
  resources: [],
  cookieNames: ["sid"],
  localStorageKeys: [],
  sessionStorageKeys: [],
  consent: null,
  firstPaintAt: null,
  scriptMs: 1,
  ...extra,
});

/** The next inspection of tab `tabId` (showing `url`) hands back `collected`. */
function collects(collected: unknown, { tabId = 7, url = `${SCHOOL}/` } = {}) {
  platform.tabs.set(tabId, url);
  platform.collected = collected;
}
/** The visitor's inspection of a tab (the popup's tab:inspect). */
const inspect = (tabId = 7) => send("tab:inspect", { tabId }, fromPopup());
/** What the next inspection of `observation` stores for tab 7, or the error it answered with. */
async function inspectWith(observation: unknown, where: { tabId?: number; url?: string } = {}) {
  collects(observation, where);
  return inspect(where.tabId);
}

async function report(tabId = 7): Promise<TabReport> {
  const answer = await send("report:get", { tabId }, fromPopup());
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as TabReport;
}

beforeEach(() => {
  platform = fakePlatform();
  handlers = createHandlers(platform, { browserLanguages: () => ["ru-RU"] });
});

describe("who may send what", () => {
  test("messages from another extension are refused", async () => {
    const answer = await dispatchMessage(
      handlers,
      { name: "settings:get", payload: {} },
      { id: "other" } as never,
      check(),
    );
    expect(answer).toEqual({ ok: false, error: "sender is not this extension" });
  });
  test("a web page (a sender with a tab, not our page) can call nothing, not even the old content messages", async () => {
    expect(await send("history:clear", {}, fromPage())).toMatchObject({ ok: false });
    expect(await send("tab:inspect", { tabId: 1 }, fromPage())).toMatchObject({ ok: false });
    expect(platform.injected).toEqual([]);
    for (const name of ["page:observed", "cache:check"]) {
      expect(await send(name, observation(null), fromPage())).toEqual({
        ok: false,
        error: `unknown message ${name}`,
      });
    }
  });
  test("unknown names and malformed messages get an error, not a crash", async () => {
    expect(await dispatchMessage(handlers, "hello", fromPopup() as never, check())).toMatchObject({
      ok: false,
    });
    expect(await send("nope:nope", {}, fromPopup())).toMatchObject({
      ok: false,
      error: "unknown message nope:nope",
    });
  });
  test("untrusted collector results are checked: junk, script URLs and a page URL of another origin are refused", async () => {
    expect(await inspectWith({ pageUrl: 5 })).toMatchObject({ ok: false });
    expect(await inspectWith(observation({ source: "link", url: "javascript:alert(1)" }))).toMatchObject({
      ok: false,
    });
    expect(await inspectWith(observation(null, { pageUrl: "https://other.example/" }))).toMatchObject({
      ok: false,
    });
    expect(
      await inspectWith(observation(null, { resources: [{ host: "<img>", path: "/", startedAt: 1 }] })),
    ).toMatchObject({ ok: false });
    expect(await report()).toBeNull();
  });
});

describe("judging what the collector hands back", () => {
  const WELL_KNOWN = `${SCHOOL}/.well-known/privacy-manifest.json`;

  test("a valid linked declaration is stored per tab, badged as declared, remembered, and then cached", async () => {
    const url = `${SCHOOL}/privacy.json`;
    expect(await inspectWith(observation({ source: "link", url, status: 200, text: manifestText }))).toEqual({
      ok: true,
      value: { started: true, requestedAt: new Date(platform.clock.now).toISOString() },
    });
    const stored = await report();
    expect(stored.declaration.state).toBe("valid");
    expect(stored.findings).toEqual([]);
    expect(platform.badges.get(7)).toMatchObject({ text: "i" });
    // The badge title follows the browser language (ru) when the user chose none.
    expect(platform.badges.get(7)?.title).toContain("Келісім");
    const history = await send("history:list", {}, fromPopup());
    expect(history).toMatchObject({ ok: true, value: [{ origin: SCHOOL, manifestVersion: "2026-09-01" }] });
    // The next inspection of the origin is told the cached URL, and that it declares something (so the
    // collector reads the consent record); its cached candidate is resolved from the cache, no text.
    await inspectWith(observation({ source: "link", url, cached: true }, { pageUrl: `${SCHOOL}/about` }), {
      tabId: 8,
      url: `${SCHOOL}/about`,
    });
    expect(platform.cachedDeclarations.at(-1)).toEqual({ url, declares: true });
    expect((await report(8)).declaration.state).toBe("valid");
    // After the lifetime the cache is stale again: the collector is told nothing and fetches.
    platform.clock.now += 31 * 60_000;
    await inspect(8);
    expect(platform.cachedDeclarations.at(-1)).toBeNull();
  });

  test("an invalid declaration keeps the validator's errors with kk/ru/en messages", async () => {
    await inspectWith(observation({ source: "inline", text: '{"schemaVersion":1}' }));
    const stored = await report();
    expect(stored.declaration.state).toBe("invalid");
    expect(stored.badge).toBe("invalid");
    if (stored.declaration.state !== "invalid") return;
    expect(stored.declaration.errors.length).toBeGreaterThan(0);
    expect(stored.declaration.errors[0]?.message.kk).toBeTruthy();
  });

  test("a 404 at the well-known address is 'none', and cached as declaring nothing", async () => {
    await inspectWith(observation({ source: "well-known", url: WELL_KNOWN, status: 404, failure: "http" }));
    expect((await report()).declaration).toEqual({ state: "none" });
    expect(platform.badges.get(7)?.text).toBe("");
    // So the next inspection neither fetches it nor reads a consent record.
    await inspectWith(observation({ source: "well-known", url: WELL_KNOWN, cached: true }));
    expect(platform.cachedDeclarations).toEqual([null, { url: WELL_KNOWN, declares: false }]);
    expect((await report()).declaration).toEqual({ state: "none" });
  });

  test("no declaration: the observed report is kept, and the site is remembered only when the visitor asked", async () => {
    const none = observation(
      { source: "well-known", url: WELL_KNOWN, status: 404, failure: "http" },
      {
        resources: [{ host: "mc.yandex.ru", path: "/metrika/tag.js", startedAt: 5 }],
        cookieNames: ["_ym_uid"],
        firstPaintAt: 10,
      },
    );
    // An automatic (watch-mode) inspection: reported, but not added to the history.
    collects(none);
    await createInspection(platform).inspectTab(7, { requested: false });
    expect((await report()).observedReport).toMatchObject({
      parties: [
        { host: "mc.yandex.ru", country: "RU", abroad: true, consentBound: true, early: "before-shown" },
      ],
      cookieNames: ["_ym_uid"],
    });
    expect(await send("history:list", {}, fromPopup())).toEqual({ ok: true, value: [] });
    // The visitor opened the popup for this tab: now the site is remembered, marked observed only.
    await inspect();
    expect(await send("history:list", {}, fromPopup())).toMatchObject({
      ok: true,
      value: [{ origin: SCHOOL, manifest: null, manifestVersion: null, observed: { earlyCount: 1 } }],
    });
  });

  test("a linked declaration that cannot be fetched is invalid, with the reason", async () => {
    await inspectWith(observation({ source: "link", url: `${SCHOOL}/p.json`, failure: "timeout" }));
    const stored = await report();
    expect(stored.declaration).toMatchObject({ state: "invalid", errors: [{ code: "fetch-timeout" }] });
  });

  test("a cross-origin declaration counts only if its origins list names the page", async () => {
    const elsewhere = "https://cdn.example/school.json";
    await inspectWith(observation({ source: "link", url: elsewhere, status: 200, text: manifestText }));
    expect((await report()).declaration).toMatchObject({
      state: "invalid",
      errors: [{ code: "cross-origin-not-listed" }],
    });
    const listed = JSON.stringify({ ...JSON.parse(manifestText), origins: [SCHOOL] });
    await inspectWith(
      observation({ source: "link", url: "https://cdn.example/other.json", status: 200, text: listed }),
      { tabId: 9 },
    );
    expect((await report(9)).declaration.state).toBe("valid");
  });

  test("watch mode adds requests seen before the content script and HttpOnly cookies", async () => {
    await send("settings:set", { watchMode: true }, fromPopup());
    await platform.session.set({ "watch:7": [{ host: "mc.yandex.ru", path: "/watch", startedAt: 1 }] });
    platform.cookies = ["sid", "_ym_uid"];
    await inspectWith(observation({ source: "inline", text: manifestText }));
    const stored = await report();
    expect(stored.observed.watched).toBe(true);
    expect(stored.findings.map((f) => f.kind)).toEqual([
      "undeclared-host",
      "before-consent",
      "undeclared-cookie",
    ]);
    expect(platform.badges.get(7)?.text).toBe("!");
  });
});

describe("tab:inspect runs the collector and records what it hands back", () => {
  const inspect = (tabId = 42) => send("tab:inspect", { tabId }, fromPopup());

  test("the report is stored before tab:inspect answers, and the checked site is remembered", async () => {
    platform.collected = observation(null, {
      resources: [{ host: "mc.yandex.ru", path: "/metrika/tag.js", startedAt: 5 }],
    });
    expect(await inspect()).toMatchObject({ ok: true, value: { started: true } });
    const stored = await report(42);
    expect(stored).toMatchObject({ origin: SCHOOL, pageUrl: `${SCHOOL}/`, declaration: { state: "none" } });
    expect(stored.observed.thirdPartyHosts).toEqual(["mc.yandex.ru"]);
    expect(await send("history:list", {}, fromPopup())).toMatchObject({
      ok: true,
      value: [{ origin: SCHOOL, manifest: null }],
    });
  });

  test("the collector is told the cached declaration URL, and its cached candidate resolves from the cache", async () => {
    const url = `${SCHOOL}/privacy.json`;
    platform.collected = observation({ source: "link", url, status: 200, text: manifestText });
    await inspect();
    expect(platform.cachedDeclarations).toEqual([null]);
    platform.collected = observation({ source: "link", url, cached: true });
    await inspect();
    expect(platform.cachedDeclarations).toEqual([null, { url, declares: true }]);
    expect((await report(42)).declaration.state).toBe("valid");
    // After the lifetime the cache is stale: the collector must fetch again.
    platform.clock.now += 31 * 60_000;
    await inspect();
    expect(platform.cachedDeclarations).toEqual([null, { url, declares: true }, null]);
  });

  test("an observation whose page is not of the tab's origin is refused and stores nothing", async () => {
    platform.collected = observation(null, { pageUrl: "https://other.example/" });
    expect(await inspect()).toMatchObject({ ok: false, error: "observation does not match its sender" });
    expect(await report(42)).toBeNull();
  });

  test("a tab without a URL for us (no activeTab, a browser page) or a collector that hands back nothing is not inspected", async () => {
    expect(await inspect(99)).toMatchObject({ ok: false });
    expect(platform.injected).toEqual([]);
    platform.tabs.set(43, "chrome://settings/");
    expect(await inspect(43)).toMatchObject({ ok: false });
    expect(platform.injected).toEqual([]);
    platform.collected = undefined;
    expect(await inspect()).toMatchObject({ ok: false });
    expect(await report(42)).toBeNull();
  });

  test("junk from the collector is refused like a junk message", async () => {
    platform.collected = { pageUrl: 5 };
    expect(await inspect()).toMatchObject({ ok: false });
    expect(await report(42)).toBeNull();
  });
});

describe("extension pages", () => {
  test("tab:inspect injects the collector into that tab", async () => {
    expect(await send("tab:inspect", { tabId: 42 }, fromPopup())).toMatchObject({
      ok: true,
      value: { started: true },
    });
    expect(platform.injected).toEqual([42]);
    expect(await send("tab:inspect", { tabId: "42" }, fromPopup())).toMatchObject({ ok: false });
  });
  test("settings are validated and kept; clearing removes history and settings", async () => {
    expect(await send("settings:set", { language: "de" }, fromPopup())).toMatchObject({ ok: false });
    expect(await send("settings:set", { language: "kk" }, fromPopup())).toEqual({
      ok: true,
      value: { language: "kk", watchMode: false },
    });
    await inspectWith(observation({ source: "inline", text: manifestText }));
    expect(await send("history:clear", {}, fromPopup())).toEqual({ ok: true, value: { cleared: true } });
    expect(await send("history:list", {}, fromPopup())).toEqual({ ok: true, value: [] });
    expect(await send("settings:get", {}, fromPopup())).toEqual({
      ok: true,
      value: { language: null, watchMode: false },
    });
  });
});
