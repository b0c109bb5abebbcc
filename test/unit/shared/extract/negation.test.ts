// Negation and exclusions: a category named only to say it is *not* collected (or passed on) is
// reported as excluded, never declared; a negation with a condition ("not without consent") still
// declares; a definition of "personal data" lists examples, not what the operator collects.
import { describe, expect, test } from "vitest";
import { extractPolicy } from "../../../../shared/extract/index.ts";
import { clauses, isKazakhNegativeVerb } from "../../../../shared/extract/negation.ts";
import { tokenize } from "../../../../shared/extract/tokens.ts";

const excluded = (text: string) =>
  extractPolicy(text)
    .evidence.filter((e) => e.excluded)
    .map((e) => `${e.field}:${e.id}:${e.excluded}`);

describe("Kazakh negative verbs", () => {
  test("negative forms of processing verbs", () => {
    for (const word of ["жинамаймыз", "жинамайды", "өңдемейміз", "бермейміз", "таратпаймыз", "сақтамаймыз"])
      expect(isKazakhNegativeVerb(word), word).toBe(true);
  });

  test("affirmative forms and lookalikes are not negative", () => {
    for (const word of ["жинаймыз", "жинайды", "береміз", "алмасу", "қамтамасыз", "жинамаса"])
      expect(isKazakhNegativeVerb(word), word).toBe(false);
  });
});

describe("negated categories are not declared", () => {
  test("«… жинамаймыз»", () => {
    const text = "Мектеп оқушылардың дербес деректерін өңдейді. Біз оқушылардың ұлтын жинамаймыз.";
    const result = extractPolicy(text);
    expect(result.found.data).not.toContain("ethnicity-nationality");
    expect(excluded(text)).toContain("data:ethnicity-nationality:negated");
    // The same sentence without the negation declares it.
    expect(extractPolicy(text.replace("жинамаймыз", "жинаймыз")).found.data).toContain(
      "ethnicity-nationality",
    );
  });

  test("«не собираем …»", () => {
    const text =
      "Школа обрабатывает персональные данные учащихся. Мы не собираем сведения о национальности учащихся.";
    expect(extractPolicy(text).found.data).not.toContain("ethnicity-nationality");
    expect(excluded(text)).toContain("data:ethnicity-nationality:negated");
    expect(extractPolicy(text.replace("не собираем", "собираем")).found.data).toContain(
      "ethnicity-nationality",
    );
  });

  test("«не передаём … третьим лицам»: no recipient", () => {
    const text = "Мы не передаём персональные данные учащихся третьим лицам.";
    expect(extractPolicy(text).found.recipients).toEqual([]);
    expect(excluded(text)).toContain("recipient:third-parties-unspecified:negated");
    expect(extractPolicy(text.replace("не передаём", "передаём")).found.recipients).toEqual([
      "third-parties-unspecified",
    ]);
  });

  test("«… үшінші тұлғаларға бермейміз»: no recipient", () => {
    const text = "Дербес деректерді үшінші тұлғаларға бермейміз.";
    expect(extractPolicy(text).found.recipients).toEqual([]);
    expect(extractPolicy(text.replace("бермейміз", "береміз")).found.recipients).toEqual([
      "third-parties-unspecified",
    ]);
  });

  test("a negation with a condition still declares: «келісімінсіз бермейміз», «без согласия не передаём»", () => {
    expect(
      extractPolicy("Ата-ананың келісімінсіз дербес деректерді үшінші тұлғаларға бермейміз.").found
        .recipients,
    ).toEqual(["third-parties-unspecified"]);
    expect(
      extractPolicy("Мы не передаём персональные данные третьим лицам без согласия родителей.").found
        .recipients,
    ).toEqual(["third-parties-unspecified"]);
  });

  test("the negation reaches only its own clause: «…жинаймыз, бірақ ұлтын жинамаймыз»", () => {
    const result = extractPolicy("Біз оқушылардың тегі мен атын жинаймыз, бірақ ұлтын жинамаймыз.");
    expect(result.found.data).toEqual(["full-name"]);
    const sentence = "Мы собираем фамилию и имя; национальность мы не собираем.";
    const list = clauses(tokenize(sentence), sentence, 0);
    expect(list.map((c) => c.negated)).toEqual([false, true]);
  });
});

describe("definitions", () => {
  test("the examples in a definition of personal data are not declared", () => {
    const text =
      "Дербес деректер дегеніміз — тегі, аты, ұлты, денсаулығы туралы мәліметтер сияқты жеке тұлғаға қатысты ақпарат. Мектеп оқушылардың тегі мен атын жинайды.";
    const result = extractPolicy(text);
    expect(result.found.data).toEqual(["full-name"]);
    expect(excluded(text)).toEqual(
      expect.arrayContaining(["data:ethnicity-nationality:definition", "data:health-medical:definition"]),
    );
  });
});
