// schema.json and the hand-written validator must agree: both accept every valid fixture and every
// published example; both reject every invalid fixture with a structural error. Errors a JSON Schema
// cannot express (references between ids, duplicates, depth, forbidden keys) are validator-only,
// and the test asserts that the schema indeed lets those through, so the split stays explicit.
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkManifestText } from "../../../../shared/manifest/parse.ts";
import schema from "../../../../shared/manifest/schema.json" with { type: "json" };
import { checkManifest } from "../../../../shared/manifest/validate.ts";
import {
  DATA_CATEGORIES,
  LEGAL_BASIS_IDS,
  PURPOSE_IDS,
  RECIPIENT_KIND_IDS,
  RIGHT_IDS,
  SUBJECT_IDS,
} from "../../../../shared/taxonomy/ids.ts";
import {
  exampleManifests,
  expectedErrors,
  invalidFixtures,
  richManifest,
  validFixtures,
} from "./fixture-files.ts";

/** Codes the schema cannot see: they need the whole document or the raw text. */
const VALIDATOR_ONLY_CODES = new Set([
  "dangling-reference",
  "duplicate-id",
  "undeclared-custom-id",
  "default-language-not-declared",
  "forbidden-key",
  "too-deep",
]);

const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
const schemaValidate = ajv.compile(schema);

describe("schema.json", () => {
  test("is draft 2020-12 with the format version in its $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/\/1\.json$/);
  });

  test("lists exactly the taxonomy ids of shared/taxonomy/ids.ts", () => {
    const enumOf = (def: { enum?: string[]; anyOf?: { enum?: string[] }[] }) =>
      def.enum ?? def.anyOf?.[0]?.enum;
    expect(enumOf(schema.$defs.dataCategoryId)).toEqual(DATA_CATEGORIES.map((c) => c[0]));
    expect(enumOf(schema.$defs.purposeId)).toEqual([...PURPOSE_IDS]);
    expect(enumOf(schema.$defs.subjectId)).toEqual([...SUBJECT_IDS]);
    expect(enumOf(schema.$defs.legalBasisId)).toEqual([...LEGAL_BASIS_IDS]);
    expect(enumOf(schema.$defs.recipientKindId)).toEqual([...RECIPIENT_KIND_IDS]);
    expect(enumOf(schema.$defs.rightId)).toEqual([...RIGHT_IDS]);
  });

  test("the rich fixture uses every property the schema names", () => {
    const used = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === "object" && value !== null)
        for (const [key, inner] of Object.entries(value)) {
          used.add(key);
          collect(inner);
        }
    };
    collect(richManifest());
    const named = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === "object" && node !== null)
        for (const [key, inner] of Object.entries(node)) {
          if (key === "properties") for (const name of Object.keys(inner as object)) named.add(name);
          walk(inner);
        }
    };
    walk(schema);
    // en is the one Text language the rich fixture does not declare.
    expect([...named].filter((name) => !used.has(name) && name !== "en")).toEqual([]);
  });
});

describe("schema and validator agree", () => {
  const accepted = [
    ...validFixtures(),
    ...exampleManifests().map((f) => ({ ...f, name: `examples/${f.name}` })),
  ];
  test.each(accepted.map((f) => [f.name, f.text]))("%s passes both", (_name, text) => {
    expect(checkManifestText(text).errors).toEqual([]);
    const ok = schemaValidate(JSON.parse(text));
    expect(schemaValidate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each(invalidFixtures().map((f) => [f.name, f.text]))(
    "%s: the schema rejects what is structural",
    (name, text) => {
      const codes = expectedErrors(name).map(([, code]) => code);
      const structural = codes.some((code) => !VALIDATOR_ONLY_CODES.has(code));
      expect(checkManifestText(text).errors.length).toBeGreaterThan(0);
      expect(schemaValidate(JSON.parse(text))).toBe(!structural);
    },
  );

  test("random mutations of the rich manifest: without validator-only codes, both give the same verdict", () => {
    const base = richManifest();
    const leaf = fc.oneof(
      fc.jsonValue({ maxDepth: 1 }),
      fc.constantFrom("", "x-", "*", "KZ", "http://a", "P1Y"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), leaf), { minLength: 1, maxLength: 3 }), (edits) => {
        const manifest = structuredClone(base);
        for (const [pick, value] of edits) mutateAt(manifest, pick, value);
        const result = checkManifest(manifest);
        if (result.errors.some((e) => VALIDATOR_ONLY_CODES.has(e.code))) return;
        expect(schemaValidate(manifest)).toBe(result.errors.length === 0);
      }),
      { numRuns: 800 },
    );
  }, 30_000);
});

/** Replaces the value at one of the manifest's locations, chosen by `pick`. */
const mutateAt = (root: Record<string, unknown>, pick: number, value: unknown): void => {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node))
      node.forEach((inner, i) => {
        slots.push([node, i]);
        walk(inner);
      });
    else if (typeof node === "object" && node !== null)
      for (const [key, inner] of Object.entries(node)) {
        slots.push([node as Record<string, unknown>, key]);
        walk(inner);
      }
  };
  walk(root);
  const slot = slots[pick % slots.length];
  if (!slot) return;
  const [parent, key] = slot;
  (parent as Record<string | number, unknown>)[key] = value;
};
