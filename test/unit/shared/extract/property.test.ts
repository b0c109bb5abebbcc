// The extractor is fed whatever a webmaster pastes: it must never throw, its draft must always pass
// the validator (lint warnings allowed, never an error), and every quote's offsets must point at
// its text. Checked on arbitrary text, on policy-like word soup, and on our own kk/ru fixture
// policies cut, shuffled and truncated (test/fixtures/policies/, written for this; not the seeds).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractPolicy, extractPolicyAsync } from "../../../../shared/extract/index.ts";
import { renderReport } from "../../../../shared/extract/report.ts";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/policies");
const POLICIES = ["gymnasium-kk.txt", "tutoring-ru.txt"].map((f) => readFileSync(join(FIXTURES, f), "utf8"));

const holds = (text: string, lang?: "kk" | "ru") => {
  const result = extractPolicy(text, lang ? { lang } : {});
  const { ok, errors } = validateManifest(result.draft);
  expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual([]);
  expect(ok).toBe(true);
  for (const item of result.evidence)
    for (const quote of item.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  expect(() => renderReport(result, "kk")).not.toThrow();
  return result;
};

/** Words and marks that policies are made of, so the generator reaches the rules, not just the tokenizer. */
const VOCABULARY = [
  ...POLICIES.join(" ").split(/\s+/),
  "не",
  "жинамаймыз",
  "«",
  "»",
  "1.",
  "2.1.",
  "-",
  "•",
  ":",
  ";",
  "\n",
  "\n\n",
  "БСН",
  "123456789012",
  "г.",
  "ул.",
  "https://",
  "@",
  "+7",
  "жыл",
  "лет",
  "\u200b",
  "\u0000",
  "\u202e",
  "👩‍🎓",
  "\r\n",
];
const soup = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 300 })
  .chain((words) => fc.constantFrom(" ", "", "\n").map((sep) => words.join(sep)));

/** Lines the operator and retention rules read, with arbitrary text where the values go. */
const value = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));
const fieldLine = fc
  .tuple(
    fc.constantFrom(
      (v: string) => `«${v}» ЖШС`,
      (v: string) => `ТОО «${v}»`,
      (v: string) => `«${v}» жауапкершілігі шектеулі серіктестігі`,
      (v: string) => `Мекенжайы: ${v}`,
      (v: string) => `Адрес: г. ${v}, ул. ${v} 5`,
      (v: string) => `БСН ${v}`,
      (v: string) => `E-mail: ${v}@${v}.kz`,
      (v: string) => `Сайт: https://${v}.kz`,
      (v: string) => `Телефон: +7 ${v}`,
      (v: string) => `Деректер ${v} жыл сақталады.`,
      // A sentence longer than a description may be: the draft quotes it cut to DESCRIPTION_MAX.
      (v: string) => `Деректер ${`${v} сөз `.repeat(500)}бес жыл сақталады.`,
      (v: string) => `Оқушылардың деректері:\n- ${v};`,
    ),
    value,
  )
  .map(([line, v]) => line(v));
const fields = fc.array(fieldLine, { minLength: 1, maxLength: 12 }).map((lines) => lines.join("\n"));

/** A fixture policy with its lines shuffled, some dropped, and the result cut at any point. */
const mangled = fc
  .tuple(
    fc.constantFrom(...POLICIES),
    fc.array(fc.nat(), { maxLength: 80 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([policy, order, cut]) => {
    const lines = policy.split("\n");
    const shuffled = order.length ? order.map((n) => lines[n % lines.length] ?? "") : lines;
    const text = shuffled.join("\n");
    return text.slice(0, Math.floor(text.length * cut));
  });

describe("extractPolicy never throws and always drafts a valid manifest", () => {
  test("on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: "binary" })),
        (text) => {
          holds(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("on policy-like word soup, with either language hint", () => {
    fc.assert(
      fc.property(soup, fc.constantFrom("kk" as const, "ru" as const, undefined), (text, lang) => {
        holds(text, lang);
      }),
      { numRuns: 200 },
    );
  });

  test("on operator, address and retention lines with arbitrary values", () => {
    fc.assert(
      fc.property(fields, (text) => {
        holds(text);
      }),
      { numRuns: 300 },
    );
  });

  test("on shuffled and truncated policies", () => {
    fc.assert(
      fc.property(mangled, (text) => {
        holds(text);
      }),
      { numRuns: 150 },
    );
  });

  test("on the whole fixture policies, which read as policies", () => {
    for (const policy of POLICIES) expect(holds(policy).isPolicy).toBe(true);
  });

  test("on input that is not a string", () => {
    for (const input of [undefined, null, 42, {}, ["текст"]])
      expect(validateManifest(extractPolicy(input as unknown as string).draft).ok).toBe(true);
  });
});

describe("extractPolicyAsync", () => {
  test("gives the same result as extractPolicy, yielding to the event loop between slices", async () => {
    const text = POLICIES.join("\n\n");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    // sliceMs 0: yield after every step; timers run in between, which a synchronous call never allows.
    const result = await extractPolicyAsync(text, { today: "2026-01-01" }, 0);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(10);
    expect(result).toEqual(extractPolicy(text, { today: "2026-01-01" }));
  });
});
