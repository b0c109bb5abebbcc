// The small-school example is what the widget and the extension demo against, so it must hold
// together: every third-party host belongs to a declared recipient, every banner category gates
// something, and every foreign recipient is reached only through a consented transfer.

import { describe, expect, it } from "vitest";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import { readExample } from "./seed-coverage.ts";

const m = readExample("small-school-site.json") as PrivacyManifest;
const technologies = m.technologies ?? [];
const recipients = m.recipients ?? [];
const categoryIds = (m.consent?.categories ?? []).map((c) => c.id);

describe("small-school-site.json", () => {
  it("declares the typical visitor-only school site", () => {
    expect(m.audiences.map((a) => a.id)).toEqual(["website-visitor"]);
    expect(categoryIds).toEqual(["necessary", "ip", "analytics", "media"]);
    expect(m.consent?.categories?.filter((c) => c.required).map((c) => c.id)).toEqual(["necessary"]);
    expect(m.storage?.map((s) => s.country)).toEqual(["KZ"]);
  });

  it("lists the analytics cookies under the analytics category with provider and country", () => {
    const analyticsCookies = technologies.filter((t) => t.kind === "cookie" && t.category === "analytics");
    expect(analyticsCookies.map((t) => t.name).sort()).toEqual(["_ga", "_ga_*", "_ym_d", "_ym_uid"]);
    for (const t of analyticsCookies) {
      expect(t.provider, t.id).toBeDefined();
      expect(t.country, t.id).toMatch(/^(RU|US)$/);
      expect(t.maxAgeSeconds, t.id).toBeGreaterThan(0);
    }
  });

  it("gates each third-party host under the expected category", () => {
    const categoryOf = (host: string) => technologies.find((t) => t.domains?.includes(host))?.category;
    expect(categoryOf("mc.yandex.ru")).toBe("analytics");
    expect(categoryOf("www.googletagmanager.com")).toBe("analytics");
    expect(categoryOf("www.google-analytics.com")).toBe("analytics");
    expect(categoryOf("www.youtube-nocookie.com")).toBe("media");
    expect(categoryOf("*.2gis.com")).toBe("ip");
  });

  it("uses only declared categories, and every optional category gates something", () => {
    for (const t of technologies) expect(categoryIds, t.id).toContain(t.category);
    for (const id of categoryIds.filter((id) => id !== "necessary"))
      expect(
        technologies.some((t) => t.category === id && !t.firstParty),
        id,
      ).toBe(true);
  });

  it("attributes every third-party host to a declared recipient", () => {
    const recipientHosts = new Set(recipients.flatMap((r) => r.domains ?? []));
    const thirdPartyHosts = technologies.filter((t) => !t.firstParty).flatMap((t) => t.domains ?? []);
    expect(thirdPartyHosts.length).toBeGreaterThan(0);
    expect(thirdPartyHosts.filter((host) => !recipientHosts.has(host))).toEqual([]);
  });

  it("reaches every foreign recipient only through a consented transfer to its country", () => {
    const transfers = new Map((m.transfers ?? []).map((t) => [t.id, t]));
    const gaps: string[] = [];
    for (const r of recipients.filter((r) => r.country && r.country !== "KZ"))
      for (const a of m.activities.filter((a) => a.recipients?.includes(r.id))) {
        const covered = (a.transfers ?? []).some((id) => {
          const t = transfers.get(id);
          return t?.toCountry === r.country && t?.basis === "consent";
        });
        if (!covered || !a.legalBasis.includes("consent") || a.mandatory !== false)
          gaps.push(`${a.id} → ${r.id}`);
      }
    expect(gaps).toEqual([]);
  });
});
