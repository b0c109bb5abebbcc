// describeLabel over the six real manifests in shared/examples and a few small edits of them: the
// default audience, the plain data groups, consent-or-not per purpose, each country abroad on its own
// line, shortest/longest retention, the actions, the verdict, and "Not stated" where the manifest is
// silent.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../../shared/compare/types.ts";
import { LANGUAGES, type PrivacyManifest } from "../../../../shared/manifest/types.ts";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";
import { describeLabel, LABEL_GROUPS, labelGroupOf } from "../../../../shared/manifest/view-label.ts";
import { describeLabelWithVerdict, describeVerdict } from "../../../../shared/manifest/view-verdict.ts";
import { readExample } from "../examples/seed-coverage.ts";

const EXAMPLE_FILES = readdirSync(new URL("../../../../shared/examples/", import.meta.url)).filter((file) =>
  file.endsWith(".json"),
);
const example = (file: string) => {
  const result = validateManifest(readExample(file));
  if (!result.ok || result.manifest === undefined) throw new Error(`${file} does not validate`);
  return result.manifest;
};
const copy = (manifest: PrivacyManifest): PrivacyManifest => structuredClone(manifest);

describe.each(EXAMPLE_FILES)("describeLabel(%s)", (file) => {
  const manifest = example(file);

  it.each(LANGUAGES)("fills every row in %s, with no key or id showing through", (lang) => {
    const label = describeLabel(manifest, lang);
    expect(label.audience).not.toBeNull();
    expect(label.audiences.filter((audience) => audience.selected)).toHaveLength(1);
    expect(label.groups.length).toBeGreaterThan(0);
    expect(label.purposes.length).toBeGreaterThan(0);
    expect(label.abroad.length > 0 || label.storageText !== null).toBe(true);
    expect(label.retention).not.toBeNull();
    expect(label.actions.map((action) => action.id)).toContain("complain");
    const strings = JSON.stringify(label);
    expect(strings).not.toMatch(/"(label|group|basis|storage|retention|data)\.[a-zA-Z-]+"/);
    for (const text of Object.values(label.text)) expect(text.trim()).not.toBe("");
  });

  it("picks the children's audience first when the manifest has one", () => {
    const label = describeLabel(manifest, "kk");
    const minors = manifest.audiences.filter((audience) =>
      ["student", "preschool-child"].includes(audience.id),
    );
    if (minors.length > 0) expect(label.audience).toBe(minors[0]?.id);
    else expect(label.audience).toBe(manifest.audiences[0]?.id);
    expect(label.audiences.find((audience) => audience.selected)?.minors).toBe(minors.length > 0);
  });

  it("lists every data category of the audience's activities exactly once, in a known group", () => {
    for (const audience of manifest.audiences) {
      const label = describeLabel(manifest, "en", { audience: audience.id });
      expect(label.audience).toBe(audience.id);
      const declared = new Set(
        manifest.activities
          .filter((activity) => activity.audiences.includes(audience.id))
          .flatMap((activity) => activity.data),
      );
      const shown = label.groups.flatMap((group) => group.items.map((item) => item.id));
      expect(new Set(shown)).toEqual(declared);
      expect(shown).toHaveLength(declared.size);
      for (const group of label.groups) {
        expect(LABEL_GROUPS).toContain(group.id);
        expect(group.highRisk).toBe(group.items.some((item) => item.highRisk));
      }
    }
  });

  it("names each country outside Kazakhstan once, and never Kazakhstan", () => {
    for (const audience of manifest.audiences) {
      const label = describeLabel(manifest, "ru", { audience: audience.id });
      const codes = label.abroad.map((line) => line.country.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes).not.toContain("KZ");
      for (const line of label.abroad) expect(line.text).toContain(line.country.name);
    }
  });
});

describe("describeLabel: what each row says", () => {
  const school = example("small-school-site.json");

  it("groups, marks high risk and sorts the plain groups in label order", () => {
    expect(labelGroupOf({ id: "biometric-data", group: "identity", special: true })).toBe("biometrics");
    expect(labelGroupOf({ id: "religion-beliefs", group: "identity", special: true })).toBe("health");
    expect(labelGroupOf({ id: "location", group: "online", special: false })).toBe("location");
    expect(labelGroupOf({ id: "ip-address", group: "online", special: false })).toBe("online");
    expect(labelGroupOf({ id: "academic-performance", group: "education", special: false })).toBe(
      "education",
    );
    expect(labelGroupOf({ id: "bank-details", group: "financial", special: false })).toBe("other");
    const tamos = describeLabel(example("tamos-education.json"), "en");
    const ids = tamos.groups.map((group) => group.id);
    expect(ids).toEqual(LABEL_GROUPS.filter((id) => ids.includes(id)));
    const health = tamos.groups.find((group) => group.id === "health");
    expect(health?.highRisk).toBe(true);
    expect(health?.mark).toBe("Special category");
    expect(health?.items.find((item) => item.id === "religion-beliefs")?.highRisk).toBe(true);
    // Groups the taxonomy names keep its label; the label's own groups have theirs.
    expect(tamos.groups.find((group) => group.id === "identity")?.label).toBe("Identity");
    expect(health?.label).toBe("Health and special categories");
    // IP addresses and cookies are standard; account credentials are elevated.
    const school = describeLabel(example("small-school-site.json"), "kk");
    expect(school.groups.map((group) => [group.id, group.mark])).toEqual([["online", null]]);
    const kundelik = describeLabel(example("kundelik.json"), "kk");
    expect(kundelik.groups.find((group) => group.id === "online")?.mark).toBe("Жоғары тәуекел");
  });

  it("marks a purpose 'needs your consent' only when consent is its only basis", () => {
    const label = describeLabel(school, "en");
    const analytics = label.purposes.find((purpose) => purpose.id === "analytics-service-improvement");
    expect(analytics).toMatchObject({ needsConsent: true, basisLabel: "Needs your consent" });
    const records = label.purposes.find((purpose) => purpose.id === "consent-record-keeping");
    expect(records).toMatchObject({ needsConsent: false, basisLabel: "Required by law" });
    const mixed = copy(school);
    const first = mixed.activities[0];
    if (first === undefined) throw new Error("no activity");
    first.legalBasis = ["consent", "contract"];
    const purpose = describeLabel(mixed, "en").purposes.find((entry) => entry.id === first.purposes[0]);
    expect(purpose).toMatchObject({
      needsConsent: false,
      basisLabel: "To provide the service · Needs your consent",
    });
  });

  it("puts Russia and the United States on their own lines, with who is there", () => {
    const label = describeLabel(school, "en");
    expect(label.abroad.map((line) => line.text)).toEqual([
      "Outside Kazakhstan: Russia",
      "Outside Kazakhstan: United States",
    ]);
    expect(label.abroad[0]?.via).toContain("Yandex Metrica");
    expect(label.storageText).toBeNull();
    const kk = describeLabel(school, "kk");
    expect(kk.abroad[0]?.text).toBe("Қазақстаннан тыс: Ресей");
  });

  it("gives the shortest and the longest retention, or one line when they agree", () => {
    expect(describeLabel(school, "en").retention).toEqual({
      shortest: "Shortest: Until the end of the session",
      longest: "Longest: Kept for 2 years",
    });
    expect(describeLabel(school, "ru").retention?.longest).toBe("Максимум: Срок хранения — 2 года");
    expect(describeLabel(example("kundelik.json"), "en").retention).toEqual({
      shortest: "Until a specified event",
      longest: null,
    });
    // Open-ended beats any fixed period.
    const open = copy(school);
    const last = open.activities[open.activities.length - 1];
    if (last === undefined) throw new Error("no activity");
    last.retention = { kind: "until-purpose" };
    expect(describeLabel(open, "en").retention?.longest).toBe(
      "Longest: Until the purpose of processing is achieved",
    );
  });

  it("offers to change consent, a mailto to the responsible person and the authority", () => {
    const [consent, contact, complain] = describeLabel(school, "en").actions;
    expect(consent).toEqual({
      id: "consent",
      text: "Change or withdraw your consent",
      detail: null,
      link: null,
    });
    expect(contact?.link?.href).toBe("mailto:privacy@school.example");
    expect(complain?.text).toBe("Where to complain");
    expect(complain?.detail).toMatch(/^Ministry of /);
  });

  it("says 'Not stated' in words where the manifest is silent", () => {
    const silent = copy(school);
    for (const activity of silent.activities) {
      delete activity.recipients;
      delete activity.storage;
      delete activity.transfers;
    }
    delete silent.storage;
    delete silent.transfers;
    delete silent.responsiblePerson;
    delete silent.operator.email;
    const label = describeLabel(silent, "kk");
    expect(label.recipients).toEqual([]);
    expect(label.abroad).toEqual([]);
    expect(label.storageText).toBe("Деректердің сақталатын жері көрсетілмеген");
    expect(label.text.notStated).toBe("Көрсетілмеген");
    expect(label.actions.find((action) => action.id === "contact")?.link).toBeNull();
    const none = copy(school);
    none.activities = [];
    expect(describeLabel(none, "en")).toMatchObject({ groups: [], purposes: [], retention: null });
  });

  it("adds the verdict only with findings, counting each one", () => {
    expect(describeLabel(school, "en")).not.toHaveProperty("verdict");
    expect(describeLabelWithVerdict(school, "en", []).verdict).toMatchObject({
      matches: true,
      count: 0,
      text: "This page did only what it declared",
    });
    const findings: Finding[] = [
      { kind: "undeclared-host", host: "mc.yandex.ru" },
      { kind: "undeclared-cookie", name: "_ga" },
    ];
    expect(describeLabelWithVerdict(school, "en", findings).verdict).toMatchObject({
      matches: false,
      count: 2,
      text: "2 things this page did that it did not declare or did before consent",
    });
    expect(describeVerdict(findings, "ru").text).toBe(
      "2 действия страницы не заявлены или совершены до согласия",
    );
  });
});
