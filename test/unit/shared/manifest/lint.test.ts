// Each lint rule on its own: start from the rich fixture (no warnings) and break one thing.
import { describe, expect, test } from "vitest";
import { checkManifest } from "../../../../shared/manifest/validate.ts";
import { richManifest } from "./fixture-files.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the manifest freely
type Loose = any;

const warningsAfter = (edit: (m: Loose) => void) => {
  const manifest: Loose = richManifest();
  edit(manifest);
  const result = checkManifest(manifest);
  expect(result.errors).toEqual([]);
  return result.warnings.map((w) => [w.path, w.code, w.params ?? {}]);
};

describe("lint", () => {
  test("the rich fixture has no warnings", () => {
    expect(warningsAfter(() => {})).toEqual([]);
  });

  test("no Kazakhstan language", () => {
    const warnings = warningsAfter((m) => {
      m.languages = ["en"];
      m.defaultLanguage = "en";
    });
    expect(warnings).toContainEqual(["/languages", "missing-kazakhstan-language", {}]);
  });

  test("a Text missing a declared language", () => {
    expect(
      warningsAfter((m) => {
        m.activities[0].title = { kk: "Қабылдау" };
      }),
    ).toEqual([["/activities/0/title", "text-missing-language", { languages: "ru" }]]);
  });

  test("a plain-string Text is in the default language only", () => {
    expect(
      warningsAfter((m) => {
        m.activities[0].title = "Қабылдау";
      }),
    ).toEqual([["/activities/0/title", "text-missing-language", { languages: "ru" }]]);
  });

  test("no responsible person", () => {
    expect(warningsAfter((m) => delete m.responsiblePerson)).toEqual([["", "no-responsible-person", {}]]);
  });

  test("no rights", () => {
    expect(warningsAfter((m) => delete m.rights)).toEqual([["", "no-rights-declared", {}]]);
  });

  test("no storage in KZ", () => {
    expect(
      warningsAfter((m) => {
        m.storage = m.storage.slice(1);
        m.activities[0].storage = ["backup-eu"];
      }),
    ).toEqual([["/storage", "no-storage-in-kz", {}]]);
    expect(
      warningsAfter((m) => {
        delete m.storage;
        delete m.activities[0].storage;
      }),
    ).toEqual([["", "no-storage-in-kz", {}]]);
  });

  test("storage and recipients abroad without a transfer", () => {
    expect(
      warningsAfter((m) => {
        delete m.transfers;
        delete m.activities[0].transfers;
      }),
    ).toEqual([
      ["/storage/1", "storage-abroad-without-transfer", { country: "DE" }],
      ["/recipients/1", "recipient-abroad-without-transfer", { country: "DE" }],
    ]);
  });

  test("a third-party tag or embed abroad without a transfer (scan and the extension say so too)", () => {
    expect(warningsAfter((m) => (m.technologies[1].country = "RU"))).toEqual([
      ["/technologies/1", "technology-abroad-without-transfer", { country: "RU" }],
    ]);
    // Covered by a transfer to that country, or set by the school's own site: nothing to say.
    expect(warningsAfter((m) => (m.technologies[1].country = "DE"))).toEqual([]);
    expect(warningsAfter((m) => Object.assign(m.technologies[0], { country: "RU" }))).toEqual([]);
  });

  test("legitimate interests", () => {
    expect(
      warningsAfter((m) => {
        m.activities[1].legalBasis = ["consent", "legitimate-interests"];
      }),
    ).toEqual([["/activities/1/legalBasis/1", "legitimate-interests-basis", {}]]);
  });

  test("minors: by taxonomy subject or by `minors: true`, when consent is the basis", () => {
    expect(
      warningsAfter((m) => {
        m.activities[0].consentGivenBy = "subject";
      }),
    ).toEqual([["/activities/0", "minors-without-representative-consent", {}]]);
    expect(
      warningsAfter((m) => {
        m.audiences[2].minors = true;
      }),
    ).toEqual([["/activities/1", "minors-without-representative-consent", {}]]);
    // Not consent-based: the law, not a parent, decides.
    expect(
      warningsAfter((m) => {
        delete m.activities[0].consentGivenBy;
        m.activities[0].legalBasis = ["legal-obligation"];
      }),
    ).toEqual([]);
  });

  test("special-category data without consent or a legal obligation", () => {
    expect(
      warningsAfter((m) => {
        m.activities[0].legalBasis = ["contract"];
      }),
    ).toEqual([["/activities/0/data/2", "special-data-without-consent", { id: "health-medical" }]]);
    expect(
      warningsAfter((m) => {
        m.customCategories[0].sensitivity = "special";
        m.activities[0].legalBasis = ["public-task"];
      }),
    ).toEqual([
      ["/activities/0/data/2", "special-data-without-consent", { id: "health-medical" }],
      ["/activities/0/data/3", "special-data-without-consent", { id: "x-sports-size" }],
    ]);
  });

  test("retention without description or duration", () => {
    expect(
      warningsAfter((m) => {
        delete m.activities[0].retention.description;
        delete m.activities[0].retention.duration;
        delete m.activities[1].retention.description;
      }),
    ).toEqual([
      ["/activities/0/retention", "retention-without-description", { kind: "fixed" }],
      ["/activities/0/retention", "fixed-retention-without-duration", {}],
      ["/activities/1/retention", "retention-without-description", { kind: "until-event" }],
    ]);
  });

  test("optional-category technology without provider or country", () => {
    expect(
      warningsAfter((m) => {
        delete m.technologies[1].provider;
        delete m.technologies[1].country;
        delete m.technologies[0].provider; // required category: fine
      }),
    ).toEqual([
      ["/technologies/1", "optional-technology-without-provider", { missing: "provider, country" }],
    ]);
  });

  test("third-party resource without domains", () => {
    expect(
      warningsAfter((m) => {
        delete m.technologies[1].domains;
      }),
    ).toEqual([["/technologies/1", "third-party-technology-without-domains", {}]]);
  });

  test("control characters in free text are stripped, with a warning", () => {
    const manifest: Loose = richManifest();
    manifest.activities[0].title.kk = "Қабыл\u202eдау\u0007";
    manifest.policy.sections[0].body.kk = "Бірінші.\n\nЕкінші.\tСоңы.";
    const result = checkManifest(manifest);
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([
      ["/activities/0/title/kk", "control-character-stripped"],
    ]);
    expect(result.manifest?.activities[0]?.title).toEqual({ kk: "Қабылдау", ru: "Приём на обучение" });
    // Newlines and tabs are text, not controls.
    expect(result.manifest?.policy?.sections?.[0]?.body).toMatchObject({ kk: "Бірінші.\n\nЕкінші.\tСоңы." });
  });
});
