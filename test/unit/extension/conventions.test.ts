// Conventions of the extension sources that a reviewer would otherwise have to check by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { extensionEn } from "../../../shared/i18n/catalog-extension.en.ts";
import { extensionKk } from "../../../shared/i18n/catalog-extension.kk.ts";
import { extensionRu } from "../../../shared/i18n/catalog-extension.ru.ts";
import { placeholdersOf } from "../../../shared/i18n/format.ts";

const ROOT = new URL("../../../extension/", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "public" ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test("webextension-polyfill is imported in exactly one file, extension/browser.ts", () => {
  const importers = sources(ROOT)
    .filter((file) =>
      /from\s+["']webextension-polyfill["']|import\(\s*["']webextension-polyfill/.test(
        readFileSync(file, "utf8"),
      ),
    )
    .map((file) => relative(ROOT, file));
  expect(importers).toEqual(["browser.ts"]);
});

test("nothing is rendered as HTML and no code is evaluated", () => {
  for (const file of sources(ROOT)) {
    const text = readFileSync(file, "utf8");
    expect(text, file).not.toMatch(
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/,
    );
  }
});

test("no remote URLs are loaded by the extension's code", () => {
  for (const file of sources(ROOT)) {
    const text = readFileSync(file, "utf8");
    expect(text, file).not.toMatch(/import\(\s*["']https?:|fetch\(\s*["']https?:/);
  }
});

test("every catalog string keeps the English placeholders in ru and kk, and Kazakh is not a copy of Russian", () => {
  let sameAsRussian = 0;
  for (const key of Object.keys(extensionEn) as (keyof typeof extensionEn)[]) {
    const expected = [...placeholdersOf(extensionEn[key])].sort();
    expect([...placeholdersOf(extensionRu[key])].sort(), `ru ${key}`).toEqual(expected);
    expect([...placeholdersOf(extensionKk[key])].sort(), `kk ${key}`).toEqual(expected);
    if (JSON.stringify(extensionKk[key]) === JSON.stringify(extensionRu[key])) sameAsRussian++;
  }
  // A few strings are legitimately identical (the name, "CRM", "Сайт", "Оператор", "аналитика").
  expect(sameAsRussian / Object.keys(extensionEn).length).toBeLessThan(0.1);
});

test("the collector (content/) uses no extension API: it answers through executeScript's result", () => {
  for (const file of sources(join(ROOT, "content"))) {
    const code = readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
    expect(code, file).not.toMatch(/\b(chrome|browser)\.|native-runtime|messages\.ts|browser\.ts/);
  }
});

test("the popup's pages and UI do not import webextension-polyfill (browser.ts)", () => {
  for (const file of [...sources(join(ROOT, "popup")), ...sources(join(ROOT, "ui"))]) {
    expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s+["'][./]*browser\.ts["']/);
  }
});
