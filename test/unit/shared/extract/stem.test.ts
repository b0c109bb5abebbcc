// Stemming: inflected forms of one word meet at one stem, so a lexicon written in dictionary forms
// hits a policy's inflected text.
import { describe, expect, test } from "vitest";
import { PhraseIndex } from "../../../../shared/extract/match.ts";
import { stemKazakh } from "../../../../shared/extract/stem-kk.ts";
import { stemRussian } from "../../../../shared/extract/stem-ru.ts";
import { tokenize } from "../../../../shared/extract/tokens.ts";

const sameStem = (stem: (w: string) => string, words: string[]) => {
  const stems = words.map(stem);
  expect(new Set(stems), `${words.join(", ")} → ${stems.join(", ")}`).toHaveProperty("size", 1);
};

describe("Kazakh stemmer", () => {
  test("plural + possessive + case, stacked, are all stripped", () => {
    expect(stemKazakh("деректерінің")).toBe("дерек");
    sameStem(stemKazakh, ["дерек", "деректер", "деректерді", "деректерінің", "деректеріне", "деректерімен"]);
    sameStem(stemKazakh, ["қызметкер", "қызметкерлер", "қызметкерлерінің", "қызметкерлерге"]);
  });

  test("a possessive, then a case after it", () => {
    sameStem(stemKazakh, ["мекенжай", "мекенжайы", "мекенжайын", "мекенжайлары"]);
    sameStem(stemKazakh, ["ұлт", "ұлты", "ұлтыңызды"]);
  });

  test("a suffix strips only where its first letter fits the letter before it", () => {
    // "-ті" (accusative) follows a voiceless consonant: in "суреті" the ending is the possessive "-і".
    expect(stemKazakh("суреті")).toBe("сурет");
    sameStem(stemKazakh, ["сурет", "суреті", "суреттері", "суретін"]);
  });

  test("a voiced final consonant before a vowel returns to its dictionary form", () => {
    expect(stemKazakh("сыныбы")).toBe("сынып");
    sameStem(stemKazakh, ["денсаулық", "денсаулығы"]);
    sameStem(stemKazakh, ["мектеп", "мектебі", "мектепте"]);
  });

  test("a root's own final -ы/-і and a possessive -ы/-і meet", () => {
    sameStem(stemKazakh, ["оқушы", "оқушылар", "оқушылардың", "оқушыларға"]);
  });

  test("derivational suffixes are left alone", () => {
    expect(stemKazakh("денсаулық")).toBe("денсаулық");
  });
});

describe("Russian stemmer", () => {
  test("noun and adjective case endings", () => {
    sameStem(stemRussian, ["данные", "данных", "данными"]);
    sameStem(stemRussian, ["фамилия", "фамилии", "фамилией"]);
    sameStem(stemRussian, ["родители", "родителей", "родителям"]);
  });

  test("reflexive participles: учащиеся, учащихся", () => {
    sameStem(stemRussian, ["учащиеся", "учащихся"]);
  });

  test("ё is read as е, and verb endings go: передаём, передаёт, передает", () => {
    sameStem(stemRussian, ["передаём", "передаёт", "передает"]);
  });
});

describe("phrase matching over stems", () => {
  const index = new PhraseIndex({
    "phone-number": { kk: ["телефон нөмірі"], ru: ["номер телефона"] },
    "date-of-birth": { kk: ["туған күні"], ru: ["дата рождения"] },
    "place-of-birth": { kk: ["туған жері"], ru: ["место рождения"] },
  });
  const ids = (text: string) => index.find(tokenize(text)).map((h) => h.id);

  test("a Kazakh phrase hits its inflected form, with a word between", () => {
    expect(ids("ата-ананың телефон нөмірлерін жинаймыз")).toEqual(["phone-number"]);
    expect(ids("оқушының туған күнін")).toEqual(["date-of-birth"]);
    // "туған күні мен жері": up to two words may stand between a phrase's words.
    expect(ids("туған күні мен жері").sort()).toEqual(["date-of-birth", "place-of-birth"]);
  });

  test("a Russian phrase hits its inflected form", () => {
    expect(ids("номеров телефонов родителей")).toEqual(["phone-number"]);
    expect(ids("о датах рождения")).toEqual(["date-of-birth"]);
  });

  test("the words must come in order and close together", () => {
    expect(ids("номер договора и адрес, а также телефона нет")).toEqual([]);
  });
});
