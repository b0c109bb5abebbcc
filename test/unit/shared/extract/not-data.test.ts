// Words of a data category inside a phrase that names something else: an education authority, the
// National Education Database, schooling itself, a city. Such a phrase declares no data, while the
// category's own words still do.
import { describe, expect, test } from "vitest";
import { extractPolicy } from "../../../../shared/extract/index.ts";

const dataOf = (text: string) => extractPolicy(text).found.data;

describe("names that contain a category word are not data", () => {
  test("ru: «Управление образования», «Национальная образовательная база данных»", () => {
    const data = dataOf(
      "Школа обрабатывает персональные данные учащихся: фамилию, имя, ИИН. " +
        "Данные передаются в Управление образования города Алматы и в Национальную образовательную базу данных (НОБД).",
    );
    expect(data).toEqual(expect.arrayContaining(["full-name", "national-id-number"]));
    expect(data).not.toContain("ethnicity-nationality");
    expect(data).not.toContain("education-qualifications");
  });

  test("kk: «қаласының білім басқармасына»", () => {
    const data = dataOf(
      "Мектеп оқушылардың дербес деректерін өңдейді: тегі, аты, ЖСН. Деректер Алматы қаласының білім басқармасына беріледі.",
    );
    expect(data).toEqual(expect.arrayContaining(["full-name", "national-id-number"]));
    expect(data).not.toContain("interests-preferences");
    expect(data).not.toContain("education-qualifications");
  });

  test("the categories' own words still declare them", () => {
    expect(
      dataOf("Школа собирает персональные данные работников: национальность, образование, интересы."),
    ).toEqual(
      expect.arrayContaining(["ethnicity-nationality", "education-qualifications", "interests-preferences"]),
    );
    expect(
      dataOf(
        "Мектеп қызметкерлердің дербес деректерін жинайды: ұлты, білімі, қызығушылықтары мен қалаулары.",
      ),
    ).toEqual(
      expect.arrayContaining(["ethnicity-nationality", "education-qualifications", "interests-preferences"]),
    );
  });
});

test("ru: «для организации учебного процесса» is education delivery", () => {
  const text =
    "1. Какие данные мы собираем\n1.1. Школа обрабатывает персональные данные учащихся: фамилию, имя.\n" +
    "2. Цели обработки\n2.1. Данные обрабатываются для организации учебного процесса.";
  expect(extractPolicy(text).found.purposes).toContain("education-delivery");
});
