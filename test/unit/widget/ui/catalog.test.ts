import { expect, test } from "vitest";
import { type WidgetKey, widgetEn } from "../../../../shared/i18n/catalog-widget.en.ts";
import { widgetKk } from "../../../../shared/i18n/catalog-widget.kk.ts";
import { widgetRu } from "../../../../shared/i18n/catalog-widget.ru.ts";
import { placeholdersOf } from "../../../../shared/i18n/format.ts";
import { lifetime, t } from "../../../../widget/ui/i18n.ts";

const keys = Object.keys(widgetEn) as WidgetKey[];

test("kk and ru have every key, with the same placeholders as English", () => {
  for (const catalog of [widgetKk, widgetRu]) {
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([...placeholdersOf(catalog[key])].sort(), key).toEqual(
        [...placeholdersOf(widgetEn[key])].sort(),
      );
    }
  }
});

test("no Kazakh or Russian string is left in English", () => {
  const latinPhrase = /\b[A-Za-z]{2,} [a-z]{2,}\b/;
  for (const catalog of [widgetKk, widgetRu]) {
    for (const key of keys) {
      const forms = typeof catalog[key] === "string" ? [catalog[key]] : Object.values(catalog[key]);
      for (const form of forms) expect(latinPhrase.test(String(form)), `${key}: ${form}`).toBe(false);
    }
  }
});

test("Kazakh uses the wording a Kazakh reader expects", () => {
  expect(t("action.acceptAll", "kk")).toBe("Барлығын қабылдау");
  expect(t("action.rejectAll", "kk")).toBe("Барлығынан бас тарту");
  expect(t("action.choose", "kk")).toBe("Таңдау");
  expect(t("action.policy", "kk")).toBe("Құпиялылық саясаты");
});

test("plural rules: Russian one/few/many, Kazakh and English counts", () => {
  expect(t("diff.data", "ru", { count: 1 })).toBe("1 новый вид персональных данных");
  expect(t("diff.data", "ru", { count: 3 })).toBe("3 новых вида персональных данных");
  expect(t("diff.data", "ru", { count: 5 })).toBe("5 новых видов персональных данных");
  expect(t("diff.data", "ru", { count: 21 })).toBe("21 новый вид персональных данных");
  expect(t("diff.data", "en", { count: 1 })).toBe("1 new kind of personal data");
  expect(t("diff.data", "en", { count: 2 })).toBe("2 new kinds of personal data");
  expect(t("diff.data", "kk", { count: 2 })).toBe("дербес деректердің 2 жаңа түрі");
});

test("cookie lifetimes in whole units", () => {
  expect(lifetime(null, "en")).toBe("until the browser is closed");
  expect(lifetime(31536000, "ru")).toBe("1 год");
  expect(lifetime(63072000, "kk")).toBe("2 жыл");
  expect(lifetime(60 * 86400, "en")).toBe("2 months");
  expect(lifetime(86400, "ru")).toBe("1 день");
  expect(lifetime(1800, "en")).toBe("30 minutes");
});
