// Retention periods in words and digits ("3 жыл", "үш жыл", "в течение пяти лет", "5 лет",
// "6 ай", "30 дней") → ISO 8601 durations, the manifest's format (P3Y, P6M, P30D).

const KK_NUMBERS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
  қырық: 40,
  елу: 50,
  алпыс: 60,
  жетпіс: 70,
  сексен: 80,
  тоқсан: 90,
  жүз: 100,
};
const RU_NUMBERS: Record<string, number> = {
  один: 1,
  одного: 1,
  одна: 1,
  одной: 1,
  одну: 1,
  два: 2,
  двух: 2,
  две: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  двенадцать: 12,
  двенадцати: 12,
  пятнадцать: 15,
  пятнадцати: 15,
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  шестидесяти: 60,
  семьдесят: 70,
  семидесяти: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  ста: 100,
};

type Unit = "Y" | "M" | "W" | "D";

/** The unit a word names, by its stem: "жыл", "жылға", "жылдан" · "год", "года", "лет". */
const unitOf = (word: string): Unit | undefined => {
  if (/^жыл/.test(word) || /^(?:год|года|году|лет|годам|годы)$/.test(word)) return "Y";
  if (/^ай(?:|ға|дан|ы|лық|да)$/.test(word) || /^месяц/.test(word)) return "M";
  if (/^апта/.test(word) || /^недел/.test(word)) return "W";
  if (/^күн(?:|ге|нен|ді|дік|і)$/.test(word) || /^(?:день|дня|дней|дням|суток)$/.test(word)) return "D";
  return undefined;
};

const numberWord = (word: string): number | undefined => KK_NUMBERS[word] ?? RU_NUMBERS[word];

export interface DurationHit {
  iso: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Every duration named in the text, with its offsets (relative to `offset`). */
export function findDurations(text: string, offset = 0): DurationHit[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
  const out: DurationHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const unit = unitOf(words[i]?.word ?? "");
    if (!unit) continue;
    // Read the number before the unit: digits, or one or two number words ("жетпіс бес", "двадцать пять").
    let count: number | undefined;
    let from = i;
    const prev = words[i - 1]?.word ?? "";
    if (/^\d{1,3}$/.test(prev)) {
      count = Number(prev);
      from = i - 1;
    } else if (numberWord(prev) !== undefined) {
      count = numberWord(prev);
      from = i - 1;
      const before = numberWord(words[i - 2]?.word ?? "");
      if (before !== undefined && before >= 20 && before % 10 === 0 && (count ?? 0) < 10) {
        count = before + (count ?? 0);
        from = i - 2;
      }
    } else if (unit === "Y" && /^(?:года|год|году)$/.test(words[i]?.word ?? "") && prev === "течение") {
      count = 1; // "в течение года"
    } else if (prev === "жарты" && unit === "Y") {
      out.push({ iso: "P6M", start: words[i - 1]?.start ?? 0, end: words[i]?.end ?? 0 });
      continue;
    }
    if (count === undefined || count <= 0) continue;
    out.push({ iso: `P${count}${unit}`, start: words[from]?.start ?? 0, end: words[i]?.end ?? 0 });
  }
  return out;
}
