// Compiles a lexicon into word matchers and finds its phrases in a sentence's tokens.
import type { Lexicon } from "./lexicon-types.ts";
import { type PolicyLanguage, stemWord, type Token } from "./tokens.ts";

interface WordMatcher {
  /** A stem to compare, or a raw prefix when the phrase word ended in "*". */
  stem?: string;
  prefix?: string;
}

export interface CompiledPhrase {
  id: string;
  lang: PolicyLanguage;
  phrase: string;
  words: WordMatcher[];
}

export interface Hit {
  id: string;
  phrase: string;
  /** Token indexes of the matched words; first and last of them. */
  tokens: number[];
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Words allowed between two words of a phrase ("туған күні және жері" still says "туған жері"). */
const MAX_GAP = 2;
/** Stems this long may differ by one final letter (loanwords the stemmers cut differently). */
const LOOSE_MIN = 5;

const WORD = /[\p{L}\p{N}]+/gu;

const compileWord = (word: string, lang: PolicyLanguage): WordMatcher[] => {
  const lower = word.toLowerCase();
  if (lower.endsWith("*")) {
    const parts = lower.slice(0, -1).match(WORD) ?? [];
    return parts.map((part, index) =>
      index === parts.length - 1 ? { prefix: part } : { stem: stemWord(part, lang) },
    );
  }
  return (lower.match(WORD) ?? []).map((part) => ({ stem: stemWord(part, lang) }));
};

export const stemsMatch = (a: string, b: string): boolean => {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= LOOSE_MIN - 1 && long.length === short.length + 1 && long.startsWith(short);
};

const wordMatches = (matcher: WordMatcher, token: Token, lang: PolicyLanguage): boolean => {
  if (matcher.prefix !== undefined) return token.word.startsWith(matcher.prefix);
  const stem = lang === "kk" ? token.kk : token.ru;
  return stemsMatch(matcher.stem ?? "", stem);
};

export class PhraseIndex {
  private readonly byStem = new Map<string, CompiledPhrase[]>();
  private readonly byPrefix: CompiledPhrase[] = [];

  constructor(lexicon: Lexicon = {}) {
    for (const [id, phrases] of Object.entries(lexicon)) this.addEntry(id, phrases);
  }

  /** Compiles one taxonomy entry's phrases (the index can be built a few entries at a time). */
  addEntry(id: string, phrases: Lexicon[string]): void {
    for (const lang of ["kk", "ru"] as const) {
      for (const phrase of phrases[lang]) {
        const words = phrase.split(/\s+/).flatMap((word) => compileWord(word, lang));
        if (words.length === 0) continue;
        const compiled: CompiledPhrase = { id, lang, phrase, words };
        const first = words[0] as WordMatcher;
        if (first.stem === undefined) {
          this.byPrefix.push(compiled);
          continue;
        }
        this.add(first.stem, compiled);
        if (first.stem.length >= LOOSE_MIN) this.add(first.stem.slice(0, -1), compiled);
      }
    }
  }

  private add(key: string, phrase: CompiledPhrase): void {
    const list = this.byStem.get(key);
    if (list) list.push(phrase);
    else this.byStem.set(key, [phrase]);
  }

  private candidates(token: Token): Set<CompiledPhrase> {
    const out = new Set<CompiledPhrase>();
    for (const stem of new Set([token.kk, token.ru])) {
      for (const key of stem.length >= LOOSE_MIN ? [stem, stem.slice(0, -1)] : [stem])
        for (const phrase of this.byStem.get(key) ?? []) out.add(phrase);
    }
    for (const phrase of this.byPrefix) out.add(phrase);
    return out;
  }

  /** Every phrase hit in the tokens; a hit whose words all belong to a longer hit of another id is
   * dropped ("IP мекенжайы" is no home address). */
  find(tokens: Token[]): Hit[] {
    const hits: Hit[] = [];
    tokens.forEach((token, index) => {
      for (const phrase of this.candidates(token)) {
        if (!wordMatches(phrase.words[0] as WordMatcher, token, phrase.lang)) continue;
        const matched = matchRest(phrase, tokens, index);
        if (!matched) continue;
        const last = matched.at(-1) ?? index;
        hits.push({
          id: phrase.id,
          phrase: phrase.phrase,
          tokens: matched,
          first: index,
          last,
          start: token.start,
          end: (tokens[last] as Token).end,
        });
      }
    });
    return hits.filter(
      (hit) =>
        !hits.some(
          (other) =>
            other.id !== hit.id &&
            other.tokens.length > hit.tokens.length &&
            hit.tokens.every((t) => other.tokens.includes(t)),
        ),
    );
  }
}

/** Indexes of the tokens matching the phrase's words, or null. */
const matchRest = (phrase: CompiledPhrase, tokens: Token[], first: number): number[] | null => {
  let at = first;
  const matched = [first];
  for (let w = 1; w < phrase.words.length; w++) {
    const matcher = phrase.words[w] as WordMatcher;
    let found = -1;
    for (let j = at + 1; j <= at + 1 + MAX_GAP && j < tokens.length; j++) {
      if (wordMatches(matcher, tokens[j] as Token, phrase.lang)) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    matched.push(found);
    at = found;
  }
  return matched;
};
