import { describe, expect, test } from "vitest";
import { linkTarget, stripControls } from "../../../../shared/manifest/sanitize.ts";
import { resolveText } from "../../../../shared/manifest/text.ts";

describe("resolveText", () => {
  const ru = { defaultLanguage: "ru" } as const;
  test("the requested language when given", () => {
    expect(resolveText({ kk: "Сәлем", ru: "Привет", en: "Hi" }, "en", ru)).toEqual({
      text: "Hi",
      lang: "en",
    });
  });
  test("then the manifest's default language", () => {
    expect(resolveText({ kk: "Сәлем", ru: "Привет" }, "en", ru)).toEqual({ text: "Привет", lang: "ru" });
  });
  test("then kk, ru, en", () => {
    expect(resolveText({ ru: "Привет", kk: "Сәлем" }, "en", { defaultLanguage: "en" })).toEqual({
      text: "Сәлем",
      lang: "kk",
    });
    expect(resolveText({ en: "Hi", ru: "Привет" }, "kk", { defaultLanguage: "kk" })).toEqual({
      text: "Привет",
      lang: "ru",
    });
    expect(resolveText({ en: "Hi" }, "kk", { defaultLanguage: "ru" })).toEqual({ text: "Hi", lang: "en" });
  });
  test("a plain string is in the default language", () => {
    expect(resolveText("Привет", "kk", ru)).toEqual({ text: "Привет", lang: "ru" });
  });
  test("nothing given: empty text in the requested language", () => {
    expect(resolveText(undefined, "kk", ru)).toEqual({ text: "", lang: "kk" });
    expect(resolveText({}, "en", ru)).toEqual({ text: "", lang: "en" });
  });
});

describe("sanitize", () => {
  test("stripControls removes C0 controls and bidi overrides/isolates, keeps newline and tab", () => {
    expect(stripControls("a\u0000b\u001bc\u202ed\u2066e\u2069f\u007f\n\tg\u200fh")).toBe(
      "abcdef\n\tg\u200fh",
    );
  });
  test("linkTarget allows https and same-site paths only", () => {
    expect(linkTarget("https://School.kz/privacy", "https://school.kz")).toEqual({
      href: "https://School.kz/privacy",
      host: "school.kz",
    });
    expect(linkTarget("/privacy", "https://school.kz")).toEqual({
      href: "https://school.kz/privacy",
      host: "school.kz",
    });
    for (const bad of [
      "http://school.kz",
      "javascript:alert(1)",
      "//evil.example/x",
      "https://school.kz@evil.example",
    ])
      expect(linkTarget(bad, "https://school.kz")).toBeNull();
  });
});
