import { describe, expect, it } from "vitest";
import {
  isLanguage,
  matchLanguageTag,
  negotiateLanguage,
  offeredLanguages,
} from "../../../../shared/i18n/negotiate.ts";

describe("matchLanguageTag", () => {
  it("matches the primary subtag", () => {
    expect(matchLanguageTag("kk-KZ")).toBe("kk");
    expect(matchLanguageTag("ru-RU")).toBe("ru");
    expect(matchLanguageTag("ru_KZ")).toBe("ru");
    expect(matchLanguageTag("EN-gb")).toBe("en");
    expect(matchLanguageTag("kk-Cyrl-KZ")).toBe("kk");
  });

  it("accepts the `kz` code that Kazakh school sites put in <html lang>", () => {
    expect(matchLanguageTag("kz")).toBe("kk");
    expect(matchLanguageTag("kaz")).toBe("kk");
  });

  it("refuses Kazakh in Latin or Arabic script and other languages", () => {
    expect(matchLanguageTag("kk-Latn")).toBeNull();
    expect(matchLanguageTag("kk-Arab-CN")).toBeNull();
    expect(matchLanguageTag("de-DE")).toBeNull();
    expect(matchLanguageTag("")).toBeNull();
    expect(matchLanguageTag(null)).toBeNull();
  });
});

describe("negotiateLanguage", () => {
  it("prefers the explicit choice", () => {
    expect(negotiateLanguage({ explicit: "en", htmlLang: "ru", browser: ["kk-KZ"], fallback: "kk" })).toBe(
      "en",
    );
  });

  it("then <html lang>", () => {
    expect(negotiateLanguage({ explicit: null, htmlLang: "ru-RU", browser: ["en-US"], fallback: "kk" })).toBe(
      "ru",
    );
  });

  it("then the first matching browser language", () => {
    expect(negotiateLanguage({ htmlLang: "", browser: ["de-DE", "kk-KZ", "ru"], fallback: "en" })).toBe("kk");
  });

  it("skips languages the manifest does not offer", () => {
    expect(
      negotiateLanguage({
        explicit: "en",
        htmlLang: "kk",
        browser: ["ru"],
        available: ["ru"],
        fallback: "ru",
      }),
    ).toBe("ru");
    expect(negotiateLanguage({ browser: ["en-US", "kk"], available: ["kk", "ru"], fallback: "ru" })).toBe(
      "kk",
    );
  });

  it("falls back when nothing matches", () => {
    expect(negotiateLanguage({ explicit: "fr", htmlLang: "kk-Latn", browser: ["de"], fallback: "kk" })).toBe(
      "kk",
    );
    expect(negotiateLanguage({ fallback: "ru" })).toBe("ru");
  });

  it("recognises our languages", () => {
    expect(isLanguage("kk")).toBe(true);
    expect(isLanguage("kz")).toBe(false);
  });

  it("offers the manifest's own languages, all three when it names none or only unknown ones", () => {
    expect(offeredLanguages(["ru", "kk"])).toEqual(["ru", "kk"]);
    expect(offeredLanguages(["kk", "fr"])).toEqual(["kk"]);
    expect(offeredLanguages(undefined)).toEqual(["kk", "ru", "en"]);
    expect(offeredLanguages(["fr"])).toEqual(["kk", "ru", "en"]);
  });

  it("an explicit language the manifest does not offer falls through to the fallback", () => {
    expect(negotiateLanguage({ explicit: "en", available: ["kk", "ru"], fallback: "kk" })).toBe("kk");
  });
});
