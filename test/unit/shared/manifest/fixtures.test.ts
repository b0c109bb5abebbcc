import { describe, expect, test } from "vitest";
import { checkManifestText, parseManifest } from "../../../../shared/manifest/parse.ts";
import { checkManifest } from "../../../../shared/manifest/validate.ts";
import { expectedErrors, invalidFixtures, minimalManifest, validFixtures } from "./fixture-files.ts";

const pairs = (issues: { path: string; code: string }[]) =>
  issues.map((issue): [string, string] => [issue.path, issue.code]).sort();

describe("valid fixtures", () => {
  test.each(validFixtures().map((f) => [f.name, f.text]))("%s has no errors", (_name, text) => {
    const result = parseManifest(text);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.manifest).toBeDefined();
  });

  test("the rich fixture uses every field, passes lint and comes back unchanged", () => {
    const text = validFixtures().find((f) => f.name === "rich.json")?.text ?? "";
    const result = checkManifestText(text);
    expect(result.warnings).toEqual([]);
    // Every member of rich.json is known, so the cleaned copy equals the input.
    expect(result.manifest).toEqual(JSON.parse(text));
  });

  test("unknown members are ignored and left out of the returned manifest", () => {
    const text = validFixtures().find((f) => f.name === "minimal.json")?.text ?? "";
    const input = { ...JSON.parse(text), "x-future": { anything: [1, 2] } };
    const result = checkManifestText(JSON.stringify(input));
    expect(result.errors).toEqual([]);
    expect(result.manifest).not.toHaveProperty("x-future");
  });
});

describe("invalid fixtures", () => {
  test.each(invalidFixtures().map((f) => [f.name, f.text]))(
    "%s gives exactly its expected errors",
    (name, text) => {
      const result = checkManifestText(text);
      expect(pairs(result.errors)).toEqual(expectedErrors(name).sort());
      expect(result.manifest).toBeUndefined();
    },
  );
});

describe("technology categories", () => {
  const withTechnology = (category: string, consent?: unknown) => ({
    ...minimalManifest(),
    ...(consent === undefined ? {} : { consent }),
    technologies: [
      { id: "t", kind: "cookie", firstParty: true, category, provider: "Мектеп", country: "KZ" },
    ],
  });

  test("without consent.categories, the defaults necessary, ip and analytics exist", () => {
    for (const category of ["necessary", "ip", "analytics"])
      expect(checkManifest(withTechnology(category)).errors).toEqual([]);
    expect(checkManifest(withTechnology("marketing")).errors.map((e) => e.code)).toEqual([
      "dangling-reference",
    ]);
  });

  test("declared categories replace the defaults", () => {
    const consent = { categories: [{ id: "necessary", required: true }, { id: "video" }] };
    expect(checkManifest(withTechnology("video", consent)).errors).toEqual([]);
    expect(checkManifest(withTechnology("ip", consent)).errors).toEqual([
      {
        path: "/technologies/0/category",
        code: "dangling-reference",
        severity: "error",
        params: { id: "ip", target: "consent/categories" },
      },
    ]);
  });
});
