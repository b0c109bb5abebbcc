// Country names for the ISO 3166-1 codes school data actually goes to, reviewed in kk/ru/en.
// Small on purpose: the drop-in widget uses it too. Browsers' Intl.DisplayNames cannot be relied
// on for Kazakh (Debian's Chromium answers kk in English).
import type { Language } from "../manifest/types.ts";

export const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  KZ: { kk: "Қазақстан", ru: "Казахстан", en: "Kazakhstan" },
  RU: { kk: "Ресей", ru: "Россия", en: "Russia" },
  US: { kk: "АҚШ", ru: "США", en: "United States" },
  DE: { kk: "Германия", ru: "Германия", en: "Germany" },
  NL: { kk: "Нидерланд", ru: "Нидерланды", en: "Netherlands" },
  IE: { kk: "Ирландия", ru: "Ирландия", en: "Ireland" },
  FI: { kk: "Финляндия", ru: "Финляндия", en: "Finland" },
  GB: { kk: "Ұлыбритания", ru: "Великобритания", en: "United Kingdom" },
  CN: { kk: "Қытай", ru: "Китай", en: "China" },
  TR: { kk: "Түркия", ru: "Турция", en: "Türkiye" },
  KG: { kk: "Қырғызстан", ru: "Киргизия", en: "Kyrgyzstan" },
  UZ: { kk: "Өзбекстан", ru: "Узбекистан", en: "Uzbekistan" },
  FR: { kk: "Франция", ru: "Франция", en: "France" },
  CH: { kk: "Швейцария", ru: "Швейцария", en: "Switzerland" },
  SG: { kk: "Сингапур", ru: "Сингапур", en: "Singapore" },
};
