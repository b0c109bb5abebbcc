// A light Russian stemmer after Snowball's Russian algorithm (Porter's; the RV region and the
// ending classes are his): removes one inflectional ending per class from the part of the word after
// its first vowel, so "данных", "данные" and "данными" meet at "данн" and "передаём", "передаёт",
// "передавать" at "переда". Written here rather than taken from npm: it is 60 lines and the lexicon
// needs it to behave the same in Node and in the browser.

const VOWELS = "аеиоуыэюяё";

const PERFECTIVE_GERUND = /(?:(?<=[ая])(?:в|вши|вшись)|(?:ив|ивши|ившись|ыв|ывши|ывшись))$/;
const REFLEXIVE = /(?:ся|сь)$/;
const ADJECTIVE = /(?:ими|ыми|его|ого|ему|ому|ее|ие|ые|ое|ей|ий|ый|ой|ем|им|ым|ом|их|ых|ую|юю|ая|яя|ою|ею)$/;
const PARTICIPLE = /(?:(?<=[ая])(?:ем|нн|вш|ющ|щ)|(?:ивш|ывш|ующ))$/;
const VERB =
  /(?:(?<=[ая])(?:ла|на|ете|йте|ли|й|л|ем|н|ло|но|ет|ют|ны|ть|ешь|нно)|(?:ила|ыла|ена|ейте|уйте|ите|или|ыли|ей|уй|ил|ыл|им|ым|ен|ило|ыло|ено|ят|ует|уют|ит|ыт|ены|ить|ыть|ишь|ую|ю))$/;
const NOUN =
  /(?:иями|ями|ами|иям|ием|иях|ев|ов|ие|ье|еи|ии|ей|ой|ий|ям|ем|ам|ом|ах|ях|ию|ью|ия|ья|а|е|и|й|о|у|ы|ь|ю|я)$/;
const DERIVATIONAL = /ость?$/;
const SUPERLATIVE = /(?:ейше|ейш)$/;

const strip = (rv: string, pattern: RegExp): string | null => {
  const match = pattern.exec(rv);
  return match ? rv.slice(0, match.index) : null;
};

export function stemRussian(word: string): string {
  const lower = word.toLowerCase().replaceAll("ё", "е");
  let first = -1;
  for (let i = 0; i < lower.length; i++) {
    if (VOWELS.includes(lower[i] ?? "")) {
      first = i;
      break;
    }
  }
  if (first < 0) return lower;
  const head = lower.slice(0, first + 1);
  let rv = lower.slice(first + 1);

  // Step 1: a perfective gerund, or else a reflexive ending then an adjective(+participle), a verb or a noun ending.
  const gerund = strip(rv, PERFECTIVE_GERUND);
  if (gerund !== null) rv = gerund;
  else {
    rv = strip(rv, REFLEXIVE) ?? rv;
    const adjective = strip(rv, ADJECTIVE);
    if (adjective !== null) rv = strip(adjective, PARTICIPLE) ?? adjective;
    else rv = strip(rv, VERB) ?? strip(rv, NOUN) ?? rv;
  }
  // Step 2: a final и. Step 3: -ость in the R2 region (approximated: the stem stays ≥ 4 letters).
  if (rv.endsWith("и")) rv = rv.slice(0, -1);
  const derivational = strip(rv, DERIVATIONAL);
  if (derivational !== null && head.length + derivational.length >= 4) rv = derivational;
  // Step 4: нн → н, a superlative ending, a soft sign.
  rv = strip(rv, SUPERLATIVE) ?? rv;
  if (rv.endsWith("нн")) rv = rv.slice(0, -1);
  else if (rv.endsWith("ь")) rv = rv.slice(0, -1);
  return head + rv;
}
