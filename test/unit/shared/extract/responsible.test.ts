// The person responsible for organising the processing of personal data (94-V art. 25), when the
// policy names them: their name, role, e-mail and phone go into the draft's responsiblePerson.
import { expect, test } from "vitest";
import { extractPolicy } from "../../../../shared/extract/index.ts";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";

const POLICY_RU =
  "Политика конфиденциальности школы\n1. Школа обрабатывает персональные данные учащихся: фамилию, имя, ИИН.\n" +
  "2. Обращения направляйте ответственному лицу: заместителю директора Иванову И. И., тел. +7 727 000 00 00, e-mail: school1@edu.almaty.kz.\n";
const POLICY_KK =
  "Дербес деректерді қорғау саясаты\n1. Мектеп оқушылардың дербес деректерін өңдейді: тегі, аты, ЖСН.\n" +
  "2. Жауапты тұлға: директордың орынбасары Серікова А. Б., тел. +7 727 000 00 01, e-mail: mektep1@edu.kz.\n";

test.each([
  [
    "ru",
    POLICY_RU,
    {
      name: "Иванову И. И.",
      role: "заместителю директора",
      email: "school1@edu.almaty.kz",
      phone: "+7 727 000 00 00",
    },
  ],
  [
    "kk",
    POLICY_KK,
    {
      name: "Серікова А. Б.",
      role: "директордың орынбасары",
      email: "mektep1@edu.kz",
      phone: "+7 727 000 00 01",
    },
  ],
])("%s: the named responsible person is in the draft, with evidence", (_lang, text, expected) => {
  const result = extractPolicy(text);
  expect(result.draft.responsiblePerson).toEqual(expected);
  expect(validateManifest(result.draft).ok).toBe(true);
  const quote = result.evidence.find((e) => e.id === "responsibleName")?.quotes[0];
  expect(quote && text.slice(quote.start, quote.end)).toContain(expected.name);
});

test("a policy that names no responsible person gets none (and the validator's warning says so)", () => {
  const result = extractPolicy(POLICY_RU.split("\n").slice(0, 2).join("\n"));
  expect(result.draft.responsiblePerson).toBeUndefined();
});
