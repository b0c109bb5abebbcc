import { describe, expect, test } from "vitest";
import { lineAndColumn, syntaxErrorOffset } from "../../../../shared/manifest/json-position.ts";
import { parseManifest } from "../../../../shared/manifest/parse.ts";
import { minimalManifest } from "./fixture-files.ts";

const syntax = (text: string) => {
  const result = parseManifest(text);
  expect(result.ok).toBe(false);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]?.code).toBe("json-syntax");
  return result.errors[0]?.params;
};

describe("parseManifest", () => {
  test("reports JSON syntax errors with line and column", () => {
    expect(syntax('{\n  "a": 1,\n  "b": }\n')).toEqual({ line: 3, column: 8 });
    expect(syntax('{"a": [1, 2,]}')).toEqual({ line: 1, column: 13 });
    expect(syntax('{\r\n"a": tru}')).toEqual({ line: 2, column: 6 });
    expect(syntax('{"a": "\\q"}')).toEqual({ line: 1, column: 8 });
    expect(syntax('{"a": "line\nbreak"}')).toEqual({ line: 1, column: 12 });
    expect(syntax("")).toEqual({ line: 1, column: 1 });
    expect(syntax('{"a": 1} x')).toEqual({ line: 1, column: 10 });
    expect(syntax('{"a": 01}')).toEqual({ line: 1, column: 8 });
    expect(syntax("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(syntax('{"a": 1')).toEqual({ line: 1, column: 8 });
  });

  test("the syntax message names line and column in every language", () => {
    const [error] = parseManifest("{\n,}").errors;
    expect(error?.message).toEqual({
      kk: "JSON синтаксис қатесі: 2-жол, 1-баған.",
      ru: "Ошибка синтаксиса JSON: строка 2, столбец 1.",
      en: "Invalid JSON at line 2, column 1.",
    });
  });

  test("the scanner agrees with JSON.parse on valid JSON", () => {
    const text = JSON.stringify(
      { a: [1, -2.5e3, 'x\u00e9\\"', null, true, false, {}], b: { c: [] } },
      null,
      2,
    );
    expect(syntaxErrorOffset(text)).toBe(text.length);
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  test("accepts a byte order mark and validates the content", () => {
    const result = parseManifest(`\ufeff${JSON.stringify(minimalManifest())}`);
    expect(result.ok).toBe(true);
    expect(result.manifest?.operator.country).toBe("KZ");
  });

  test("validates after parsing, with messages in kk, ru and en", () => {
    const result = parseManifest(JSON.stringify({ ...minimalManifest(), schemaVersion: 2 }));
    expect(result.errors).toEqual([
      {
        path: "/schemaVersion",
        code: "unsupported-schema-version",
        severity: "error",
        params: { version: "2" },
        message: {
          kk: "schemaVersion 2 нұсқасына қолдау жоқ: тек 1-пішім оқылады.",
          ru: "Версия schemaVersion 2 не поддерживается: читается только формат 1.",
          en: "Unsupported schemaVersion 2: this validator reads format 1.",
        },
      },
    ]);
  });
});
