// Words with their offsets in the original text, lower-cased and stemmed in their own language.
// Offsets always point into the text the caller gave, so evidence quotes can be highlighted there.
import { stemKazakh } from "./stem-kk.ts";
import { stemRussian } from "./stem-ru.ts";

export type PolicyLanguage = "kk" | "ru";

export interface Token {
  /** Lower-cased word. */
  word: string;
  /** The word's stem read as Kazakh, and read as Russian (the same for a word with Kazakh letters). */
  kk: string;
  ru: string;
  start: number;
  end: number;
}

/** Letters only Kazakh Cyrillic has: a word with one of them is Kazakh whatever the page says. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/;
/** Common Russian function words: their share tells Russian prose from Kazakh. */
const RUSSIAN_WORDS = new Set(
  "и в на не с по для или о об от к из при что это как которые который также а мы вы его их без до".split(
    " ",
  ),
);

const WORD = /[\p{L}\p{N}]+/gu;

export const isKazakhWord = (word: string): boolean => KAZAKH_LETTERS.test(word);

/** The stem of one lower-cased word, read as Kazakh or Russian. */
export function stemWord(word: string, lang: PolicyLanguage): string {
  if (/^[\p{N}]+$/u.test(word) || !/[а-яёәғқңөұүһі]/.test(word)) return word;
  return lang === "kk" || isKazakhWord(word) ? stemKazakh(word) : stemRussian(word);
}

/** Kazakh or Russian by letter and function-word counts; a hint wins only when the text is ambiguous. */
export function detectLanguage(text: string, hint?: PolicyLanguage): PolicyLanguage {
  let kazakh = 0;
  let russian = 0;
  let scanned = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (KAZAKH_LETTERS.test(word)) kazakh++;
    else if (RUSSIAN_WORDS.has(word)) russian++;
    if (++scanned > 4000) break;
  }
  if (hint && Math.abs(kazakh - russian) < 5) return hint;
  return kazakh >= russian ? "kk" : "ru";
}

/** Words of a text with both stems: a Kazakh policy quotes Russian and the reverse, and a word
 * such as "телефон" has no letter to tell which language it is in. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const start = offset + (match.index ?? 0);
    const kk = stemWord(word, "kk");
    const ru = isKazakhWord(word) ? kk : stemWord(word, "ru");
    tokens.push({ word, kk, ru, start, end: start + match[0].length });
  }
  return tokens;
}
