// The evidence report as Markdown: for each field, each item with its confidence and the sentence
// it came from (with offsets), then what was found but left out, then what must be filled in.
import type { Language } from "../manifest/types.ts";
import { taxonomyLabel } from "../taxonomy/label.ts";
import type { TaxonomyKind } from "../taxonomy/lookup.ts";
import type { Evidence, EvidenceField, ExtractResult } from "./types.ts";

type Words = Record<
  | "title"
  | "excluded"
  | "placeholders"
  | "negated"
  | "definition"
  | "confidence"
  | "language"
  | "none"
  | "notPolicy",
  string
>;

const WORDS: Record<Language, Words> = {
  en: {
    title: "Draft manifest: evidence",
    excluded: "Found but not declared",
    placeholders: "Not in the text: fill in",
    negated: "negated",
    definition: "only in a definition",
    confidence: "confidence",
    language: "language",
    none: "nothing found",
    notPolicy: "This text does not read as a privacy policy: check that you gave the right file.",
  },
  kk: {
    title: "Манифест жобасы: дәлелдер",
    excluded: "Табылды, бірақ жарияланбады",
    placeholders: "Мәтінде жоқ: толтырыңыз",
    negated: "терістеу",
    definition: "тек анықтамада",
    confidence: "сенімділік",
    language: "тіл",
    none: "ештеңе табылмады",
    notPolicy: "Бұл мәтін құпиялылық саясатына ұқсамайды: файлдың дұрыс екенін тексеріңіз.",
  },
  ru: {
    title: "Черновик манифеста: доказательства",
    excluded: "Найдено, но не заявлено",
    placeholders: "Нет в тексте: заполните",
    negated: "отрицание",
    definition: "только в определении",
    confidence: "уверенность",
    language: "язык",
    none: "ничего не найдено",
    notPolicy: "Этот текст не похож на политику конфиденциальности: проверьте, тот ли это файл.",
  },
};

const FIELDS: [EvidenceField, Record<Language, string>, TaxonomyKind | undefined][] = [
  ["operator", { en: "Operator", kk: "Оператор", ru: "Оператор" }, undefined],
  ["audience", { en: "Audiences", kk: "Субъектілер", ru: "Субъекты" }, "subject"],
  ["data", { en: "Data categories", kk: "Деректер санаттары", ru: "Категории данных" }, "data"],
  ["purpose", { en: "Purposes", kk: "Мақсаттар", ru: "Цели" }, "purpose"],
  ["legalBasis", { en: "Legal bases", kk: "Құқықтық негіздер", ru: "Правовые основания" }, "legalBasis"],
  ["recipient", { en: "Recipients", kk: "Алушылар", ru: "Получатели" }, "recipient"],
  ["right", { en: "Rights", kk: "Құқықтар", ru: "Права" }, "right"],
  [
    "transfer",
    { en: "Storage and transfers", kk: "Сақтау және беру", ru: "Хранение и передача" },
    "transferStatement",
  ],
  ["retention", { en: "Retention", kk: "Сақтау мерзімі", ru: "Срок хранения" }, undefined],
];

const oneLine = (text: string, max = 240): string => {
  const flat = text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const name = (item: Evidence, kind: TaxonomyKind | undefined, lang: Language): string => {
  const label = kind ? taxonomyLabel(kind, item.id, lang) : undefined;
  const base = label && label !== item.id ? `${label} (\`${item.id}\`)` : `\`${item.id}\``;
  return item.value ? `${base}: ${oneLine(item.value, 120)}` : base;
};

const quoteLine = (item: Evidence): string => {
  const quote = item.quotes[0];
  return quote ? ` — [${quote.start}–${quote.end}] «${oneLine(quote.text)}»` : "";
};

export function renderReport(result: ExtractResult, lang: Language = "en"): string {
  const w = WORDS[lang];
  const lines = [
    `# ${w.title}`,
    "",
    `${w.language}: ${result.language} · ${w.confidence}: ${result.confidence}`,
    "",
  ];
  if (!result.isPolicy) lines.push(`> ${w.notPolicy}`, "");
  for (const [field, title, kind] of FIELDS) {
    const items = result.evidence.filter((e) => e.field === field && !e.excluded && !e.placeholder);
    lines.push(`## ${title[lang]}`, "");
    if (items.length === 0) lines.push(`- ${w.none}`);
    const seen = new Set<string>();
    for (const item of items) {
      // One line per id with its first quote, plus a count of further quotes.
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const more = items.filter((e) => e.id === item.id).length - 1;
      const audiences = item.audiences?.length ? ` [${item.audiences.join(", ")}]` : "";
      lines.push(
        `- ${name(item, kind, lang)}${audiences} · ${item.confidence.toFixed(2)}${quoteLine(item)}${more > 0 ? ` (+${more})` : ""}`,
      );
    }
    lines.push("");
  }
  const excluded = result.evidence.filter((e) => e.excluded);
  if (excluded.length) {
    lines.push(`## ${w.excluded}`, "");
    for (const item of excluded) {
      const kind = FIELDS.find(([field]) => field === item.field)?.[2];
      lines.push(
        `- ${name(item, kind, lang)} (${item.excluded === "negated" ? w.negated : w.definition})${quoteLine(item)}`,
      );
    }
    lines.push("");
  }
  const placeholders = result.evidence.filter((e) => e.placeholder);
  if (placeholders.length) {
    lines.push(`## ${w.placeholders}`, "");
    for (const item of placeholders) lines.push(`- ${item.field}: \`${item.id}\``);
    lines.push("");
  }
  return lines.join("\n");
}
