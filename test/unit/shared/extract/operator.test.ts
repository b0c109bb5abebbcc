// The operator's details: name with its legal form, BIN, address, e-mail, phone and site, with
// offsets into the text, and their place in the draft.
import { describe, expect, test } from "vitest";
import { extractPolicy } from "../../../../shared/extract/index.ts";
import { findOperator } from "../../../../shared/extract/operator.ts";

const KK =
  "«Болашақ» жауапкершілігі шектеулі серіктестігі (БСН: 123456789012), заңды мекенжайы: Алматы қ., Абай даңғылы, 10 үй, 5 қабат; тел.: +7 (727) 123-45-67, e-mail: info@bolashak.kz, сайт https://bolashak.kz";
const RU =
  "ТОО «Умная школа», БИН 987654321098. Адрес: г. Астана, ул. Кенесары, 40, офис 12. Телефон 8 701 555 44 33. Эл. почта: hello@smart.kz";

const values = (text: string) =>
  Object.fromEntries(Object.entries(findOperator(text)).map(([key, found]) => [key, found?.value]));

describe("findOperator", () => {
  test("Kazakh: «Name» + legal form, БСН, labelled address, phone, e-mail, site", () => {
    expect(values(KK)).toEqual({
      name: "«Болашақ» жауапкершілігі шектеулі серіктестігі",
      legalForm: "жауапкершілігі шектеулі серіктестігі",
      bin: "123456789012",
      address: "Алматы қ., Абай даңғылы, 10 үй, 5 қабат",
      phone: "+7 (727) 123-45-67",
      email: "info@bolashak.kz",
      website: "https://bolashak.kz",
    });
  });

  test("Russian: abbreviated form before «Name», БИН; «г.» and «ул.» do not end the address", () => {
    expect(values(RU)).toEqual({
      name: "ТОО «Умная школа»",
      legalForm: "ТОО",
      bin: "987654321098",
      address: "г. Астана, ул. Кенесары, 40, офис 12",
      phone: "8 701 555 44 33",
      email: "hello@smart.kz",
    });
  });

  test("offsets point at the values in the text", () => {
    for (const found of Object.values(findOperator(KK))) {
      if (found && found !== findOperator(KK).name)
        expect(KK.slice(found.start, found.end).trim()).toBe(found.value);
    }
  });

  test("a BIN has exactly 12 digits", () => {
    expect(findOperator("БСН 1234567890123").bin).toBeUndefined();
    expect(findOperator("БСН 12345678901").bin).toBeUndefined();
  });

  test("an unlabelled street address is found from its city and street", () => {
    expect(
      findOperator("Мектеп Шымкент қаласы, Тәуке хан даңғылы, 25 мекенжайында орналасқан.").address?.value,
    ).toBe("Шымкент қаласы, Тәуке хан даңғылы, 25");
  });
});

describe("operator in the draft", () => {
  test("the details land in operator, and the name is no placeholder", () => {
    const result = extractPolicy(`${KK}\nСеріктестік оқушылардың дербес деректерін өңдейді.`);
    expect(result.draft.operator).toEqual({
      name: "«Болашақ» жауапкершілігі шектеулі серіктестігі",
      legalForm: "жауапкершілігі шектеулі серіктестігі",
      country: "KZ",
      bin: "123456789012",
      address: "Алматы қ., Абай даңғылы, 10 үй, 5 қабат",
      email: "info@bolashak.kz",
      phone: "+7 (727) 123-45-67",
      website: "https://bolashak.kz",
    });
    expect(result.evidence.some((e) => e.field === "operator" && e.placeholder)).toBe(false);
  });

  test("with no name in the text, a placeholder name is reported", () => {
    const result = extractPolicy("Оқушылардың дербес деректері өңделеді.");
    expect(result.evidence.some((e) => e.field === "operator" && e.id === "name" && e.placeholder)).toBe(
      true,
    );
  });
});
