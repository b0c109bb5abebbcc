// The observed-only report (no declaration): facts about third parties, consent timing and storage
// names, from the same rules and tracker list as declared-versus-observed.
import { describe, expect, test } from "vitest";
import type { Observed } from "../../../../shared/compare/compare.ts";
import { describeObserved } from "../../../../shared/compare/observed.ts";

const observed = (extra: Partial<Observed> = {}): Observed => ({
  pageHost: "school.edu.kz",
  resources: [],
  cookieNames: [],
  localStorageKeys: [],
  sessionStorageKeys: [],
  consent: null,
  ...extra,
});
const at = (host: string, startedAt = 1_000, path = "/") => ({ host, path, startedAt });

describe("describeObserved", () => {
  test("known hosts carry organisation and country; analytics requested before the first paint is early", () => {
    const report = describeObserved(
      observed({
        resources: [
          at("mc.yandex.ru", 2_000, "/watch/1"),
          at("www.google-analytics.com", 1_500, "/g/collect"),
          at("c.zero.kz"),
          at("cdn.example.org"),
          at("img.school.edu.kz"),
          at("mc.yandex.ru", 1_000, "/metrika/tag.js"),
        ],
        firstPaintAt: 1_800,
        cookieNames: ["_ym_uid", "_ga", "_ga"],
        localStorageKeys: ["_ym_retryReqs"],
        sessionStorageKeys: ["tab"],
      }),
    );
    expect(report.parties.map((party) => party.host)).toEqual([
      "c.zero.kz",
      "cdn.example.org",
      "mc.yandex.ru",
      "www.google-analytics.com",
    ]);
    const [zero, unknown, yandex, google] = report.parties;
    expect(yandex).toMatchObject({
      tracker: { organisation: "Yandex LLC", category: "analytics" },
      country: "RU",
      abroad: true,
      consentBound: true,
      // Its earliest request (tag.js at 1 000) came before the page painted at 1 800.
      early: "before-shown",
    });
    expect(google).toMatchObject({ country: "US", abroad: true, consentBound: true, early: "before-shown" });
    expect(zero).toMatchObject({ country: "KZ", abroad: false, consentBound: true, early: "before-shown" });
    expect(unknown).toEqual({
      host: "cdn.example.org",
      country: null,
      abroad: false,
      consentBound: false,
      early: null,
    });
    expect(report.abroadCountries).toEqual(["RU", "US"]);
    expect(report.consentBoundCount).toBe(3);
    expect(report.earlyCount).toBe(3);
    expect(report.cookieNames).toEqual(["_ym_uid", "_ga"]);
    expect(report.localStorageKeys).toEqual(["_ym_retryReqs"]);
    expect(report.sessionStorageKeys).toEqual(["tab"]);
  });

  test("without a record, only what ran before the first paint is early: a consent tool Kelisim cannot read may have asked", () => {
    const resources = [at("mc.yandex.ru", 1_000), at("www.google-analytics.com", 3_000)];
    const painted = describeObserved(observed({ resources, firstPaintAt: 2_000 }));
    expect(painted.parties.map((party) => party.early)).toEqual(["before-shown", null]);
    expect(painted.earlyCount).toBe(1);
    // Never painted (a background tab): nothing can be said for sure.
    const unpainted = describeObserved(observed({ resources, firstPaintAt: null }));
    expect(unpainted.parties.map((party) => party.early)).toEqual([null, null]);
    expect(unpainted.consentBoundCount).toBe(2);
  });

  test("analytics contacted after a recorded yes is not early; before it, or refused, is", () => {
    const consent = (choices: Record<string, boolean>) => ({
      choices,
      created: new Date(5_000).toISOString(),
      expires: new Date(9_000_000).toISOString(),
      manifestVersion: "1",
      method: "custom",
    });
    const resources = [at("mc.yandex.ru", 6_000), at("www.google-analytics.com", 4_000)];
    const granted = describeObserved(observed({ resources, consent: consent({ analytics: true }) }));
    expect(granted.parties.map((party) => party.early)).toEqual([null, "before"]);
    const refused = describeObserved(observed({ resources, consent: consent({ analytics: false }) }));
    expect(refused.parties.map((party) => party.early)).toEqual(["refused", "refused"]);
  });

  test("a page with nothing third-party", () => {
    const report = describeObserved(observed({ resources: [at("school.edu.kz"), at("cdn.school.edu.kz")] }));
    expect(report).toEqual({
      parties: [],
      abroadCountries: [],
      consentBoundCount: 0,
      earlyCount: 0,
      cookieNames: [],
      localStorageKeys: [],
      sessionStorageKeys: [],
    });
  });
});
