import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../shared/i18n/translator.ts";

describe("createTranslator", () => {
  const en = { greet: "Hello, {name}", files: { one: "{count} file", other: "{count} files" } } as const;
  const t = createTranslator<keyof typeof en>({
    en,
    ru: {
      greet: "Здравствуйте, {name}",
      files: { one: "{count} файл", few: "{count} файла", many: "{count} файлов", other: "{count} файла" },
    },
    // Built outside the typechecker (e.g. loaded data): a missing key must still show English.
    kk: { greet: "Сәлеметсіз бе, {name}" } as unknown as typeof en,
  });

  it("formats in the requested language", () => {
    expect(t("greet", "kk", { name: "Дана" })).toBe("Сәлеметсіз бе, Дана");
    expect(t("files", "ru", { count: 5 })).toBe("5 файлов");
  });

  it("falls back to English for a key missing at run time, then to the key", () => {
    expect(t("files", "kk", { count: 2 })).toBe("2 files");
    expect(t("nope" as "greet", "kk")).toBe("nope");
  });
});
