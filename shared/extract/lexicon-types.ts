// How the lexicon is written. Each taxonomy id has phrases in Kazakh and Russian; a phrase is
// words in order, each compared stem to stem with the text (so "мекенжайы" and "мекенжайын" both
// hit "мекенжай"), with up to two other words between them. A word ending in "*" matches any word
// that starts with it (for compounds and loanwords). Phrases are written from the taxonomy's labels
// and the usual wording of Kazakh and Russian policies, never from one policy's sentences.

export interface Phrases {
  kk: string[];
  ru: string[];
}

export type Lexicon = Record<string, Phrases>;
