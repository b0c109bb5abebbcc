import { describe, expect, test } from "vitest";
import { describeIssue, ISSUE_MESSAGES } from "../../../../shared/manifest/issue-messages.ts";
import { checkManifestText } from "../../../../shared/manifest/parse.ts";
import { checkManifest } from "../../../../shared/manifest/validate.ts";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";
import { invalidFixtures, richManifest } from "./fixture-files.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("issue messages", () => {
  test.each(Object.entries(ISSUE_MESSAGES))(
    "%s has kk, ru and en with the same placeholders",
    (_code, messages) => {
      expect(Object.keys(messages).sort()).toEqual(["en", "kk", "ru"]);
      expect(placeholders(messages.kk)).toEqual(placeholders(messages.en));
      expect(placeholders(messages.ru)).toEqual(placeholders(messages.en));
      // Written in each language, not copied: ru is Cyrillic, kk is Cyrillic, en is not.
      expect(messages.ru).toMatch(/[а-яё]/i);
      expect(messages.kk).toMatch(/[а-яёәғқңөұүһі]/i);
      expect(messages.en).not.toMatch(/[а-яё]/i);
      expect(messages.kk).not.toBe(messages.ru);
    },
  );

  test("every code the invalid fixtures produce has a message", () => {
    for (const { text } of invalidFixtures())
      for (const issue of [...checkManifestText(text).errors, ...checkManifestText(text).warnings])
        expect(ISSUE_MESSAGES[issue.code], issue.code).toBeDefined();
  });

  test("describeIssue fills params and translates expected types", () => {
    const issue = { code: "wrong-type", params: { expected: "integer" } };
    expect(describeIssue(issue, "kk")).toBe("Түрі қате: мұнда бүтін сан болуы керек.");
    expect(describeIssue(issue, "ru")).toBe("Неверный тип: здесь ожидается целое число.");
    expect(describeIssue({ code: "missing-field", params: { field: "operator" } }, "kk")).toBe(
      "«operator» міндетті өрісі жоқ.",
    );
    expect(describeIssue({ code: "no-such-code" }, "en")).toBe("no-such-code");
  });

  test("validateManifest attaches messages and keeps ok in step with errors", () => {
    const result = validateManifest({ schemaVersion: 1 });
    expect(result.ok).toBe(false);
    expect(result.manifest).toBeUndefined();
    expect(result.errors[0]?.message.en).toBe("Required field “manifestVersion” is missing.");
  });
});

describe("the message catalog matches what the validator can say", () => {
  // biome-ignore lint/suspicious/noExplicitAny: edits reach into the manifest freely
  const edits: ((m: any) => void)[] = [
    (m) => (m.activities[0].title.kk = "ә".repeat(201)),
    (m) => (m.activities = []),
    (m) => (m.origins = new Array(21).fill("https://a.kz")),
    (m) => (m.consent.maxAgeDays = 0),
    (m) => (m.activities[0].title.kk = "\u202e"),
    (m) => {
      m.languages = ["en"];
      m.defaultLanguage = "en";
    },
    (m) => (m.activities[0].title = { kk: "Қабылдау" }),
    (m) => delete m.responsiblePerson,
    (m) => delete m.rights,
    (m) => (m.storage = [{ id: "almaty-dc", country: "US" }, m.storage[1]]),
    (m) => {
      delete m.transfers;
      delete m.activities[0].transfers;
    },
    (m) => m.activities[1].legalBasis.push("legitimate-interests"),
    (m) => (m.activities[0].consentGivenBy = "subject"),
    (m) => (m.activities[0].legalBasis = ["contract"]),
    (m) => delete m.activities[0].retention.description,
    (m) => delete m.activities[0].retention.duration,
    (m) => (m.technologies[1].country = "RU"),
    (m) => delete m.technologies[1].provider,
    (m) => delete m.technologies[1].domains,
    (m) =>
      Object.defineProperty(m, "policy", {
        enumerable: true,
        get: () => {
          throw new Error("x");
        },
      }),
  ];

  test("every catalog code is produced by some input, and every produced code is in the catalog", () => {
    const produced = new Set<string>(["read-failed", "fetch-failed", "not-utf8", "not-text"]); // CLI-only codes
    const add = (result: { errors: { code: string }[]; warnings: { code: string }[] }) => {
      for (const issue of [...result.errors, ...result.warnings]) produced.add(issue.code);
    };
    for (const { text } of invalidFixtures()) add(checkManifestText(text));
    for (const edit of edits) {
      const manifest = richManifest();
      edit(manifest);
      add(checkManifest(manifest));
    }
    add(checkManifestText("{"));
    add(checkManifestText(`{"x-pad":"${"a".repeat(130 * 1024)}"}`));
    add(checkManifestText(`"${"a".repeat(513 * 1024)}"`));
    expect([...produced].sort()).toEqual(Object.keys(ISSUE_MESSAGES).sort());
  });
});
