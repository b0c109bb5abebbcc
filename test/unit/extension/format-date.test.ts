import { expect, test } from "vitest";
import { countryLabel, formatDate } from "../../../extension/ui/format-date.ts";

test("Kazakh dates are numeric; Russian and English use the language's month names", () => {
  expect(formatDate("2026-09-01", "kk")).toBe("01.09.2026");
  expect(formatDate("2026-09-01", "en")).toContain("September");
  expect(formatDate("not a date", "ru")).toBe("not a date");
});

test("country names come from the reviewed table first", () => {
  expect(countryLabel("RU", "kk")).toBe("Ресей");
  expect(countryLabel("US", "en")).toBe("United States");
});
