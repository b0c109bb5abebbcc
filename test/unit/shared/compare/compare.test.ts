import { describe, expect, test } from "vitest";
import {
  compareDeclaredWithObserved,
  compareTransfers,
  type Observed,
} from "../../../../shared/compare/compare.ts";
import {
  hostMatchesPattern,
  isThirdParty,
  nameMatchesPattern,
  siteOf,
} from "../../../../shared/compare/declared.ts";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";

const manifest = (extra: Partial<PrivacyManifest> = {}): PrivacyManifest => ({
  schemaVersion: 1,
  manifestVersion: "1",
  published: "2026-01-01",
  languages: ["kk"],
  defaultLanguage: "kk",
  operator: { name: "Мектеп", country: "KZ" },
  audiences: [{ id: "website-visitor" }],
  activities: [],
  ...extra,
});

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

describe("hosts and names", () => {
  test("a subdomain of the school's own site is first party", () => {
    expect(siteOf("cdn.school.edu.kz")).toBe("school.edu.kz");
    expect(isThirdParty("cdn.school.edu.kz", "school.edu.kz")).toBe(false);
    expect(isThirdParty("mc.yandex.ru", "school.edu.kz")).toBe(true);
  });
  test("wildcards match subdomains and the apex; plain hosts only themselves", () => {
    expect(hostMatchesPattern("a.b.example.com", "*.example.com")).toBe(true);
    expect(hostMatchesPattern("example.com", "*.example.com")).toBe(true);
    expect(hostMatchesPattern("evil-example.com", "*.example.com")).toBe(false);
    expect(hostMatchesPattern("www.example.com", "example.com")).toBe(false);
    expect(nameMatchesPattern("_ym_uid", "_ym_*")).toBe(true);
    expect(nameMatchesPattern("_ga", "_ym_*")).toBe(false);
  });
});

describe("declared versus observed", () => {
  test("an undeclared tracker is reported with organisation and country, and as contacted without consent", () => {
    const findings = compareDeclaredWithObserved(manifest(), observed({ resources: [at("mc.yandex.ru")] }));
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: "undeclared-host",
        host: "mc.yandex.ru",
        tracker: expect.objectContaining({ organisation: "Yandex LLC", country: "RU" }),
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: "before-consent", reason: "no-consent" }),
    );
  });

  test("a declared analytics host is fine after consent, flagged before it, and flagged when refused", () => {
    const declared = manifest({
      technologies: [
        {
          id: "m",
          kind: "script",
          domains: ["mc.yandex.ru"],
          firstParty: false,
          category: "analytics",
          country: "RU",
        },
      ],
      transfers: [{ id: "t", toCountry: "RU", basis: "consent" }],
    });
    const consent = (analytics: boolean) => ({
      choices: { analytics },
      created: new Date(5_000).toISOString(),
      expires: "",
      manifestVersion: "1",
      method: "custom",
    });
    const after = compareDeclaredWithObserved(
      declared,
      observed({ resources: [at("mc.yandex.ru", 6_000)], consent: consent(true) }),
    );
    expect(after).toEqual([]);
    const before = compareDeclaredWithObserved(
      declared,
      observed({ resources: [at("mc.yandex.ru", 4_000)], consent: consent(true) }),
    );
    expect(before).toEqual([expect.objectContaining({ kind: "before-consent", reason: "before" })]);
    const refused = compareDeclaredWithObserved(
      declared,
      observed({ resources: [at("mc.yandex.ru", 6_000)], consent: consent(false) }),
    );
    expect(refused).toEqual([expect.objectContaining({ kind: "before-consent", reason: "refused" })]);
  });

  test("a declared necessary third party (a CDN) is never a consent finding", () => {
    const declared = manifest({
      technologies: [
        { id: "cdn", kind: "script", domains: ["*.jsdelivr.net"], firstParty: false, category: "necessary" },
      ],
    });
    expect(compareDeclaredWithObserved(declared, observed({ resources: [at("cdn.jsdelivr.net")] }))).toEqual(
      [],
    );
  });

  test("Yandex's click counter path on yandex.ru is recognised as Metrica", () => {
    const findings = compareDeclaredWithObserved(
      manifest(),
      observed({ resources: [at("yandex.ru", 1, "/clck/jsredir")] }),
    );
    expect(findings[0]).toMatchObject({ kind: "undeclared-host", tracker: { name: "Yandex Metrica" } });
  });

  test("undeclared cookies and storage keys are listed; declared ones and the consent tool's own are not", () => {
    const declared = manifest({
      technologies: [
        { id: "s", kind: "cookie", name: "sid", firstParty: true, category: "necessary" },
        { id: "y", kind: "cookie", name: "_ym_*", firstParty: true, category: "analytics" },
        { id: "l", kind: "local-storage", name: "theme", firstParty: true, category: "necessary" },
      ],
    });
    const findings = compareDeclaredWithObserved(
      declared,
      observed({
        cookieNames: ["sid", "_ym_uid", "_ga"],
        localStorageKeys: ["theme", "kelisim:lang", "cart"],
        sessionStorageKeys: ["tmp"],
      }),
    );
    expect(findings).toEqual([
      { kind: "undeclared-cookie", name: "_ga" },
      { kind: "undeclared-storage", name: "cart", area: "local" },
      { kind: "undeclared-storage", name: "tmp", area: "session" },
    ]);
  });

  test("no declaration means no findings at all: the extension stays neutral", () => {
    expect(compareDeclaredWithObserved(null, observed({ resources: [at("mc.yandex.ru")] }))).toEqual([]);
  });
});

describe("transfers", () => {
  test("a recipient abroad with no transfer entry is reported; one covered by a transfer is not", () => {
    const abroad = manifest({
      recipients: [
        { id: "google", kind: "analytics-providers", country: "US" },
        { id: "kz", kind: "state-bodies", country: "KZ" },
      ],
    });
    expect(compareTransfers(abroad)).toEqual([
      { kind: "abroad-without-transfer", recipient: "google", country: "US" },
    ]);
    expect(
      compareTransfers({ ...abroad, transfers: [{ id: "t", toCountry: "US", basis: "consent" }] }),
    ).toEqual([]);
  });
});
