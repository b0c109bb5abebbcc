import { expect, test } from "vitest";
import { formatSeconds, TIME_UNITS, unitText } from "../../../../shared/i18n/units.ts";
import { LANGUAGES } from "../../../../shared/manifest/types.ts";

test("every unit in every language is non-empty and shows {count}; Russian has all four forms", () => {
  for (const lang of LANGUAGES) {
    for (const message of Object.values(TIME_UNITS[lang])) {
      const forms = typeof message === "string" ? [message] : Object.values(message);
      for (const form of forms) expect(form).toMatch(/^.*\{count\}.*\S.*$/);
      if (lang === "ru") expect(Object.keys(message).sort()).toEqual(["few", "many", "one", "other"]);
    }
  }
});

test("plural forms and whole-unit lifetimes", () => {
  expect(unitText("year", 5, "ru")).toBe("5 лет");
  expect(unitText("day", 22, "ru")).toBe("22 дня");
  expect(formatSeconds(400 * 86400, "ru")).toBe("1 год");
  expect(formatSeconds(1800, "kk")).toBe("30 минут");
  expect(formatSeconds(0, "en")).toBe("0 seconds");
});
