import { describe, expect, it } from "vitest";
import { commonText, languageName } from "../../../../shared/i18n/common.ts";
import { countryName, countryNameFromTable } from "../../../../shared/i18n/country.ts";
import { formatDuration, parseDuration } from "../../../../shared/i18n/duration.ts";
import { formatSeconds } from "../../../../shared/i18n/units.ts";

describe("formatDuration", () => {
  it("writes P1Y in all three languages", () => {
    expect(formatDuration("P1Y", "en")).toBe("1 year");
    expect(formatDuration("P1Y", "ru")).toBe("1 год");
    expect(formatDuration("P1Y", "kk")).toBe("1 жыл");
  });

  it("uses Russian plural forms", () => {
    expect(formatDuration("P2Y", "ru")).toBe("2 года");
    expect(formatDuration("P5Y", "ru")).toBe("5 лет");
    expect(formatDuration("P21D", "ru")).toBe("21 день");
    expect(formatDuration("P11M", "ru")).toBe("11 месяцев");
    expect(formatDuration("P3W", "ru")).toBe("3 недели");
  });

  it("keeps Kazakh nouns singular after numerals and English plural", () => {
    expect(formatDuration("P5Y", "kk")).toBe("5 жыл");
    expect(formatDuration("P30D", "kk")).toBe("30 күн");
    expect(formatDuration("P30D", "en")).toBe("30 days");
    expect(formatDuration("PT12H", "en")).toBe("12 hours");
  });

  it("joins several units", () => {
    const en = formatDuration("P1Y6M", "en");
    expect(en).toContain("1 year");
    expect(en).toContain("6 months");
    const ru = formatDuration("P1Y6M", "ru");
    expect(ru).toContain("1 год");
    expect(ru).toContain("6 месяцев");
    expect(formatDuration("P1Y6M", "kk")).toBe("1 жыл 6 ай");
  });

  it("returns a string that is not an ISO duration unchanged", () => {
    expect(formatDuration("forever", "en")).toBe("forever");
    expect(formatDuration("P", "en")).toBe("P");
    expect(formatDuration("P1YT", "en")).toBe("P1YT");
    expect(parseDuration("PT")).toBeNull();
  });

  it("parses minutes in the time part, not months", () => {
    expect(parseDuration("PT30M")).toEqual([{ unit: "minute", count: 30 }]);
    expect(parseDuration("P0.5Y")).toEqual([{ unit: "year", count: 0.5 }]);
  });
});

describe("formatSeconds", () => {
  it("uses the largest unit", () => {
    expect(formatSeconds(31_536_000, "en")).toBe("1 year");
    expect(formatSeconds(86_400 * 30, "ru")).toBe("1 месяц");
    expect(formatSeconds(86_400 * 2, "kk")).toBe("2 күн");
    expect(formatSeconds(45, "en")).toBe("45 seconds");
  });
});

describe("countryName", () => {
  it("names countries in the requested language", () => {
    expect(countryName("KZ", "kk")).toBe("Қазақстан");
    expect(countryName("kz", "ru")).toBe("Казахстан");
    expect(countryName("DE", "en")).toBe("Germany");
    // Not in the bundled table: only Intl.DisplayNames can name it.
    expect(countryName("BR", "kk")).toBe("Бразилия");
  });

  it("falls back to the code for unknown or malformed codes", () => {
    expect(countryName("XX", "en")).toBe("XX");
    expect(countryName("ZZ", "en")).toBe("ZZ");
    expect(countryName("Kazakhstan", "en")).toBe("Kazakhstan");
  });

  it("has a table for the countries school data goes to", () => {
    for (const code of [
      "KZ",
      "RU",
      "US",
      "DE",
      "NL",
      "IE",
      "FI",
      "GB",
      "CN",
      "TR",
      "KG",
      "UZ",
      "FR",
      "CH",
      "SG",
    ]) {
      for (const lang of ["kk", "ru", "en"] as const) {
        const name = countryNameFromTable(code, lang);
        expect(name, `${code} ${lang}`).toBeTruthy();
        expect(name).not.toBe(code);
      }
    }
    expect(countryNameFromTable("NL", "kk")).toBe("Нидерланд");
    expect(countryNameFromTable("BR", "en")).toBeNull();
  });
});

describe("common catalog", () => {
  it("names languages in their own language", () => {
    expect(languageName("kk")).toBe("Қазақша");
    expect(languageName("ru")).toBe("Русский");
    expect(languageName("en")).toBe("English");
  });

  it("builds placeholder phrases", () => {
    expect(commonText("transfer.to", "en", { country: "Germany" })).toBe("Transferred to Germany");
    expect(commonText("rights.responseDays", "ru", { count: 10 })).toBe("Ответ в течение 10 дней");
    expect(commonText("rights.responseDays", "ru", { count: 1 })).toBe("Ответ в течение 1 дня");
    expect(commonText("rights.responseDays", "kk", { count: 10 })).toBe("Жауап 10 күн ішінде беріледі");
  });
});
