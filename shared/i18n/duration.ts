// ISO 8601 durations (`P1Y`, `P6M`, `P1Y6M`, `P30D`, `PT12H`) as words in kk/ru/en.
import type { Language } from "../manifest/types.ts";
import type { CommonKey } from "./catalog-common.en.ts";
import { commonText } from "./common.ts";

const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const UNIT_KEYS: readonly CommonKey[] = [
  "duration.year",
  "duration.month",
  "duration.week",
  "duration.day",
  "duration.hour",
  "duration.minute",
  "duration.second",
];

/** The parts of a duration in unit order (years first), zero parts dropped; null if not ISO 8601. */
export function parseDuration(iso: string): { key: CommonKey; count: number }[] | null {
  const match = DURATION.exec(iso.trim().toUpperCase());
  if (match === null || iso.trim().toUpperCase().endsWith("T") || iso.trim().length < 3) return null;
  const parts: { key: CommonKey; count: number }[] = [];
  UNIT_KEYS.forEach((key, index) => {
    const raw = match[index + 1];
    if (raw === undefined) return;
    const count = Number(raw.replace(",", "."));
    if (count > 0) parts.push({ key, count });
  });
  return parts;
}

const listFormatCache = new Map<Language, Intl.ListFormat | null>();

function joinParts(parts: string[], lang: Language): string {
  if (!listFormatCache.has(lang)) {
    let listFormat: Intl.ListFormat | null = null;
    try {
      listFormat = new Intl.ListFormat(lang, { type: "unit", style: "long" });
    } catch {
      listFormat = null;
    }
    listFormatCache.set(lang, listFormat);
  }
  return listFormatCache.get(lang)?.format(parts) ?? parts.join(" ");
}

/**
 * `P1Y` → "1 year" / "1 год" / "1 жыл"; `P1Y6M` → "1 year, 6 months". A string that is not an
 * ISO duration comes back unchanged, so a bad value stays visible rather than disappearing.
 */
export function formatDuration(iso: string, lang: Language): string {
  const parts = parseDuration(iso);
  if (parts === null) return iso;
  if (parts.length === 0) return commonText("duration.second", lang, { count: 0 });
  return joinParts(
    parts.map(({ key, count }) => commonText(key, lang, { count })),
    lang,
  );
}

/** Seconds (a cookie's max-age) as the largest whole units, e.g. 31536000 → "1 year". */
export function formatSeconds(seconds: number, lang: Language): string {
  const units: [CommonKey, number][] = [
    ["duration.year", 365 * 86400],
    ["duration.month", 30 * 86400],
    ["duration.day", 86400],
    ["duration.hour", 3600],
    ["duration.minute", 60],
  ];
  for (const [key, size] of units) {
    if (seconds >= size) {
      const count = Math.round((seconds / size) * 10) / 10;
      return commonText(key, lang, { count });
    }
  }
  return commonText("duration.second", lang, { count: Math.max(0, Math.round(seconds)) });
}
