// Limits are generated here rather than committed as megabyte fixtures.
import { describe, expect, test } from "vitest";
import { MAX_MANIFEST_BYTES, WARN_MANIFEST_BYTES } from "../../../../shared/manifest/limits.ts";
import { checkManifestText, parseManifest, utf8Length } from "../../../../shared/manifest/parse.ts";
import { checkManifest } from "../../../../shared/manifest/validate.ts";
import { minimalManifest, richManifest } from "./fixture-files.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the manifest freely
type Loose = any;

const errorsAfter = (edit: (m: Loose) => void) => {
  const manifest: Loose = richManifest();
  edit(manifest);
  return checkManifest(manifest).errors.map((e) => [e.path, e.code, e.params ?? {}]);
};

describe("string caps (code points)", () => {
  test("labels 200, descriptions 2000, section bodies 20000", () => {
    expect(errorsAfter((m) => (m.activities[0].title.kk = "ә".repeat(200)))).toEqual([]);
    expect(errorsAfter((m) => (m.activities[0].title.kk = "ә".repeat(201)))).toEqual([
      ["/activities/0/title/kk", "too-long", { max: 200 }],
    ]);
    expect(errorsAfter((m) => (m.activities[0].note.ru = "я".repeat(2001)))).toEqual([
      ["/activities/0/note/ru", "too-long", { max: 2000 }],
    ]);
    expect(errorsAfter((m) => (m.policy.sections[0].body.kk = "a".repeat(20_000)))).toEqual([]);
    expect(errorsAfter((m) => (m.policy.sections[0].body.kk = "a".repeat(20_001)))).toEqual([
      ["/policy/sections/0/body/kk", "too-long", { max: 20_000 }],
    ]);
  });

  test("astral characters count once, as in JSON Schema", () => {
    expect(errorsAfter((m) => (m.activities[0].title.kk = "😀".repeat(200)))).toEqual([]);
  });

  test("manifestVersion 32", () => {
    expect(errorsAfter((m) => (m.manifestVersion = "v".repeat(33)))).toEqual([
      ["/manifestVersion", "too-long", { max: 32 }],
    ]);
  });
});

describe("array caps", () => {
  const cases: [string, number, (m: Loose, n: number) => void][] = [
    ["/origins", 20, (m, n) => (m.origins = Array.from({ length: n }, (_, i) => `https://s${i}.kz`))],
    [
      "/audiences",
      20,
      (m, n) => (m.audiences = Array.from({ length: n }, (_, i) => ({ id: `x-a${i}`, label: "L" }))),
    ],
    ["/activities", 100, (m, n) => (m.activities = Array.from({ length: n }, () => m.activities[1]))],
    ["/recipients", 100, (m, n) => (m.recipients = Array.from({ length: n }, () => m.recipients[0]))],
    ["/storage", 20, (m, n) => (m.storage = Array.from({ length: n }, () => m.storage[0]))],
    ["/transfers", 50, (m, n) => (m.transfers = Array.from({ length: n }, () => m.transfers[0]))],
    ["/technologies", 200, (m, n) => (m.technologies = Array.from({ length: n }, () => m.technologies[0]))],
    ["/changes", 50, (m, n) => (m.changes = Array.from({ length: n }, () => m.changes[0]))],
    [
      "/policy/sections",
      60,
      (m, n) => (m.policy.sections = Array.from({ length: n }, () => m.policy.sections[0])),
    ],
  ];
  test.each(cases)("%s holds at most %i", (path, max, fill) => {
    // Over the cap the items are skipped, so references into them may dangle as well.
    expect(errorsAfter((m) => fill(m, max + 1))).toContainEqual([path, "too-many-items", { max }]);
    expect(errorsAfter((m) => fill(m, max)).map(([, code]) => code)).not.toContain("too-many-items");
  });

  test("activities needs at least one entry", () => {
    expect(errorsAfter((m) => (m.activities = []))).toEqual([["/activities", "too-few-items", { min: 1 }]]);
  });
});

describe("file size and nesting", () => {
  const padded = (bytes: number) => {
    const base = JSON.stringify(minimalManifest());
    // Unknown members are ignored, so padding one changes only the size.
    return `${base.slice(0, -1)},"x-pad":"${"ж".repeat(Math.ceil((bytes - base.length) / 2))}"}`;
  };

  test("refuses more than 512 KiB of UTF-8 without parsing", () => {
    const text = padded(MAX_MANIFEST_BYTES + 10);
    const result = parseManifest(text);
    expect(result.errors.map((e) => e.code)).toEqual(["file-too-large"]);
    expect(result.errors[0]?.params?.max).toBe(MAX_MANIFEST_BYTES);
    // Counted in bytes: "ж" is 2 bytes, so the text is under the cap in UTF-16 units.
    expect(text.length).toBeLessThan(MAX_MANIFEST_BYTES);
  });

  test("warns over 128 KiB", () => {
    const result = checkManifestText(padded(WARN_MANIFEST_BYTES + 10));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain("file-large");
    expect(checkManifestText(padded(WARN_MANIFEST_BYTES - 100)).warnings.map((w) => w.code)).not.toContain(
      "file-large",
    );
  });

  test("utf8Length counts like TextEncoder", () => {
    for (const s of ["", "abc", "Қазақстан", "😀x", "\ud800", "é€𝄞"])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });

  test("nesting: 10 levels pass, 11 fail", () => {
    const nest = (levels: number): unknown => (levels === 0 ? 1 : { a: nest(levels - 1) });
    // The manifest itself is level 1, so a member may hold 9 more levels.
    expect(checkManifest({ ...minimalManifest(), "x-deep": nest(9) }).errors).toEqual([]);
    expect(checkManifest({ ...minimalManifest(), "x-deep": nest(10) }).errors.map((e) => e.code)).toEqual([
      "too-deep",
    ]);
  });

  test("forbidden keys anywhere, including unknown members (via the parser, as JSON.parse keeps __proto__)", () => {
    const text = `{"x-a":[{"b":{"__proto__":{"polluted":1}}}],"operator":{"constructor":1}}`;
    const codes = checkManifestText(text).errors.filter((e) => e.code === "forbidden-key");
    expect(codes.map((e) => e.path)).toEqual(["/x-a/0/b/__proto__", "/operator/constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
