// Negation, exclusions and definitions: a category named only to say it is *not* collected, or only
// as an example in the definition of "personal data", must not be declared. Works on clauses: a
// Kazakh verb closes its clause ("… ұлтыңызды жинамаймыз"), a Russian "не" opens it ("не собираем …").
import type { Token } from "./tokens.ts";

/** Roots of verbs that collect, process, keep, pass on or publish data (Kazakh). */
const KK_VERB_ROOTS = [
  "жина",
  "өңде",
  "бер",
  "тапсыр",
  "тарат",
  "жария",
  "пайдалан",
  "сақта",
  "сұра",
  "жібер",
  "ал",
  "сат",
  "бөліс",
  "қолдан",
  "ашы",
  "көзде",
  "талап",
  "енгіз",
  "тірке",
  "жарияла",
  "әшкере",
];
/** Root + any voice suffix + the negative -ма/-ме/-ба/-бе/-па/-пе + a tense or person ending; the
 * conditional "-маса" ("if … not") opens a condition rather than denying the clause. */
const KK_NEGATIVE = new RegExp(
  `^(?:${KK_VERB_ROOTS.join("|")})\\p{L}{0,6}?(?:ма|ме|ба|бе|па|пе)(?:й|с(?![ае])|ған|ген|у|ңыз|ңіз|ды|ді|ймын|ймыз|йміз)`,
  "u",
);
/** Russian processing verbs (stems as written, matched as prefixes of the word after "не"). */
const RU_VERBS = [
  "собира",
  "собер",
  "обрабатыва",
  "обработа",
  "переда",
  "передад",
  "хран",
  "использ",
  "раскрыва",
  "раскро",
  "распростран",
  "предоставля",
  "предостав",
  "запрашива",
  "получа",
  "прода",
  "сообща",
  "осуществля",
  "треб",
  "публику",
];
/** Words that turn "not without consent" into "with consent": the item is still processed. */
const CONDITION =
  /^(?:келісім\p{L}*сыз|келісім\p{L}*сіз|рұқсат\p{L}*сыз|қоспағанда|исключением|кроме|иначе|жағдайларды)$/u;
const RU_CONDITION_PAIRS: [string, string][] = [
  ["без", "соглас"],
  ["без", "письменн"],
  ["без", "разрешени"],
  ["за", "исключ"],
];

/** Words that only look negative: "алмасу" (exchange), "қамтамасыз" (provide), "бермес бұрын"… */
const LOOKALIKES = /^(?:алмас|қамтамасыз|салмақ|жалпы|сақтамасы)/u;

export const isKazakhNegativeVerb = (word: string): boolean =>
  KK_NEGATIVE.test(word) && !LOOKALIKES.test(word);

const isRussianNegation = (tokens: Token[], index: number): boolean => {
  const word = tokens[index]?.word;
  if (word !== "не" && word !== "ни") return false;
  for (let j = index + 1; j <= index + 3 && j < tokens.length; j++) {
    const next = tokens[j]?.word ?? "";
    if (RU_VERBS.some((verb) => next.startsWith(verb))) return true;
  }
  return false;
};

const hasCondition = (tokens: Token[]): boolean =>
  tokens.some(
    (token, i) =>
      CONDITION.test(token.word) ||
      RU_CONDITION_PAIRS.some(([a, b]) => token.word === a && (tokens[i + 1]?.word ?? "").startsWith(b)),
  );

/** Clause boundaries within a sentence: ; and : and contrast words ("бірақ", "но", "однако"). */
const CONTRAST = new Set(["бірақ", "алайда", "ал", "но", "однако", "тогда", "ал", "а"]);

export interface Clause {
  first: number;
  last: number;
  negated: boolean;
}

/** Splits a sentence's tokens into clauses and marks those whose processing verb is negated. */
export function clauses(tokens: Token[], text: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const slice = tokens.slice(first, last + 1);
    const negated =
      slice.some((token, i) => isKazakhNegativeVerb(token.word) || isRussianNegation(slice, i)) &&
      !hasCondition(slice);
    out.push({ first, last, negated });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const between = next ? text.slice(token.end - offset, next.start - offset) : "";
    if (/[;:]/.test(between)) close(i);
    else if (next && CONTRAST.has(next.word) && /,/.test(between)) close(i);
  }
  close(tokens.length - 1);
  return out;
}

/** The clause holding a token. */
export const clauseOf = (list: Clause[], index: number): Clause | undefined =>
  list.find((clause) => clause.first <= index && index <= clause.last);

const DEFINITION_MARKERS = [
  "дегеніміз",
  "түсініледі",
  "білдіреді",
  "жатады",
  "жатқызылады",
  "мысалы",
  "мәселен",
  "например",
  "означает",
  "понимается",
  "понимаются",
  "относятся",
  "относится",
  "являются",
  "это",
];
const DATA_TERMS = [
  "дербес",
  "жеке",
  "персональн",
  "құпия",
  "арнаулы",
  "специальн",
  "чувствительн",
  "биометри",
];

/**
 * True for a sentence that defines what personal (or sensitive) data are, under a heading that
 * asks or a sentence that says so: the items it lists are examples, not what the operator collects.
 */
export function isDataDefinition(tokens: Token[], headings: Token[][]): boolean {
  const mentionsData = (list: Token[]) =>
    list.some((t) => DATA_TERMS.some((term) => t.word.startsWith(term))) &&
    list.some((t) => /^(?:деректер|дерек|ақпарат|данн|сведени|информаци)/u.test(t.word));
  const defines = (list: Token[]) => list.some((t) => DEFINITION_MARKERS.includes(t.word));
  if (mentionsData(tokens) && defines(tokens)) return true;
  return headings
    .slice(0, 1)
    .some((heading) => heading.some((t) => t.word === "дегеніміз" || t.word === "понятие"));
}
