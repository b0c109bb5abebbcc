// Segmentation: headings (numbered or not), numbered clauses that are prose, bullet lists and
// plain-paragraph lists after a line ending in ":", hard-wrapped lines, abbreviations.
import { describe, expect, test } from "vitest";
import { headingsOf, segment } from "../../../../shared/extract/segment.ts";

const texts = (text: string) => segment(text).sentences.map((s) => [s.kind, s.text]);

describe("segment", () => {
  test("every sentence's offsets point at its text in the input", () => {
    const text =
      "  1. Жалпы ережелер\n\n1.1. Осы саясат деректерді қорғайды. Ол мектепке қолданылады.\n- бірінші;\n";
    for (const s of segment(text).sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test("a numbered short line is a heading; its numbered sub-heading nests under it", () => {
    const text = "2. Жиналатын деректер\n2.1. Оқушылар туралы\nМектеп оқушылардың атын жинайды.";
    const seg = segment(text);
    const [h1, h2, body] = seg.sentences;
    expect([h1?.kind, h2?.kind, body?.kind]).toEqual(["heading", "heading", "text"]);
    expect(headingsOf(seg, body as never).map((h) => h.text)).toEqual([
      "2.1. Оқушылар туралы",
      "2. Жиналатын деректер",
    ]);
  });

  test("a sibling heading closes the previous section", () => {
    const seg = segment("1. Оқушылар\nМәтін бірінші.\n2. Қызметкерлер\nМәтін екінші.");
    const last = seg.sentences.at(-1);
    expect(headingsOf(seg, last as never).map((h) => h.text)).toEqual(["2. Қызметкерлер"]);
  });

  test("a heading word (раздел, бөлім) makes a heading of a line too long for an unnumbered one", () => {
    const line = "Раздел 3 Права субъектов данных и порядок их реализации и защиты от нарушений оператора";
    expect(texts(`${line}\nТекст.`)[0]).toEqual(["heading", line]);
  });

  test("a numbered clause that is a sentence is prose, and its number is no sentence of its own", () => {
    expect(texts("3.1. Школа обрабатывает данные учащихся. Данные хранятся в школе.")).toEqual([
      ["text", "3.1. Школа обрабатывает данные учащихся."],
      ["text", "Данные хранятся в школе."],
    ]);
  });

  test("bullet items belong to the line ending in ':' before them", () => {
    const seg = segment("Оқушылардың деректері:\n- тегі, аты;\n• туған күні;\nа) сынып нөмірі");
    const [lead, ...items] = seg.sentences;
    expect(lead?.kind).toBe("lead");
    expect(items.map((s) => [s.kind, s.text, s.lead])).toEqual([
      ["item", "тегі, аты;", 0],
      ["item", "туған күні;", 0],
      ["item", "сынып нөмірі", 0],
    ]);
  });

  test("items without bullets go on while they start in lower case or follow a ';'", () => {
    const seg = segment(
      "Мектеп мына деректерді сұрауы мүмкін:\nата-ананың телефон нөмірі;\nэлектрондық поштасы.\nМектеп деректерді сақтайды.",
    );
    expect(seg.sentences.map((s) => s.kind)).toEqual(["lead", "item", "item", "text"]);
  });

  test("a nested list's items belong to the item that opens it", () => {
    const seg = segment("Деректер:\n- байланыс деректері, соның ішінде:\n- телефон;\n- пошта.");
    expect(seg.sentences.map((s) => s.lead)).toEqual([undefined, 0, 1, 1]);
  });

  test("a hard-wrapped line going on in lower case joins its sentence", () => {
    expect(texts("Деректер мектептің серверінде сақталады және\nүш жыл бойы өңделеді.")).toEqual([
      ["text", "Деректер мектептің серверінде сақталады және\nүш жыл бойы өңделеді."],
    ]);
  });

  test("a full stop after an abbreviation or an initial does not end the sentence", () => {
    expect(texts("Школа находится по адресу: г. Алматы, ул. Абая, д. 10. Директор А. Серикова.")).toEqual([
      ["text", "Школа находится по адресу: г. Алматы, ул. Абая, д. 10."],
      ["text", "Директор А. Серикова."],
    ]);
  });
});
