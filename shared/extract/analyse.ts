// The extractor's reading of a policy: segments it, finds lexicon phrases in each sentence, and
// decides for each hit whether it is declared, negated or only part of a definition, and whose
// data it is. Building the manifest from this is draft.ts's job.
import { findDurations } from "./duration.ts";
import { DATA_LEXICON, NOT_DATA_ID, NOT_DATA_LEXICON } from "./lexicon-data.ts";
import { LEGAL_BASIS_LEXICON, RECIPIENT_LEXICON, RIGHT_LEXICON, TRANSFER_LEXICON } from "./lexicon-legal.ts";
import { SUBJECT_LEXICON } from "./lexicon-people.ts";
import { PURPOSE_LEXICON } from "./lexicon-purposes.ts";
import type { Lexicon } from "./lexicon-types.ts";
import { type Hit, PhraseIndex } from "./match.ts";
import { type Clause, clauseOf, clauses, isDataDefinition } from "./negation.ts";
import { findOperator, findResponsible } from "./operator.ts";
import { headingsOf, type Segmented, type Sentence, segment } from "./segment.ts";
import { type Token, tokenize } from "./tokens.ts";
import type { Evidence, EvidenceField, Quote } from "./types.ts";

type Lexicons = Record<
  "data" | "subject" | "purpose" | "legalBasis" | "recipient" | "right" | "transfer",
  PhraseIndex
>;

const SOURCES: [keyof Lexicons, Lexicon][] = [
  ["data", { ...DATA_LEXICON, ...NOT_DATA_LEXICON }],
  ["subject", SUBJECT_LEXICON],
  ["purpose", PURPOSE_LEXICON],
  ["legalBasis", LEGAL_BASIS_LEXICON],
  ["recipient", RECIPIENT_LEXICON],
  ["right", RIGHT_LEXICON],
  ["transfer", TRANSFER_LEXICON],
];

let indexes: Lexicons | undefined;
/** Compiled once per process (stemming every phrase is the costly part of start-up), one taxonomy
 * entry per step so a browser caller can yield between them. */
function* lexicons(): Generator<void, Lexicons, void> {
  if (indexes) return indexes;
  const built: Partial<Lexicons> = {};
  for (const [name, lexicon] of SOURCES) {
    const index = new PhraseIndex();
    for (const [id, phrases] of Object.entries(lexicon)) {
      index.addEntry(id, phrases);
      yield;
    }
    built[name] = index;
  }
  indexes = built as Lexicons;
  return indexes;
}

export interface SentenceInfo {
  sentence: Sentence;
  tokens: Token[];
  clauses: Clause[];
  subjects: Hit[];
}

const has = (tokens: Token[], pattern: RegExp): boolean => tokens.some((t) => pattern.test(t.word));

const PRESCHOOL =
  /воспитанник|дошкольн|детск\p{L}*\s+сад|ясл|тәрбиеленуш|мектепке\s+дейінгі|мектеп\s+жасына\s+дейінгі|балабақша|бала\s+бақша/iu;
const DATA_WORDS = /^(?:дерек|мәлімет|ақпарат|жазба|данн|сведени|информаци|запис)/u;
const PROCESSING = /^(?:жина|өңде|тірке|сақта|енгіз|собира|собир|обрабат|хран|получа|указыва)/u;
const PURPOSE_WORDS = /^(?:мақсат\p{L}*|цел|цели|целях|целью|целей)$/u;
const RIGHTS_WORDS = /^(?:құқ\p{L}*|прав|права|право|правах|вправе|праве)$/u;
const TRANSFER_WORDS =
  /^(?:беріл\p{L}*|береді|береміз|бермейді|бермейміз|беру|беруге|беруі|беруді|беріп|тапсыр\p{L}*|жібер\p{L}*|ұсын\p{L}*|переда\p{L}*|передач\p{L}*|предостав\p{L}*|раскры\p{L}*|направля\p{L}*|сообща\p{L}*|бөліс\p{L}*|жолда\p{L}*|ашу|ашылуы)$/u;
/** "білім беру" is "education", not "giving": the verb after these words is no transfer. */
const NOT_TRANSFER_BEFORE = new Set(["білім", "кеңес", "жауап", "мүмкіндік", "рұқсат", "қызмет"]);
const COMPLAINT = /^(?:шағым\p{L}*|обжал\p{L}*|жалоб\p{L}*|жүгін\p{L}*)$/u;
const RETENTION_WORDS = /^(?:сақта\p{L}*|сақтал\p{L}*|мерзім\p{L}*|хран\p{L}*|срок\p{L}*|өңдеу)$/u;
const REVIEW_WORDS =
  /^(?:қайта|қаралады|қаралуы|өзгер\p{L}*|пересм\p{L}*|изменен\p{L}*|шолу|обновл\p{L}*|жаңарт\p{L}*)$/u;
const UNTIL_PURPOSE = /(?:мақсатқа|мақсаттарына|мақсатына)\s+жет|достижени[яи]\s+цел/iu;
const LEGAL_TERM =
  /заңнама\p{L}*\s+(?:\p{L}+\s+){0,3}(?:мерзім|белгіленген)|установленн\p{L}*\s+законодательств|законодательством\s+срок|нормативтік\s+талаптарға/iu;

const hasTransferVerb = (tokens: Token[]): boolean =>
  tokens.some((t, i) => TRANSFER_WORDS.test(t.word) && !NOT_TRANSFER_BEFORE.has(tokens[i - 1]?.word ?? ""));

const negatedIn = (info: SentenceInfo, hit: Hit): boolean =>
  clauseOf(info.clauses, hit.first)?.negated === true;

const quoteOf = (text: string, start: number, end: number): Quote => ({
  start,
  end,
  text: text.slice(start, end),
});

export interface Analysis {
  text: string;
  segmented: Segmented;
  sentences: SentenceInfo[];
  evidence: Evidence[];
}

const confidenceOf = (hit: Hit, inList: boolean): number => {
  const words = hit.phrase.split(/\s+/).length;
  return Math.min(0.95, 0.55 + 0.1 * (words - 1) + (inList ? 0.1 : 0));
};

/**
 * The analysis as steps: it yields after each lexicon, after segmentation and after each sentence,
 * so extractPolicyAsync can cut a long policy into short tasks. `analyse` runs it in one go.
 */
export function* analyseSteps(text: string): Generator<void, Analysis, void> {
  const lex = yield* lexicons();
  const segmented = segment(text);
  yield;
  const sentences: SentenceInfo[] = [];
  for (const sentence of segmented.sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    sentences.push({
      sentence,
      tokens,
      clauses: clauses(tokens, sentence.text, sentence.start),
      subjects: lex.subject.find(tokens),
    });
    yield;
  }
  // «ребенка», «бала» name a preschool child only in a preschool's policy; in a school's (pupils
  // named, nothing preschool said) the child is the pupil.
  if (!PRESCHOOL.test(text) && sentences.some((info) => info.subjects.some((hit) => hit.id === "student")))
    for (const info of sentences)
      info.subjects = info.subjects.map((hit) =>
        hit.id === "preschool-child" ? { ...hit, id: "student" } : hit,
      );
  const indexOf = new Map(segmented.sentences.map((sentence, index) => [sentence, index]));
  const infoOf = (sentence: Sentence | undefined) =>
    sentence ? sentences[indexOf.get(sentence) ?? -1] : undefined;
  const evidence: Evidence[] = [];
  /** Audience mentions already reported (subject id @ sentence offset). */
  const claimed = new Set<string>();
  const add = (field: EvidenceField, hit: Hit, info: SentenceInfo, extra: Partial<Evidence> = {}) => {
    const clause = clauseOf(info.clauses, hit.first);
    const item: Evidence = {
      field,
      id: hit.id,
      quotes: [quoteOf(text, info.sentence.start, info.sentence.end), quoteOf(text, hit.start, hit.end)],
      confidence: confidenceOf(hit, info.sentence.kind === "item"),
      ...extra,
    };
    if (clause?.negated) item.excluded = "negated";
    evidence.push(item);
    return item;
  };

  for (const info of sentences) {
    const { sentence, tokens } = info;
    const headings = headingsOf(segmented, sentence);
    const lead = sentence.lead === undefined ? undefined : infoOf(segmented.sentences[sentence.lead]);
    const headingInfos = headings.map(infoOf).filter((h): h is SentenceInfo => h !== undefined);
    const context = [tokens, lead?.tokens ?? [], headingInfos[0]?.tokens ?? []];
    const inContext = (pattern: RegExp) => context.some((list) => has(list, pattern));

    // Whose data: the sentence's own subjects, else its list's introduction, else the nearest heading.
    const owner = [info, lead, ...headingInfos].find((s) => s?.subjects.some((hit) => !negatedIn(s, hit)));
    const owners = owner ? owner.subjects.filter((hit) => !negatedIn(owner, hit)) : [];
    const audiences = [...new Set(owners.map((hit) => hit.id))];
    const claimOwners = () => {
      for (const hit of owners) {
        const key = `${hit.id}@${owner?.sentence.start}`;
        if (owner && !claimed.has(key)) {
          claimed.add(key);
          add("audience", hit, owner);
        }
      }
    };

    if (sentence.kind !== "heading") {
      const definition = isDataDefinition(
        tokens,
        headingInfos.map((h) => h.tokens),
      );
      const dataContext = inContext(DATA_WORDS) || inContext(PROCESSING);
      if (dataContext) {
        // A not-data phrase has already hidden the category word inside it (find); it is no data itself.
        const hits = lex.data.find(tokens).filter((hit) => hit.id !== NOT_DATA_ID);
        for (const hit of hits) {
          if (hit.id === "personal-data-unspecified") {
            // Only "personal data of X", with no items listed, declares the catch-all.
            const opensItem = sentence.kind === "item" && hit.first <= 2;
            const alone = hits.every((other) => other.id === hit.id) && info.subjects.length > 0;
            if (!(sentence.kind === "item" && (opensItem || alone))) continue;
          }
          const item = add("data", hit, info, { audiences });
          if (definition && !item.excluded) item.excluded = "definition";
          if (!item.excluded) claimOwners();
          if (audiences.length === 0) item.confidence = Math.max(0.3, item.confidence - 0.2);
        }
      }
      if (inContext(PURPOSE_WORDS)) for (const hit of lex.purpose.find(tokens)) add("purpose", hit, info);
      if (!definition) for (const hit of lex.legalBasis.find(tokens)) add("legalBasis", hit, info);
      if ((hasTransferVerb(tokens) || (lead && hasTransferVerb(lead.tokens))) && !has(tokens, COMPLAINT))
        for (const hit of lex.recipient.find(tokens)) add("recipient", hit, info);
      if (inContext(RIGHTS_WORDS)) for (const hit of lex.right.find(tokens)) add("right", hit, info);
      for (const hit of lex.transfer.find(tokens)) add("transfer", hit, info);
    }

    // A heading such as "Деректерді үшінші тұлғаларға беру" names recipients too.
    if (sentence.kind === "heading" && hasTransferVerb(tokens))
      for (const hit of lex.recipient.find(tokens)) add("recipient", hit, info);

    // Retention: a duration in a sentence about keeping data, not about reviewing the policy.
    if (has(tokens, RETENTION_WORDS) && !has(tokens, REVIEW_WORDS)) {
      const quote = quoteOf(text, sentence.start, sentence.end);
      const durations = findDurations(sentence.text, sentence.start);
      for (const duration of durations.slice(0, 1))
        evidence.push({
          field: "retention",
          id: duration.iso,
          value: text.slice(duration.start, duration.end),
          quotes: [quote],
          confidence: 0.7,
        });
      if (LEGAL_TERM.test(sentence.text))
        evidence.push({ field: "retention", id: "legal-requirement", quotes: [quote], confidence: 0.6 });
      if (UNTIL_PURPOSE.test(sentence.text))
        evidence.push({ field: "retention", id: "until-purpose", quotes: [quote], confidence: 0.6 });
    }
    yield;
  }

  const operator = { ...findOperator(text), ...findResponsible(text) };
  for (const [key, found] of Object.entries(operator)) {
    if (!found) continue;
    evidence.push({
      field: "operator",
      id: key,
      value: found.value,
      quotes: [quoteOf(text, found.start, found.end)],
      confidence: key === "name" ? 0.7 : 0.9,
    });
  }
  return { text, segmented, sentences, evidence };
}

export function analyse(text: string): Analysis {
  const steps = analyseSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
