// Sentence and section segmentation with offsets into the original text. Policies come as pasted
// prose: numbered clauses ("3.1."), headings on their own line, bullet lists introduced by a line
// ending in ":", and lines hard-wrapped mid-sentence. The later stages need to know, for each
// sentence, which heading it sits under and which list introduction it belongs to: that is where
// audiences ("Оқушылардың деректері:") and definitions ("Терминдер") are stated.

export type SentenceKind = "heading" | "lead" | "item" | "text";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
  /** Index into `sections` of the innermost section holding this sentence. */
  section: number;
  /** Index of the sentence ending in ":" that introduces the list this item belongs to. */
  lead?: number;
}

export interface Section {
  /** Index of the heading sentence; -1 for the text before the first heading. */
  heading: number;
  level: number;
  parent: number;
}

export interface Segmented {
  sentences: Sentence[];
  sections: Section[];
}

const BULLET = /^[-–—•·*▪●○◦➢✓]\s*|^(?:\d{1,2}|[a-zа-яәіңғүұқөһ])\)\s+/u;
const NUMBERED = /^(\d{1,3}(?:\s?[.\-–]\s?\d{1,3}){0,4})(?:[.)]\s*|\s+[-–]\s*|\s+(?=\p{Lu}))/u;
const HEADING_WORD = /^(?:\d+\s*[-–]\s*)?(?:бөлім|тарау|раздел|глава|статья|бап)(?!\p{L})/iu;
const TERMINAL = /[.;,!]$/;
const MAX_HEADING = 110;

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
  "г ул д кв ст п пп т б е қ обл көш үй тел каб корп мкр пр им стр см сағ ж жж млн тг руб №".split(" "),
);

interface Line {
  start: number;
  end: number;
  text: string;
}

const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    else lines.push({ start, end: start, text: "" });
    if (newline < 0) return lines;
    start = newline + 1;
  }
};

const startsLower = (text: string): boolean => /^[\p{Ll}]/u.test(text);

const headingLevel = (text: string): number | null => {
  if (text.length > MAX_HEADING) return null;
  const numbered = NUMBERED.exec(text);
  const body = numbered ? text.slice(numbered[0].length) : text;
  if (!body || TERMINAL.test(body) || !/\p{L}/u.test(body)) return null;
  if (startsLower(body)) return null;
  if (numbered) return numbered[1]?.split(/\s?[.\-–]\s?/).length ?? 1;
  if (HEADING_WORD.test(text)) return 1;
  // An unnumbered line: a heading when short and not mid-sentence prose.
  return body.split(/\s+/).length <= 12 ? 1 : null;
};

/** Splits one paragraph into sentences at . ! ? ; followed by a capital, a digit or a quote. */
const splitSentences = (text: string, start: number, push: (start: number, end: number) => void): void => {
  const boundary = /[.!?;…]+(?=\s+[\p{Lu}\d«"“(]|\s*$)|;(?=\s)/gu;
  let from = 0;
  for (const match of text.matchAll(boundary)) {
    const at = match.index ?? 0;
    // A clause number ("3.1.") is not a sentence of its own.
    if (/^[\s\d.\-–]*$/.test(text.slice(from, at))) continue;
    if (match[0] === ".") {
      const before = /([\p{L}№]+)\s*$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    }
    const end = at + match[0].length;
    if (text.slice(from, end).trim()) push(start + from, start + end);
    from = end;
  }
  if (text.slice(from).trim()) push(start + from, start + text.length);
};

export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const sections: Section[] = [{ heading: -1, level: 0, parent: -1 }];
  const stack: number[] = [0];
  let lead: number | undefined;

  const add = (start: number, end: number, kind: SentenceKind): number => {
    const raw = text.slice(start, end);
    const s = start + (raw.length - raw.trimStart().length);
    const e = start + raw.trimEnd().length;
    const sentence: Sentence = { start: s, end: e, text: text.slice(s, e), kind, section: stack.at(-1) ?? 0 };
    if (kind === "item" && lead !== undefined) sentence.lead = lead;
    sentences.push(sentence);
    return sentences.length - 1;
  };

  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++] as Line;
    if (!line.text) continue;
    // Join hard-wrapped lines: the next line goes on in lower case after no final punctuation.
    let end = line.end;
    while (i < lines.length) {
      const next = lines[i] as Line;
      const current = text.slice(line.start, end);
      if (!next.text || /[.;:!?]$/.test(current) || !startsLower(next.text) || BULLET.test(next.text)) break;
      end = next.end;
      i++;
    }
    const paragraph = text.slice(line.start, end);
    const bullet = BULLET.exec(paragraph);
    const level = bullet ? null : headingLevel(paragraph);
    if (level !== null && !paragraph.endsWith(":")) {
      while (stack.length > 1 && (sections[stack.at(-1) ?? 0]?.level ?? 0) >= level) stack.pop();
      sections.push({ heading: sentences.length, level, parent: stack.at(-1) ?? 0 });
      stack.push(sections.length - 1);
      add(line.start, end, "heading");
      lead = undefined;
      continue;
    }
    if (bullet) {
      const at = add(line.start + bullet[0].length, end, "item");
      // "…, соның ішінде:" opens a nested list: its items belong to this one.
      if (paragraph.endsWith(":")) lead = at;
      continue;
    }
    // A list whose items are plain paragraphs: after "…мүмкін:", items go on while they start in
    // lower case or the one before ended with ";".
    const previous = sentences.at(-1);
    if (
      lead !== undefined &&
      !NUMBERED.test(paragraph) &&
      (startsLower(paragraph) ||
        (previous?.kind === "item" && previous.text.endsWith(";")) ||
        previous?.kind === "lead")
    ) {
      const at = add(line.start, end, "item");
      if (paragraph.endsWith(":")) lead = at;
      continue;
    }
    // A numbered clause opens a nested section only when it is a heading; otherwise it is prose.
    const pieces: [number, number][] = [];
    splitSentences(paragraph, line.start, (s, e) => pieces.push([s, e]));
    lead = undefined;
    pieces.forEach(([s, e], index) => {
      const last = index === pieces.length - 1;
      const isLead = last && text.slice(s, e).trimEnd().endsWith(":");
      const at = add(s, e, isLead ? "lead" : "text");
      if (isLead) lead = at;
    });
  }
  return { sentences, sections };
}

/** The headings above a sentence, innermost first. */
export function headingsOf(segmented: Segmented, sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let section = segmented.sections[sentence.section];
  while (section && section.heading >= 0) {
    const heading = segmented.sentences[section.heading];
    if (heading && heading !== sentence) out.push(heading);
    section = segmented.sections[section.parent];
  }
  return out;
}
