// A light Kazakh stemmer: strips inflectional suffixes from the end of a word in the order Kazakh
// stacks them (root + plural + possessive + case), so each is stripped at most once and only after
// the ones that follow it: "деректерінің" → "дерек", "мекенжайын" → "мекенжай", "сыныбы" →
// "сынып". The lexicon is written as words and compared stem to stem, so inflected forms hit.
// Derivational suffixes (-лық, -шы, -ма) are left alone: "денсаулық" is a root, and stripping them
// would merge unrelated words. A suffix applies only where its first letter fits the letter before
// it (Kazakh assimilation: -та after a voiceless consonant, -на after a vowel…), which keeps roots
// such as "пошта" or "жалақы" from losing letters that only look like endings.

type Slot = 3 | 2 | 1; // case, possessive, plural: stripped from the end in this order

const CASE = [
  // Stacked forms ("деректерінің" = дерек + тер + і + нің) need no list of their own: each slot
  // strips its part in turn (case, then possessive, then plural).
  // case after a possessive (3rd person): -ының, -ына, -ын, -ында, -ынан, -ымен, -ындағы
  "ының",
  "інің",
  "ына",
  "іне",
  "ын",
  "ін",
  "ында",
  "інде",
  "ынан",
  "інен",
  "ымен",
  "імен",
  "ындағы",
  "індегі",
  "сының",
  "сінің",
  "сына",
  "сіне",
  "сын",
  "сін",
  "сында",
  "сінде",
  "сынан",
  "сінен",
  "сымен",
  "сімен",
  // plain case endings
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің", // genitive
  "ға",
  "ге",
  "қа",
  "ке", // dative
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті", // accusative
  "да",
  "де",
  "та",
  "те",
  "дағы",
  "дегі",
  "тағы",
  "тегі", // locative (+ adjectival -ғы)
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен", // ablative
  "мен",
  "бен",
  "пен",
  "менен",
  "бенен",
  "пенен", // instrumental / comitative
];
const POSSESSIVE = [
  "лары",
  "лері",
  "дары",
  "дері",
  "тары",
  "тері", // plural + 3rd person (one step)
  "ыңыз",
  "іңіз",
  "ңыз",
  "ңіз",
  "ымыз",
  "іміз",
  "сы",
  "сі",
  "ы",
  "і",
];
const PLURAL = ["лар", "лер", "дар", "дер", "тар", "тер"];

const BY_SLOT: [Slot, string[]][] = (
  [
    [3, CASE],
    [2, POSSESSIVE],
    [1, PLURAL],
  ] as [Slot, string[]][]
).map(([slot, list]) => [slot, [...list].sort((a, b) => b.length - a.length)]);

const VOWEL = /[аәеиоөұүуыіэюяё]/;
const VOICELESS = /[кқпстфхшщцч]/;
const MIN_STEM = 3;

/** Whether a suffix can follow this letter (the assimilation rules Kazakh spelling shows). */
const fits = (suffix: string, before: string): boolean => {
  const first = suffix[0] ?? "";
  if ("тқкп".includes(first)) return VOICELESS.test(before);
  if ("дғгб".includes(first)) return !VOICELESS.test(before);
  if ("нс".includes(first)) return VOWEL.test(before);
  if (first === "л") return VOWEL.test(before) || "рйуw".includes(before);
  if ("ыі".includes(first)) return !VOWEL.test(before);
  return true; // м- (instrumental), ң-
};

/** Consonants voiced before a vowel-initial suffix return to their dictionary form: сыныбы → сынып. */
const UNVOICE: Record<string, string> = { б: "п", г: "к", ғ: "қ" };

export function stemKazakh(word: string): string {
  const lower = word.toLowerCase();
  let stem = lower;
  for (const [, list] of BY_SLOT) {
    const suffix = list.find((s) => {
      if (!stem.endsWith(s)) return false;
      const rest = stem.slice(0, -s.length);
      return rest.length >= MIN_STEM && VOWEL.test(rest) && fits(s, rest.at(-1) ?? "");
    });
    if (suffix !== undefined) stem = stem.slice(0, -suffix.length);
  }
  // A final -ы/-і is either the root's or a possessive: dropping it always makes both forms meet
  // ("оқушы" and "оқушылар" → "оқуш").
  if (/[ыі]$/.test(stem) && stem.length > MIN_STEM && !VOWEL.test(stem.at(-2) ?? ""))
    stem = stem.slice(0, -1);
  const unvoiced = UNVOICE[stem.at(-1) ?? ""];
  return unvoiced && stem !== lower ? stem.slice(0, -1) + unvoiced : stem;
}
