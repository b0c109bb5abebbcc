// Dates in the UI language. Chromium builds without Kazakh CLDR data print "2026 M09 1" for kk, so
// Kazakh uses the numeric form people write in Kazakhstan (01.09.2026); ru and en use Intl.
import { countryName, countryNameFromTable } from "../../shared/i18n/country.ts";
import type { Language } from "../../shared/manifest/types.ts";

const pad = (value: number) => String(value).padStart(2, "0");

export function formatDate(value: string, lang: Language, withTime = false): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // A calendar date ("2026-09-01") is parsed as UTC midnight; show it in UTC so it never shifts a day.
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (lang === "kk") {
    const [d, m, y] = calendarDate
      ? [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()]
      : [date.getDate(), date.getMonth() + 1, date.getFullYear()];
    const day = `${pad(d)}.${pad(m)}.${y}`;
    return withTime ? `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
  }
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: "long", timeStyle: "short" }
    : { dateStyle: "long" };
  if (calendarDate) options.timeZone = "UTC";
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Our reviewed kk/ru/en table first: the same runtimes answer English country names for kk. */
export function countryLabel(code: string, lang: Language): string {
  return countryNameFromTable(code, lang) ?? countryName(code, lang);
}
