// Meta tests that guard project conventions rather than one feature:
// 1. the generated taxonomy modules agree with the reference taxonomy.json (ids, order, labels);
// 2. every i18n catalog (`shared/i18n/catalog-*.{en,ru,kk}.ts`, found on disk so catalogs added
//    later are covered) has the same keys in all three languages, no empty strings, the same
//    placeholders, and full Russian plural forms.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { type Message, placeholdersOf } from "../../shared/i18n/format.ts";
import { LANGUAGES } from "../../shared/manifest/types.ts";
import * as ids from "../../shared/taxonomy/ids.ts";
import * as labels from "../../shared/taxonomy/labels.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

interface ReferenceEntry {
  id: string;
  labels: { kk: string; ru: string; en: string };
  group?: string;
  sensitivity?: string;
  special?: boolean;
  is_minor_typically?: boolean;
}
type Reference = Record<string, unknown> & { version: string };

const reference = JSON.parse(
  readFileSync(resolve(ROOT, "test/fixtures/reference/taxonomy.json"), "utf8"),
) as Reference;
const list = (name: string) => reference[name] as ReferenceEntry[];

// reference list → [generated id list, generated labels, expected count from the taxonomy notes]
const LISTS: [string, readonly string[], Record<string, labels.TaxonomyEntry>, number][] = [
  ["data_category_groups", ids.DATA_CATEGORY_GROUP_IDS, labels.GROUP_LABELS, 9],
  ["data_categories", ids.DATA_CATEGORIES.map(([id]) => id), labels.DATA_CATEGORY_LABELS, 82],
  ["data_subjects", ids.SUBJECT_IDS, labels.SUBJECT_LABELS, 18],
  ["purposes", ids.PURPOSE_IDS, labels.PURPOSE_LABELS, 35],
  ["legal_bases", ids.LEGAL_BASIS_IDS, labels.LEGAL_BASIS_LABELS, 9],
  ["recipients", ids.RECIPIENT_KIND_IDS, labels.RECIPIENT_KIND_LABELS, 23],
  ["subject_rights", ids.RIGHT_IDS, labels.RIGHT_LABELS, 15],
  ["transfer_statements", ids.TRANSFER_STATEMENT_IDS, labels.TRANSFER_STATEMENT_LABELS, 8],
];

describe("taxonomy modules match taxonomy.json", () => {
  it("has the same version", () => {
    expect(ids.TAXONOMY_VERSION).toBe(reference.version);
  });

  it.each(LISTS)("%s: same ids in the same order, labelled in kk/ru/en", (name, idList, labelMap, count) => {
    const entries = list(name);
    expect(entries).toHaveLength(count);
    expect([...idList]).toEqual(entries.map((entry) => entry.id));
    expect(Object.keys(labelMap).sort()).toEqual(entries.map((entry) => entry.id).sort());
    for (const entry of entries) {
      const generated = labelMap[entry.id]?.labels;
      for (const lang of LANGUAGES) {
        expect(generated?.[lang]?.trim(), `${name}/${entry.id}/${lang}`).toBeTruthy();
        expect(generated?.[lang], `${name}/${entry.id}/${lang}`).toBe(entry.labels[lang]);
      }
    }
  });

  it("data categories keep group, sensitivity and the special flag", () => {
    for (const [id, group, sensitivity] of ids.DATA_CATEGORIES) {
      const entry = list("data_categories").find((candidate) => candidate.id === id);
      expect(entry?.group, id).toBe(group);
      expect(entry?.sensitivity, id).toBe(sensitivity);
      expect(entry?.special === true, id).toBe(sensitivity === "special");
    }
    expect(ids.DATA_CATEGORIES.filter(([, , sensitivity]) => sensitivity === "special")).toHaveLength(11);
  });

  it("minor subjects are the ones the reference marks as typically minors", () => {
    const minors = list("data_subjects")
      .filter((entry) => entry.is_minor_typically === true)
      .map((entry) => entry.id);
    expect([...ids.MINOR_SUBJECT_IDS]).toEqual(minors);
  });
});

// ---- catalogs ----

const I18N_DIR = resolve(ROOT, "shared/i18n");
const CATALOG_FILE = /^catalog-([a-z0-9-]+)\.(en|ru|kk)\.ts$/;

function catalogFiles(): Map<string, Map<string, string>> {
  const byName = new Map<string, Map<string, string>>();
  for (const file of readdirSync(I18N_DIR)) {
    const match = CATALOG_FILE.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const languages = byName.get(match[1]) ?? new Map<string, string>();
    languages.set(match[2], resolve(I18N_DIR, file));
    byName.set(match[1], languages);
  }
  return byName;
}

/** The catalog object a file exports: its one exported plain object. */
async function loadCatalog(file: string): Promise<Record<string, Message>> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const objects = Object.values(module).filter(
    (value): value is Record<string, Message> => typeof value === "object" && value !== null,
  );
  expect(objects, `${file} must export exactly one catalog object`).toHaveLength(1);
  return objects[0] as Record<string, Message>;
}

function forms(message: Message): [string, unknown][] {
  return typeof message === "string" ? [["text", message]] : Object.entries(message);
}

const catalogs = catalogFiles();

describe("i18n catalogs", () => {
  it("finds the common catalog", () => {
    expect(catalogs.has("common")).toBe(true);
  });

  describe.each([...catalogs.keys()])("catalog-%s", (name) => {
    const files = catalogs.get(name) ?? new Map<string, string>();

    it("exists in kk, ru and en", () => {
      expect([...files.keys()].sort()).toEqual(["en", "kk", "ru"]);
    });

    it("has the same keys, non-empty strings and the same placeholders in every language", async () => {
      const loaded = new Map<string, Record<string, Message>>();
      for (const [lang, file] of files) loaded.set(lang, await loadCatalog(file));
      const en = loaded.get("en");
      expect(en, "the English catalog is the source of truth").toBeDefined();
      if (en === undefined) return;
      const keys = Object.keys(en).sort();
      expect(keys.length).toBeGreaterThan(0);
      for (const [lang, catalog] of loaded) {
        expect(Object.keys(catalog).sort(), `${name}.${lang} keys`).toEqual(keys);
        for (const key of keys) {
          const message = catalog[key];
          expect(message, `${name}.${lang}: ${key}`).toBeDefined();
          if (message === undefined) continue;
          if (typeof message !== "string") {
            expect(typeof message.other, `${name}.${lang}: ${key} needs an "other" form`).toBe("string");
          }
          for (const [form, text] of forms(message)) {
            expect(
              typeof text === "string" && text.trim() !== "",
              `${name}.${lang}: ${key} (${form}) is empty`,
            ).toBe(true);
          }
          const expected = [...placeholdersOf(en[key] as Message)].sort();
          expect([...placeholdersOf(message)].sort(), `${name}.${lang}: ${key} placeholders`).toEqual(
            expected,
          );
        }
      }
    });

    it("gives Russian plural messages all of one/few/many/other", async () => {
      const ruFile = files.get("ru");
      if (ruFile === undefined) return;
      const ru = await loadCatalog(ruFile);
      for (const [key, message] of Object.entries(ru)) {
        if (typeof message === "string") continue;
        for (const form of ["one", "few", "many", "other"] as const) {
          expect(message[form], `${name}.ru: ${key} lacks "${form}"`).toBeTruthy();
        }
      }
    });
  });
});
