import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import { taxonomyEntry, taxonomyLabel } from "../../../../shared/taxonomy/label.ts";
import {
  customEntry,
  dataCategory,
  groupDataCategoryIds,
  groupOrder,
  isMinorSubject,
  isTaxonomyId,
  sortDataCategoryIds,
} from "../../../../shared/taxonomy/lookup.ts";

const manifest: Pick<
  PrivacyManifest,
  "customCategories" | "customPurposes" | "audiences" | "defaultLanguage"
> = {
  defaultLanguage: "ru",
  customCategories: [
    {
      id: "x-shoe-size",
      label: { kk: "Аяқ киім өлшемі", ru: "Размер обуви", en: "Shoe size" },
      group: "health",
    },
    { id: "x-locker-code", label: "Код шкафчика", sensitivity: "special" },
  ],
  customPurposes: [{ id: "x-uniform-order", label: { ru: "Заказ формы", en: "Uniform order" } }],
  audiences: [
    { id: "student", label: { kk: "1–11 сынып оқушылары" } },
    { id: "staff" },
    { id: "x-coaches" },
    { id: "x-trainers", label: { kk: "Жаттықтырушылар" } },
  ],
};

describe("dataCategory", () => {
  it("returns group, sensitivity and the special flag", () => {
    expect(dataCategory("full-name")).toEqual({
      id: "full-name",
      group: "identity",
      sensitivity: "standard",
      special: false,
      custom: false,
    });
    expect(dataCategory("health-medical")).toMatchObject({
      group: "health",
      sensitivity: "special",
      special: true,
    });
    expect(dataCategory("national-id-number")).toMatchObject({ sensitivity: "elevated", special: false });
  });

  it("resolves custom categories from the manifest, with defaults", () => {
    expect(dataCategory("x-shoe-size", manifest)).toMatchObject({
      group: "health",
      sensitivity: "standard",
      custom: true,
    });
    expect(dataCategory("x-locker-code", manifest)).toMatchObject({ group: "other", special: true });
  });

  it("knows nothing about unknown ids", () => {
    expect(dataCategory("x-shoe-size")).toBeUndefined();
    expect(dataCategory("favourite-colour", manifest)).toBeUndefined();
    expect(dataCategory("constructor")).toBeUndefined();
  });
});

describe("id helpers", () => {
  it("tells taxonomy ids by kind", () => {
    expect(isTaxonomyId("subject", "student")).toBe(true);
    expect(isTaxonomyId("purpose", "student")).toBe(false);
    expect(isTaxonomyId("legalBasis", "legitimate-interests")).toBe(true);
    expect(isTaxonomyId("data", "x-shoe-size")).toBe(false);
  });

  it("marks minors", () => {
    expect(isMinorSubject("student")).toBe(true);
    expect(isMinorSubject("preschool-child")).toBe(true);
    expect(isMinorSubject("legal-representative")).toBe(false);
  });

  it("finds custom entries", () => {
    expect(customEntry(manifest, "purpose", "x-uniform-order")?.label).toEqual({
      ru: "Заказ формы",
      en: "Uniform order",
    });
    expect(customEntry(manifest, "data", "x-uniform-order")).toBeUndefined();
  });
});

describe("ordering", () => {
  it("orders groups as the taxonomy does, unknown last", () => {
    expect(groupOrder("identity")).toBe(0);
    expect(groupOrder("online")).toBeLessThan(groupOrder("other"));
    expect(groupOrder("nope")).toBeGreaterThan(groupOrder("other"));
  });

  it("sorts data by group then taxonomy order and drops duplicates", () => {
    expect(
      sortDataCategoryIds(
        ["ip-address", "x-shoe-size", "full-name", "health-medical", "date-of-birth", "full-name"],
        manifest,
      ),
    ).toEqual(["full-name", "date-of-birth", "health-medical", "x-shoe-size", "ip-address"]);
  });

  it("groups data ids", () => {
    expect(groupDataCategoryIds(["ip-address", "full-name", "x-locker-code", "gender"], manifest)).toEqual([
      { group: "identity", ids: ["full-name", "gender"] },
      { group: "online", ids: ["ip-address"] },
      { group: "other", ids: ["x-locker-code"] },
    ]);
  });
});

describe("taxonomyLabel", () => {
  it("gives taxonomy labels in each language", () => {
    expect(taxonomyLabel("data", "full-name", "en")).toBe("Full name");
    expect(taxonomyLabel("data", "full-name", "ru")).toBe("ФИО (фамилия, имя, отчество)");
    expect(taxonomyLabel("subject", "student", "kk")).toBe("Білім алушы, оқушы");
    expect(taxonomyLabel("group", "health", "kk")).toBe("Денсаулық");
  });

  it("resolves custom ids from the manifest with language fallback", () => {
    expect(taxonomyLabel("data", "x-shoe-size", "kk", manifest)).toBe("Аяқ киім өлшемі");
    // A plain string is in the manifest's default language and is used for every language.
    expect(taxonomyLabel("data", "x-locker-code", "en", manifest)).toBe("Код шкафчика");
    // No kk label: the default language (ru) comes next.
    expect(taxonomyLabel("purpose", "x-uniform-order", "kk", manifest)).toBe("Заказ формы");
  });

  it("lets a manifest rename an audience, per language", () => {
    expect(taxonomyLabel("subject", "student", "kk", manifest)).toBe("1–11 сынып оқушылары");
    // The school's label is only in kk: an English reader gets the taxonomy's English label.
    expect(taxonomyLabel("subject", "student", "en", manifest)).toBe("Student / pupil");
    expect(taxonomyLabel("subject", "staff", "en", manifest)).toBe("Staff / employee");
  });

  it("shows the id when nothing is known", () => {
    expect(taxonomyLabel("subject", "x-coaches", "en", manifest)).toBe("x-coaches");
    // A custom audience has no taxonomy label: its own label in another language is better than the id.
    expect(taxonomyLabel("subject", "x-trainers", "en", manifest)).toBe("Жаттықтырушылар");
    expect(taxonomyLabel("data", "toString", "en")).toBe("toString");
  });

  it("exposes the taxonomy entry", () => {
    expect(taxonomyEntry("subject", "student")?.note).toContain("minor");
    expect(taxonomyEntry("subject", "__proto__")).toBeUndefined();
  });
});

describe("bundle boundary", () => {
  // The drop-in banner imports lookup.ts; labels.ts (~50 KB) must not be reachable from it.
  it("lookup.ts does not import labels.ts, directly or through its imports", () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/taxonomy");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/from\s+"(\.[^"]+)"/g)) {
        if (match[1]) visit(resolve(dirname(file), match[1]));
      }
    };
    visit(resolve(root, "lookup.ts"));
    expect([...seen].some((file) => file.endsWith("labels.ts"))).toBe(false);
    expect([...seen].some((file) => file.endsWith("ids.ts"))).toBe(true);
  });
});
