// Retention periods in digits and words, Kazakh and Russian, to ISO 8601 durations; only in
// sentences about keeping data.
import { describe, expect, test } from "vitest";
import { findDurations } from "../../../../shared/extract/duration.ts";
import { extractPolicy } from "../../../../shared/extract/index.ts";

const iso = (text: string) => findDurations(text).map((d) => d.iso);

describe("findDurations", () => {
  test("«3 жыл» and its offsets", () => {
    const text = "Деректер 3 жыл сақталады.";
    const [hit] = findDurations(text);
    expect(hit?.iso).toBe("P3Y");
    expect(text.slice(hit?.start, hit?.end)).toBe("3 жыл");
  });

  test("«в течение пяти лет»: a Russian number word in the genitive", () => {
    expect(iso("в течение пяти лет")).toEqual(["P5Y"]);
  });

  test("Kazakh number words and inflected units", () => {
    expect(iso("үш жылдан кейін жойылады")).toEqual(["P3Y"]);
    expect(iso("жиырма бес күн ішінде")).toEqual(["P25D"]);
    expect(iso("6 айға дейін")).toEqual(["P6M"]);
    expect(iso("жарты жыл")).toEqual(["P6M"]);
  });

  test("Russian compound numbers, months, and «в течение года»", () => {
    expect(iso("двадцать пять дней")).toEqual(["P25D"]);
    expect(iso("не более шести месяцев")).toEqual(["P6M"]);
    expect(iso("в течение года")).toEqual(["P1Y"]);
  });

  test("a year number is not a duration", () => {
    expect(iso("2024 жылы бекітілген")).toEqual([]);
    expect(iso("с 2023 года")).toEqual([]);
  });
});

describe("retention in the draft", () => {
  test("a duration in a sentence about keeping data becomes a fixed retention", () => {
    expect(
      extractPolicy("Оқушылардың дербес деректері 3 жыл бойы сақталады.").draft.activities[0]?.retention,
    ).toMatchObject({
      kind: "fixed",
      duration: "P3Y",
    });
    expect(
      extractPolicy("Персональные данные учащихся хранятся в течение пяти лет.").draft.activities[0]
        ?.retention,
    ).toMatchObject({ kind: "fixed", duration: "P5Y" });
  });

  test("a duration about reviewing the policy is not a retention period", () => {
    const result = extractPolicy(
      "Деректерді сақтау саясаты 3 жыл сайын қайта қаралады. Оқушылардың дербес деректері сақталады.",
    );
    expect(result.draft.activities[0]?.retention.kind).not.toBe("fixed");
    expect(result.evidence.some((e) => e.field === "retention" && e.placeholder)).toBe(true);
  });
});
