// What kelisim.js reads from the manifest before the full validator has loaded (widget/boot/first-look.ts).
import { expect, test } from "vitest";
import { ID_PATTERN } from "../../../../shared/manifest/fields.ts";
import { ARRAY_MAX, LABEL_MAX } from "../../../../shared/manifest/limits.ts";
import {
  FIRST_LOOK_ID_PATTERN,
  FIRST_LOOK_MAX_CATEGORIES,
  firstLook as lookAt,
} from "../../../../widget/boot/first-look.ts";
import type { ManifestText } from "../../../../widget/engine/manifest-text.ts";

const firstLook = (text: string) => {
  const got: ManifestText = {
    source: { url: "https://school.example/m.json", inline: null },
    text,
    problem: null,
  };
  return lookAt(got);
};

const manifest = {
  operator: { name: { kk: "Мектеп", ru: "Школа" } },
  languages: ["kk", "ru", "xx"],
  defaultLanguage: "ru",
  consent: { categories: [{ id: "analytics", label: { kk: "Статистика" } }, { id: "ip" }] },
};

test("reads the operator, the offered categories (necessary first) and the languages", () => {
  expect(firstLook(JSON.stringify(manifest))).toEqual({
    operator: { kk: "Мектеп", ru: "Школа" },
    categories: [
      { id: "necessary", required: true },
      { id: "analytics", label: { kk: "Статистика" }, required: false },
      { id: "ip", required: false },
    ],
    languages: ["kk", "ru"],
    defaultLanguage: "ru",
  });
});

test("without consent categories it offers the defaults, like the engine", () => {
  const look = firstLook(JSON.stringify({ operator: { name: "School" } }));
  expect(look?.categories.map((category) => category.id)).toEqual(["necessary", "ip", "analytics"]);
  expect(look?.defaultLanguage).toBe("kk");
});

test.each([
  ["not JSON", "{"],
  ["not an object", "[1]"],
  ["no operator name", JSON.stringify({ operator: {} })],
  ["a name that is not text", JSON.stringify({ operator: { name: { kk: 1 } } })],
  ["categories not a list", JSON.stringify({ ...manifest, consent: { categories: {} } })],
  ["a category without an id", JSON.stringify({ ...manifest, consent: { categories: [{ label: "x" }] } })],
  [
    "required not boolean",
    JSON.stringify({ ...manifest, consent: { categories: [{ id: "a", required: 1 }] } }),
  ],
  ["over 512 KiB", JSON.stringify({ ...manifest, pad: "x".repeat(512 * 1024) })],
])("%s → null: the banner waits for the engine", (_, text) => {
  expect(firstLook(text)).toBeNull();
});

test("the text is parsed once: the validator reuses the banner's parse", () => {
  const got: ManifestText = {
    source: { url: "https://school.example/m.json", inline: null },
    text: JSON.stringify(manifest),
    problem: null,
  };
  lookAt(got);
  expect(got.parsed?.json).toEqual(manifest);
});

test("the validator's limits, copied onto the banner path, are the validator's", () => {
  expect(FIRST_LOOK_ID_PATTERN.source).toBe(ID_PATTERN.source);
  expect(FIRST_LOOK_MAX_CATEGORIES).toBe(ARRAY_MAX.consentCategories);
});

test("over the validator's limits: no first look (the engine decides and reports)", () => {
  const at = (name: unknown, categories: unknown = manifest.consent.categories) =>
    firstLook(JSON.stringify({ ...manifest, operator: { name }, consent: { categories } }));
  expect(at("Ж".repeat(LABEL_MAX))).not.toBeNull();
  expect(at("Ж".repeat(LABEL_MAX + 1))).toBeNull();
  expect(at({ kk: "Мектеп", ru: "Ж".repeat(LABEL_MAX + 1) })).toBeNull();
  expect(at({ kk: "Мектеп", de: "Schule" })).toBeNull();
  expect(at("Мектеп", [{ id: "analytics", label: "Ж".repeat(LABEL_MAX + 1) }])).toBeNull();
  expect(at("Мектеп", [{ id: "Not An Id" }])).toBeNull();
  const many = Array.from({ length: FIRST_LOOK_MAX_CATEGORIES + 1 }, (_, index) => ({ id: `c${index}` }));
  expect(at("Мектеп", many)).toBeNull();
  expect(at("Мектеп", many.slice(1))).not.toBeNull();
});
