// Time units with plural forms in kk/ru/en, and cookie lifetimes in whole units. One small module
// that the policy view, the extension and the drop-in widget all use (the widget cannot afford the
// whole common catalog on its banner path).
import type { Language } from "../manifest/types.ts";
import { format, type Message } from "./format.ts";

export type TimeUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";

export const TIME_UNITS: Readonly<Record<Language, Readonly<Record<TimeUnit, Message>>>> = {
  kk: {
    year: "{count} жыл",
    month: "{count} ай",
    week: "{count} апта",
    day: "{count} күн",
    hour: "{count} сағат",
    minute: "{count} минут",
    second: "{count} секунд",
  },
  ru: {
    year: { one: "{count} год", few: "{count} года", many: "{count} лет", other: "{count} года" },
    month: { one: "{count} месяц", few: "{count} месяца", many: "{count} месяцев", other: "{count} месяца" },
    week: { one: "{count} неделя", few: "{count} недели", many: "{count} недель", other: "{count} недели" },
    day: { one: "{count} день", few: "{count} дня", many: "{count} дней", other: "{count} дня" },
    hour: { one: "{count} час", few: "{count} часа", many: "{count} часов", other: "{count} часа" },
    minute: { one: "{count} минута", few: "{count} минуты", many: "{count} минут", other: "{count} минуты" },
    second: {
      one: "{count} секунда",
      few: "{count} секунды",
      many: "{count} секунд",
      other: "{count} секунды",
    },
  },
  en: {
    year: { one: "{count} year", other: "{count} years" },
    month: { one: "{count} month", other: "{count} months" },
    week: { one: "{count} week", other: "{count} weeks" },
    day: { one: "{count} day", other: "{count} days" },
    hour: { one: "{count} hour", other: "{count} hours" },
    minute: { one: "{count} minute", other: "{count} minutes" },
    second: { one: "{count} second", other: "{count} seconds" },
  },
};

export const unitText = (unit: TimeUnit, count: number, lang: Language): string =>
  format(TIME_UNITS[lang][unit], lang, { count });

const SECONDS: readonly [TimeUnit, number][] = [
  ["year", 365 * 86400],
  ["month", 30 * 86400],
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
];

/** Seconds (a cookie's max-age) in the largest unit it reaches, rounded to whole units: 31536000 →
 * "1 year", 1800 → "30 minutes". Whole units read better than "1,1 года" and lifetimes are approximate. */
export function formatSeconds(seconds: number, lang: Language): string {
  for (const [unit, size] of SECONDS) {
    if (seconds >= size) return unitText(unit, Math.round(seconds / size), lang);
  }
  return unitText("second", Math.max(0, Math.round(seconds)), lang);
}
