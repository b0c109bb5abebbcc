// What reads as a privacy policy: one that names personal data as such, or a short notice that
// lists enough of what it collects without the term; not a news item that mentions a phone number.
import { expect, test } from "vitest";
import { extractPolicy } from "../../../../shared/extract/index.ts";

test("a short Kazakh notice listing what it collects, without «дербес деректер», is a policy", () => {
  const notice =
    "Мектеп оқушылардың ЖСН-ін, тегі мен атын, бағаларын және ата-аналардың телефон нөмірін жинайды. " +
    "Бұл мәліметтер оқу процесін ұйымдастыру үшін өңделеді және министрлікке беріледі. Олар 5 жыл сақталады.";
  const result = extractPolicy(notice);
  expect(result.found.data.length).toBeGreaterThanOrEqual(3);
  expect(result.isPolicy).toBe(true);
});

test("a news item that mentions a name and a phone number is not", () => {
  const news =
    "Мектепте спорт күні өтті. Жарысқа 120 оқушы қатысты. Толық ақпарат алу үшін мектеп телефонына хабарласыңыз.";
  expect(extractPolicy(news).isPolicy).toBe(false);
});
