// The five real manifests in shared/examples must say everything their source policy says (checked
// against the hand labels copied into test/fixtures/seed-labels), must validate, and must draw
// exactly the lint warnings that name the real gaps in each policy.

import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";
import { EXAMPLE_CASES, SMALL_SCHOOL_SITE } from "./example-cases.ts";
import {
  falselyDeclared,
  missingDataByGroup,
  missingLegalBases,
  missingPurposes,
  missingRecipients,
  missingRights,
  missingTransferStatements,
  readExample,
  readLabels,
} from "./seed-coverage.ts";

const asManifest = (file: string): PrivacyManifest => readExample(file) as PrivacyManifest;

describe.each(EXAMPLE_CASES)("$manifest covers seed $labels", ({ manifest, labels, groupAudiences }) => {
  const m = asManifest(manifest);
  const seed = readLabels(labels);

  it("declares every data category per subject group under a matching audience", () => {
    expect(missingDataByGroup(m, seed, groupAudiences)).toEqual([]);
  });
  it("declares every purpose", () => {
    expect(missingPurposes(m, seed)).toEqual([]);
  });
  it("declares every legal basis", () => {
    expect(missingLegalBases(m, seed)).toEqual([]);
  });
  it("discloses to every recipient kind", () => {
    expect(missingRecipients(m, seed)).toEqual([]);
  });
  it("declares every right", () => {
    expect(missingRights(m, seed)).toEqual([]);
  });
  it("expresses every storage / transfer statement", () => {
    expect(missingTransferStatements(m, seed)).toEqual([]);
  });
  it("does not declare categories the policy only mentions in passing", () => {
    expect(falselyDeclared(m, seed)).toEqual([]);
  });
});

// The published JSON Schema is what editors and other tools check against; the examples must pass it too.
const schema = JSON.parse(
  readFileSync(new URL("../../../../shared/manifest/schema.json", import.meta.url), "utf8"),
);
const matchesSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const issueList = (issues: { code: string; path: string }[]): string[] =>
  issues.map((i) => `${i.code} ${i.path}`).sort();

describe.each([...EXAMPLE_CASES, SMALL_SCHOOL_SITE])("$manifest validates", ({ manifest, warnings }) => {
  const result = validateManifest(readExample(manifest));

  it("has no errors", () => {
    expect(issueList(result.errors)).toEqual([]);
    expect(result.ok).toBe(true);
  });
  it("matches the published JSON Schema", () => {
    matchesSchema(readExample(manifest));
    expect(matchesSchema.errors ?? []).toEqual([]);
  });
  it("gets exactly the warnings for the real gaps in its policy", () => {
    expect(issueList(result.warnings)).toEqual([...warnings].sort());
  });
  it("is written in Kazakh first, with Russian and English", () => {
    const m = asManifest(manifest);
    expect(m.defaultLanguage).toBe("kk");
    expect(m.languages).toEqual(["kk", "ru", "en"]);
    expect(m.policy?.sections?.length).toBeGreaterThan(0);
  });
});
