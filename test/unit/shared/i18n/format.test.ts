import { describe, expect, it } from "vitest";
import { format, placeholdersOf, selectPluralForm } from "../../../../shared/i18n/format.ts";

const apples = { zero: "no apples", one: "{count} apple", other: "{count} apples" };
const ruDays = { one: "{count} день", few: "{count} дня", many: "{count} дней", other: "{count} дня" };

describe("format", () => {
  it("replaces named placeholders and leaves unknown ones visible", () => {
    expect(format("Hello, {name}! {missing}", "en", { name: "Aigerim" })).toBe("Hello, Aigerim! {missing}");
    expect(format("plain", "en")).toBe("plain");
  });

  it("does not read placeholders from the object prototype", () => {
    expect(format("{toString} {constructor}", "en", {})).toBe("{toString} {constructor}");
  });

  it("picks English one/other and the exact-zero form", () => {
    expect(format(apples, "en", { count: 1 })).toBe("1 apple");
    expect(format(apples, "en", { count: 2 })).toBe("2 apples");
    expect(format(apples, "en", { count: 0 })).toBe("no apples");
    expect(format({ one: "{count} apple", other: "{count} apples" }, "en", { count: 0 })).toBe("0 apples");
  });

  it("picks Russian one/few/many", () => {
    const cases: [number, string][] = [
      [1, "1 день"],
      [2, "2 дня"],
      [4, "4 дня"],
      [5, "5 дней"],
      [11, "11 дней"],
      [12, "12 дней"],
      [21, "21 день"],
      [22, "22 дня"],
      [25, "25 дней"],
      [101, "101 день"],
      [111, "111 дней"],
    ];
    for (const [count, expected] of cases) expect(format(ruDays, "ru", { count })).toBe(expected);
  });

  it("uses Russian `other` for fractions and formats the number the Russian way", () => {
    expect(format(ruDays, "ru", { count: 1.5 })).toBe("1,5 дня");
  });

  it("picks Kazakh one/other forms (Kazakh has no few/many)", () => {
    const kk = { one: "бір {count}", other: "көп {count}" };
    expect(format(kk, "kk", { count: 1 })).toBe("бір 1");
    expect(format(kk, "kk", { count: 5 })).toBe("көп 5");
    expect(selectPluralForm({ few: "x", many: "y", other: "z" }, "kk", 3)).toBe("z");
  });

  it("groups thousands the local way", () => {
    expect(format("{count}", "en", { count: 10000 })).toBe("10,000");
    expect(format("{count}", "ru", { count: 10000 }).replace(/\s/g, " ")).toBe("10 000");
  });

  it("uses `other` when no count is given", () => {
    expect(format(apples, "en")).toBe("{count} apples");
  });

  it("lists the placeholders across plural forms", () => {
    expect([...placeholdersOf({ one: "{count} in {place}", other: "{count} {unit}" })].sort()).toEqual([
      "count",
      "place",
      "unit",
    ]);
    expect(placeholdersOf("no placeholders").size).toBe(0);
  });
});
