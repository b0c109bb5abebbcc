// Message formatting for the kk/ru/en catalogs: `{name}` placeholders and plural forms.
// Plural rules come from Intl.PluralRules so Russian gets one/few/many and Kazakh one/other
// without a hand-written rule table (which is where catalogs usually go wrong).
import type { Language } from "../manifest/types.ts";

/** A catalog string, or plural forms chosen by `params.count` (`other` is always required). */
export type Message = string | { zero?: string; one?: string; few?: string; many?: string; other: string };

export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();

/** One Intl.PluralRules per language: constructing them is the slow part on cheap phones. */
export function pluralCategory(lang: Language | string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRulesCache.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRulesCache.set(lang, rules);
  }
  return rules.select(count);
}

/** Picks the form for `count`; `zero` acts as an exact-zero form ("no cookies") in every language. */
export function selectPluralForm(message: Exclude<Message, string>, lang: Language | string, count: number) {
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = pluralCategory(lang, count);
  if (category === "two") return message.other;
  return message[category] ?? message.other;
}

const numberFormatCache = new Map<string, Intl.NumberFormat>();

/** Numbers are shown the local way: "1,5" and "10 000" in kk/ru, "1.5" and "10,000" in en. */
function formatNumber(value: number, lang: Language | string): string {
  let numberFormat = numberFormatCache.get(lang);
  if (numberFormat === undefined) {
    numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormatCache.set(lang, numberFormat);
  }
  return numberFormat.format(value);
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Resolves a message to plain text. Unknown placeholders are left as written so a missing
 * parameter is visible in the UI instead of silently vanishing.
 */
export function format(message: Message, lang: Language | string, params?: MessageParams): string {
  let text: string;
  if (typeof message === "string") {
    text = message;
  } else {
    const count = params?.count;
    text = typeof count === "number" ? selectPluralForm(message, lang, count) : message.other;
  }
  if (params === undefined) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}

/** The `{name}` placeholders a message uses, across all its plural forms. */
export function placeholdersOf(message: Message): Set<string> {
  const forms = typeof message === "string" ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) {
    if (typeof form !== "string") continue;
    for (const match of form.matchAll(PLACEHOLDER)) if (match[1] !== undefined) names.add(match[1]);
  }
  return names;
}
