// Audiences: whose data an item is, from the sentence itself, else the list introduction it sits
// under, else the nearest heading; the draft groups data by those audiences into activities.
import { describe, expect, test } from "vitest";
import { extractPolicy } from "../../../../shared/extract/index.ts";

/** data id → audiences, from the draft's activities. */
const owners = (text: string): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const activity of extractPolicy(text).draft.activities)
    for (const id of activity.data) out[id] = [...(out[id] ?? []), ...activity.audiences].sort();
  return out;
};

describe("audience assignment", () => {
  test("from the section heading (kk)", () => {
    const text = [
      "2. Оқушылардың деректері",
      "- тегі, аты;",
      "- туған күні;",
      "3. Қызметкерлердің деректері",
      "- жалақысы;",
      "- банк деректемелері.",
    ].join("\n");
    expect(owners(text)).toEqual({
      "full-name": ["student"],
      "date-of-birth": ["student"],
      salary: ["staff"],
      "bank-details": ["staff"],
    });
  });

  test("from the list introduction (kk)", () => {
    const text = [
      "Ата-аналардың мына деректері өңделеді:",
      "- телефон нөмірі;",
      "- электрондық поштасы.",
      "Оқушылардың мына деректері өңделеді:",
      "- үлгерімі;",
      "- сабаққа қатысуы.",
    ].join("\n");
    expect(owners(text)).toEqual({
      "phone-number": ["legal-representative"],
      "email-address": ["legal-representative"],
      "academic-performance": ["student"],
      attendance: ["student"],
    });
  });

  test("from the list introduction and from a heading (ru)", () => {
    const text = [
      "Мы обрабатываем следующие данные родителей:",
      "- номер телефона;",
      "- адрес электронной почты.",
      "Данные работников",
      "Мы храним сведения о заработной плате и банковские реквизиты.",
    ].join("\n");
    expect(owners(text)).toEqual({
      "phone-number": ["legal-representative"],
      "email-address": ["legal-representative"],
      salary: ["staff"],
      "bank-details": ["staff"],
    });
  });

  test("from the sentence itself, which wins over the heading", () => {
    const text = [
      "Оқушылардың деректері",
      "Мектеп оқушылардың туған күнін жинайды. Мектеп қызметкерлердің жалақысы туралы деректерді өңдейді.",
    ].join("\n");
    expect(owners(text)).toEqual({ "date-of-birth": ["student"], salary: ["staff"] });
  });

  test("the draft declares each audience, and pupils as minors represented by their parents", () => {
    const { draft, found } = extractPolicy(
      "Мектеп оқушылардың тегі мен атын жинайды. Мектеп ата-аналардың телефон нөмірін жинайды.",
    );
    expect(found.audiences).toEqual(["legal-representative", "student"]);
    expect(draft.audiences.find((a) => a.id === "student")).toEqual({
      id: "student",
      minors: true,
      representedBy: "legal-representative",
    });
  });

  test("with no audience in the text, the draft says so with a placeholder", () => {
    const result = extractPolicy("Біз телефон нөмірін және электрондық поштаны жинаймыз.");
    expect(result.found.audiences).toEqual([]);
    expect(result.evidence.some((e) => e.field === "audience" && e.placeholder)).toBe(true);
  });
});

describe("«ребенка», «бала»: a pupil in a school's policy, a preschool child in a preschool's", () => {
  test("a school: the child is the pupil", () => {
    const text =
      "Школа обрабатывает персональные данные учащихся: фамилию, имя, ИИН. " +
      "Родители дают согласие на обработку персональных данных своего ребенка: адрес и номер телефона.";
    const { found } = extractPolicy(text);
    expect(found.audiences).toContain("student");
    expect(found.audiences).not.toContain("preschool-child");
  });
  test("a kindergarten: the child stays a preschool child", () => {
    const text =
      "Детский сад обрабатывает персональные данные воспитанников: фамилию, имя, дату рождения. " +
      "Родители дают согласие на обработку персональных данных своего ребенка: адрес и номер телефона.";
    expect(extractPolicy(text).found.audiences).toContain("preschool-child");
  });
});
