// ISO 8601 durations (`P1Y`, `P6M`, `P1Y6M`, `P30D`, `PT12H`) as words in kk/ru/en.
import type { Language } from "../manifest/types.ts";
import { type TimeUnit, unitText } from "./units.ts";

const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const UNITS: readonly TimeUnit[] = ["year", "month", "week", "day", "hour", "minute", "second"];

/** The parts of a duration in unit order (years first), zero parts dropped; null if not ISO 8601. */
export function parseDuration(iso: string): { unit: TimeUnit; count: number }[] | null {
  const match = DURATION.exec(iso.trim().toUpperCase());
  if (match === null || iso.trim().toUpperCase().endsWith("T") || iso.trim().length < 3) return null;
  const parts: { unit: TimeUnit; count: number }[] = [];
  UNITS.forEach((unit, index) => {
    const raw = match[index + 1];
    if (raw === undefined) return;
    const count = Number(raw.replace(",", "."));
    if (count > 0) parts.push({ unit, count });
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
  if (parts.length === 0) return unitText("second", 0, lang);
  return joinParts(
    parts.map(({ unit, count }) => unitText(unit, count, lang)),
    lang,
  );
}
