// shared/consent: categories, summary, diff, re-consent rules, record checks, server cookie format.
import { describe, expect, it } from "vitest";
import { consentCategories, optionalCategoryIds } from "../../../../shared/consent/categories.ts";
import { checkRecord } from "../../../../shared/consent/check-record.ts";
import { diffSummaries, isEmptyDiff } from "../../../../shared/consent/diff.ts";
import { maxAgeDays, reconsentReasons } from "../../../../shared/consent/reconsent.ts";
import type { ConsentRecord } from "../../../../shared/consent/record.ts";
import { formatConsentCookie, parseConsentCookie } from "../../../../shared/consent/server-cookie.ts";
import { summarizeManifest } from "../../../../shared/consent/summary.ts";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import { fixtureManifest } from "./harness.ts";

const manifest = () => fixtureManifest() as unknown as PrivacyManifest;
const DAY = 86_400_000;

function recordFor(m: PrivacyManifest, createdMs: number, choices: Record<string, boolean>): ConsentRecord {
  return {
    schemaVersion: 1,
    receiptId: "r",
    origin: "https://school.example",
    manifestVersion: m.manifestVersion,
    manifestHash: "",
    choices,
    method: "custom",
    language: "kk",
    indicatedBy: "self",
    gpc: false,
    created: new Date(createdMs).toISOString(),
    expires: new Date(createdMs + 365 * DAY).toISOString(),
    widgetVersion: "0.1.0",
    summary: summarizeManifest(m),
  };
}

describe("consent categories", () => {
  it("defaults to necessary, ip, analytics with necessary required", () => {
    expect(consentCategories(null)).toEqual([
      { id: "necessary", required: true },
      { id: "ip", required: false },
      { id: "analytics", required: false },
    ]);
  });

  it("always offers necessary, first, even when a manifest leaves it out", () => {
    const m = manifest();
    m.consent = { categories: [{ id: "analytics" }, { id: "marketing" }] };
    expect(consentCategories(m).map((c) => c.id)).toEqual(["necessary", "analytics", "marketing"]);
    expect(optionalCategoryIds(consentCategories(m))).toEqual(["analytics", "marketing"]);
  });
});

describe("summary and diff", () => {
  it("summarises third parties only, sorted, and diffs additions", () => {
    const before = summarizeManifest(manifest());
    expect(before.technologies).toEqual(["metrica", "youtube"]);
    expect(before.dataCategories).toEqual(["ip-address"]);
    const m = manifest();
    m.technologies?.push({ id: "jivo", kind: "script", firstParty: false, category: "analytics" });
    m.recipients = [{ id: "yandex", kind: "analytics-providers" }];
    const diff = diffSummaries(before, summarizeManifest(m));
    expect(diff).toEqual({
      addedCategories: [],
      addedDataCategories: [],
      addedRecipients: ["yandex"],
      addedTechnologies: ["jivo"],
      addedTransfers: [],
    });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffSummaries(before, before))).toBe(true);
  });
});

describe("re-consent rules", () => {
  const now = Date.parse("2026-06-01T00:00:00Z");

  it("first visit, nothing, material change, new category, expiry", () => {
    const m = manifest();
    const optional = optionalCategoryIds(consentCategories(m));
    expect(reconsentReasons(null, m, optional, now)).toEqual(["first-visit"]);
    const fresh = recordFor(m, now - DAY, { necessary: true, ip: false, analytics: true });
    expect(reconsentReasons(fresh, m, optional, now)).toEqual([]);

    const bumped = {
      ...m,
      manifestVersion: "2",
      changes: [{ version: "2", date: "2026-05-30", summary: "x", material: true }],
    };
    expect(reconsentReasons(fresh, bumped, optional, now)).toEqual(["material-change"]);
    const minor = { ...bumped, changes: [{ version: "2", date: "2026-05-30", summary: "x" }] };
    expect(reconsentReasons(fresh, minor, optional, now)).toEqual([]);

    expect(reconsentReasons(fresh, m, [...optional, "marketing"], now)).toEqual(["new-category"]);
    expect(reconsentReasons(fresh, m, optional, now + 365 * DAY)).toEqual(["expired"]);
  });

  it("a manifest that shortens maxAgeDays shortens choices already given; the cap is 395 days", () => {
    const m = manifest();
    const given = recordFor(m, now - 40 * DAY, { necessary: true });
    m.consent = { ...m.consent, maxAgeDays: 30 };
    expect(reconsentReasons(given, m, [], now)).toEqual(["expired"]);
    expect(maxAgeDays({ ...m, consent: { maxAgeDays: 9999 } })).toBe(395);
    expect(maxAgeDays(null)).toBe(365);
  });
});

describe("stored record checks", () => {
  it("accepts a v1 receipt, flags future versions, refuses anything malformed", () => {
    const good = recordFor(manifest(), Date.now(), { necessary: true });
    expect(checkRecord(good)).toBe("ok");
    expect(checkRecord({ ...good, schemaVersion: 3 })).toBe("future-version");
    expect(checkRecord({ ...good, choices: { analytics: 1 } })).toBe("corrupt");
    expect(checkRecord({ ...good, created: "yesterday" })).toBe("corrupt");
    expect(checkRecord({ ...good, summary: { categories: [] } })).toBe("corrupt");
    expect(checkRecord("text")).toBe("corrupt");
    expect(checkRecord(null)).toBe("corrupt");
  });
});

describe("server cookie format", () => {
  it("writes `<id>-<0|1>` items joined by dots and parses them back", () => {
    const choices = { necessary: true, ip: false, analytics: true, "x-video-lessons": false };
    const value = formatConsentCookie(choices);
    expect(value).toBe("necessary-1.ip-0.analytics-1.x-video-lessons-0");
    expect(parseConsentCookie(value)).toEqual(choices);
    expect(parseConsentCookie("junk.ip-2.analytics-1")).toEqual({ analytics: true });
  });
});
