// @vitest-environment happy-dom
// Engine building blocks: cookies, Consent Mode, manifest loading, receipts, the public API.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createKelisimApi, directBackend } from "../../../../widget/engine/api.ts";
import {
  consentModeState,
  pushConsentDefault,
  pushConsentUpdate,
} from "../../../../widget/engine/consent-mode.ts";
import {
  cookieExpiryWrites,
  domainVariants,
  matchingCookieNames,
  pathVariants,
} from "../../../../widget/engine/cookies.ts";
import type { KelisimEngine } from "../../../../widget/engine/engine.ts";
import { env } from "../../../../widget/engine/env.ts";
import { checkManifestText } from "../../../../widget/engine/manifest-source.ts";
import { type ManifestSource, readManifestText } from "../../../../widget/engine/manifest-text.ts";
import { newReceiptId } from "../../../../widget/engine/receipt.ts";
import { WIDGET_VERSION } from "../../../../widget/version.ts";
import { fixtureManifest } from "./harness.ts";

const realFetch = env.fetch;
afterEach(() => {
  env.fetch = realFetch;
  vi.restoreAllMocks();
});

describe("cookie deletion variants", () => {
  it("matches exact and wildcard names against document.cookie", () => {
    expect(matchingCookieNames("_ga=1; _ga_X1=2; _gid=3; sess=4", ["_ga", "_ga_*"])).toEqual([
      "_ga",
      "_ga_X1",
    ]);
    expect(matchingCookieNames("a.b=1; axb=2", ["a.b"])).toEqual(["a.b"]);
  });

  it("covers host-only, every parent domain and every path prefix", () => {
    expect(domainVariants("www.school.edu.kz")).toEqual([
      null,
      "www.school.edu.kz",
      "school.edu.kz",
      "edu.kz",
    ]);
    expect(domainVariants("127.0.0.1")).toEqual([null]);
    expect(domainVariants("localhost")).toEqual([null]);
    expect(pathVariants("/news/2026/item.html")).toEqual([
      "/",
      "/news",
      "/news/",
      "/news/2026",
      "/news/2026/",
      "/news/2026/item.html",
      "/news/2026/item.html/",
    ]);
    const writes = cookieExpiryWrites(["_ga"], { hostname: "school.kz", pathname: "/a", protocol: "https:" });
    expect(writes).toContain(
      "_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/a; domain=school.kz; secure",
    );
    expect(writes).toHaveLength(2 * 3);
  });
});

describe("Consent Mode v2", () => {
  it("default denies all seven types but security_storage, as an Arguments object, with wait_for_update", () => {
    const target: { dataLayer?: unknown[] } = {};
    pushConsentDefault(target);
    const entry = target.dataLayer?.[0] as IArguments;
    expect(Object.prototype.toString.call(entry)).toBe("[object Arguments]");
    expect(Array.from(entry)).toEqual([
      "consent",
      "default",
      {
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
        analytics_storage: "denied",
        functionality_storage: "denied",
        personalization_storage: "denied",
        security_storage: "granted",
        wait_for_update: 500,
      },
    ]);
  });

  it("maps categories to types and calls the layer's own push (gtag.js replaces it)", () => {
    expect(consentModeState({ marketing: true, preferences: true })).toMatchObject({
      ad_storage: "granted",
      ad_user_data: "granted",
      ad_personalization: "granted",
      functionality_storage: "granted",
      personalization_storage: "granted",
      analytics_storage: "denied",
    });
    const seen: unknown[] = [];
    const layer: unknown[] = [];
    layer.push = (...items: unknown[]) => seen.push(...items);
    pushConsentUpdate({ dataLayer: layer }, { analytics: true });
    expect(Array.from(seen[0] as IArguments)[2]).toMatchObject({ analytics_storage: "granted" });
  });
});

describe("manifest loading", () => {
  const source: ManifestSource = { url: "https://school.example/m.json", inline: null };
  /** What the engine does: read the text (kelisim.js does this part), then check it. */
  const loadManifest = async (from: ManifestSource, timeoutMs?: number) =>
    checkManifestText(await readManifestText(from, timeoutMs));

  it("names the URL and the first issues with their JSON paths", async () => {
    const bad = fixtureManifest();
    bad.defaultLanguage = "de";
    bad.operator = { country: "KZ" };
    env.fetch = async () => new Response(JSON.stringify(bad));
    const loaded = await loadManifest(source);
    expect(loaded.manifest).toBeNull();
    expect(loaded.error).toContain("https://school.example/m.json");
    expect(loaded.error).toMatch(/\/defaultLanguage \S+/);
    expect(loaded.error).toMatch(/\/operator missing-field/);
  });

  it("reports HTTP errors, network errors and timeouts", async () => {
    env.fetch = async () => new Response("", { status: 500 });
    expect((await loadManifest(source)).error).toMatch(/HTTP 500/);
    env.fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect((await loadManifest(source)).error).toMatch(/network error/);
    env.fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    expect((await loadManifest(source, 50)).error).toMatch(/no answer within 0.05 s/);
  });

  it("uses an inline manifest without fetching", async () => {
    env.fetch = vi.fn();
    const loaded = await loadManifest({ url: source.url, inline: JSON.stringify(fixtureManifest()) });
    expect(loaded.error).toBeNull();
    expect(loaded.manifest?.manifestVersion).toBe("2026-01-01");
    expect(env.fetch).not.toHaveBeenCalled();
  });
});

describe("receipts and API", () => {
  it("WIDGET_VERSION follows package.json; receipt ids are v4 UUIDs even without randomUUID", () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../../package.json"), "utf8"));
    expect(WIDGET_VERSION).toBe(pkg.version);
    vi.spyOn(crypto, "randomUUID").mockImplementation(() => {
      throw new Error("insecure context");
    });
    expect(newReceiptId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("window.Kelisim rejects unknown views and events with a TypeError and tags set() as method api", async () => {
    const set = vi.fn(async () => {});
    const opened: string[] = [];
    const api = createKelisimApi(
      directBackend({ set, ready: Promise.resolve() } as unknown as KelisimEngine, (view) =>
        opened.push(view),
      ),
    );
    expect(() => api.open("settings" as never)).toThrow(TypeError);
    expect(() => api.on("update" as never, () => {})).toThrow(TypeError);
    api.open("policy");
    expect(opened).toEqual(["policy"]);
    await api.set({ analytics: true });
    expect(set).toHaveBeenCalledWith({ analytics: true }, "api");
    expect(Object.isFrozen(api)).toBe(true);
  });

  it("window.Kelisim before the engine has loaded: nothing granted, actions and listeners wait for it", async () => {
    let arrive: (engine: KelisimEngine | null) => void = () => {};
    const engine = new Promise<KelisimEngine | null>((resolve) => {
      arrive = resolve;
    });
    let current: KelisimEngine | null = null;
    const api = createKelisimApi({ current: () => current, engine, open: () => {} });
    expect(api.has("analytics")).toBe(false);
    expect(api.getConsent()).toMatchObject({ choices: {}, record: null, needsPrompt: false });
    const heard: string[] = [];
    api.on("change", (record) => heard.push(record.method));
    const dropped = api.on("change", () => heard.push("unsubscribed listener"));
    dropped();
    const accepted = api.acceptAll();
    const listeners: ((record: { method: string }) => void)[] = [];
    const acceptAll = vi.fn(async () => {
      for (const listener of listeners) listener({ method: "accept-all" });
    });
    const real = {
      acceptAll,
      has: () => true,
      ready: Promise.resolve(),
      onChange: (listener: (record: { method: string }) => void) => {
        listeners.push(listener);
        return () => {};
      },
    } as unknown as KelisimEngine;
    current = real;
    arrive(real);
    await accepted;
    await api.ready;
    expect(acceptAll).toHaveBeenCalledOnce();
    expect(heard).toEqual(["accept-all"]);
    expect(api.has("analytics")).toBe(true);
  });

  it("window.Kelisim when the engine could not be loaded: ready resolves, actions reject saying why", async () => {
    const api = createKelisimApi({ current: () => null, engine: Promise.resolve(null), open: () => {} });
    await expect(api.ready).resolves.toBeUndefined();
    await expect(api.rejectAll()).rejects.toThrow(/could not be loaded/);
    expect(api.has("analytics")).toBe(false);
  });
});
