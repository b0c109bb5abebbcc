// The studio's pure pieces: import refusals, templates, where a validator issue sends the webmaster,
// the script tag, and the editing helpers that drop cleared optional fields.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { PrivacyManifest } from "../../../shared/manifest/types.ts";
import { checkManifest } from "../../../shared/manifest/validate.ts";
import { loadStudioLanguage } from "../../../studio/i18n/use-text.ts";
import { emptyRequiredTexts } from "../../../studio/publish/empty-texts.ts";
import { fixPathOf, stepForPath } from "../../../studio/publish/issue-steps.ts";
import { DEFAULT_SNIPPET, scriptSnippet } from "../../../studio/publish/snippet.ts";
import { setField, withLanguage } from "../../../studio/state/edit.ts";
import { importManifestText } from "../../../studio/state/import.ts";
import { followId } from "../../../studio/state/references.ts";
import { blankManifest, TEMPLATE_IDS, templateManifest } from "../../../studio/state/templates.ts";

beforeAll(() => loadStudioLanguage("en"));

const example = readFileSync(resolve(import.meta.dirname, "../../../shared/examples/kundelik.json"), "utf8");

describe("importManifestText", () => {
  test("a manifest is imported as written, with its error and warning counts", () => {
    const result = importManifestText(example, "en");
    expect(result).toMatchObject({ ok: true, errors: 0 });
    if (result.ok) expect(result.manifest).toEqual(JSON.parse(example));
  });
  test("a manifest with errors is still imported (the studio is where it gets fixed)", () => {
    const broken = { ...JSON.parse(example), audiences: [] };
    const result = importManifestText(JSON.stringify(broken), "en");
    expect(result.ok && result.errors).toBeGreaterThan(0);
  });
  test.each([
    ["not JSON", '{"schemaVersion": 1,', /not valid JSON: Invalid JSON at line 1, column \d+/],
    ["an array", "[]", /not a privacy manifest/],
    ["another JSON file", '{"name":"x"}', /no schemaVersion/],
    ["a future format", JSON.stringify({ ...JSON.parse(example), schemaVersion: 3 }), /format version 3/],
    [
      "a string schemaVersion",
      JSON.stringify({ ...JSON.parse(example), schemaVersion: "1" }),
      // Not "written for format version 1; this studio edits format 1": a string is no version.
      /schemaVersion is "1"; it must be the number 1\./,
    ],
    // Fields of the wrong type have no form: each broke a step before (an empty step, a TypeError).
    [
      "rights that are a number",
      JSON.stringify({ ...JSON.parse(example), rights: 5 }),
      /\/rights: Wrong type/,
    ],
    [
      "an activity that is null",
      JSON.stringify({ ...JSON.parse(example), activities: [null] }),
      /\/activities\/0: Wrong type/,
    ],
    [
      "recipients that are a string",
      JSON.stringify({ ...JSON.parse(example), recipients: "x" }),
      /\/recipients: Wrong type.*Nothing was changed/,
    ],
    ["over 512 KiB", " ".repeat(513 * 1024), /513 KiB; a manifest can be at most 512 KiB/],
  ])("%s is refused with the reason", (_name, text, message) => {
    const result = importManifestText(text, "en");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("templates", () => {
  test.each(TEMPLATE_IDS)("%s validates; only the operator's name is left to fill in", (id) => {
    const manifest = templateManifest(id);
    expect(checkManifest(manifest).errors).toEqual([]);
    expect(emptyRequiredTexts(manifest).map((issue) => issue.path)).toEqual(["/operator/name"]);
    manifest.operator.name = { kk: "Мектеп", ru: "Школа" };
    expect(emptyRequiredTexts(manifest)).toEqual([]);
  });
  test("a blank draft asks for the operator, audiences and activities", () => {
    const paths = checkManifest(blankManifest()).errors.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["/audiences", "/activities"]));
    expect(emptyRequiredTexts(blankManifest()).map((issue) => issue.path)).toEqual(["/operator/name"]);
  });
});

test("each issue path leads to the step that edits it", () => {
  expect(stepForPath("/operator/bin")).toBe("operator");
  expect(stepForPath("/authority/url")).toBe("operator");
  expect(stepForPath("/audiences/0/representedBy")).toBe("audiences");
  expect(stepForPath("/activities/2/data/1")).toBe("activities");
  expect(stepForPath("/activities/2/legalBasis")).toBe("purposes");
  expect(stepForPath("/activities/0/retention/duration")).toBe("sharing");
  expect(stepForPath("/transfers/0/basis")).toBe("sharing");
  expect(stepForPath("/technologies/3/category")).toBe("technologies");
  expect(stepForPath("/consent/maxAgeDays")).toBe("consent");
  expect(stepForPath("/policy/sections/0/body")).toBe("review");
  expect(stepForPath("")).toBe("review");
});

test("a warning about something missing leads to where it is filled in, not back to the review", () => {
  const manifest = templateManifest("school-site");
  delete manifest.responsiblePerson;
  for (const place of manifest.storage ?? []) place.country = "DE";
  const lint = checkManifest(manifest).warnings;
  const at = (code: string) => {
    const issue = lint.find((warning) => warning.code === code);
    expect(issue, code).toBeDefined();
    return stepForPath(fixPathOf(issue as { code: string; path: string }));
  };
  expect(at("no-responsible-person")).toBe("operator");
  expect(at("no-storage-in-kz")).toBe("sharing");
  expect(stepForPath(fixPathOf({ code: "no-rights-declared", path: "" }))).toBe("rights");
  // consentGivenBy is edited with the purposes, not on the activities' data step.
  expect(fixPathOf({ code: "minors-without-representative-consent", path: "/activities/1" })).toBe(
    "/activities/1/consentGivenBy",
  );
  expect(stepForPath("/activities/1/consentGivenBy")).toBe("purposes");
});

test("an id in a list of ids is reached by its checkbox (keyed by id), not by its index", () => {
  const manifest = { activities: [{ data: ["full-name", "x-typo"] }] };
  expect(fixPathOf({ code: "unknown-id", path: "/activities/0/data/1" }, manifest)).toBe(
    "/activities/0/data/x-typo",
  );
  // Not an id list: unchanged.
  expect(fixPathOf({ code: "x", path: "/recipients/0" }, { recipients: [{ id: "a" }] })).toBe(
    "/recipients/0",
  );
});

test("the script tag carries only the options that differ from the widget's defaults", () => {
  expect(scriptSnippet(DEFAULT_SNIPPET)).toBe(
    '<script src="/kelisim/kelisim.js" data-manifest="/.well-known/privacy-manifest.json" defer></script>',
  );
  expect(
    scriptSnippet({ ...DEFAULT_SNIPPET, lang: "ru", position: "top", floatingButton: false, src: 'a"b.js' }),
  ).toBe(
    '<script src="a&quot;b.js" data-manifest="/.well-known/privacy-manifest.json" data-lang="ru" data-position="top" data-floating-button="false" defer></script>',
  );
});

test("cleared optional fields are removed; a plain string becomes per-language on edit", () => {
  const object: { a?: string; list?: string[]; keep: string[] } = { a: "x", list: ["y"], keep: ["z"] };
  setField(object, "a", "");
  setField(object, "list", []);
  setField(object, "keep", [], true);
  expect(object).toEqual({ keep: [] });
  expect(withLanguage("Мектеп", "ru", "Школа", "kk")).toEqual({ kk: "Мектеп", ru: "Школа" });
  expect(withLanguage({ kk: "Мектеп" }, "kk", "", "kk")).toBeUndefined();
});

test("renaming or removing a recipient carries its references along (activities and transfers)", () => {
  const manifest = JSON.parse(
    readFileSync(resolve(import.meta.dirname, "../../fixtures/manifests/valid/rich.json"), "utf8"),
  ) as PrivacyManifest;
  const dangling = () => checkManifest(manifest).errors.filter((e) => e.code === "dangling-reference");
  expect(manifest.activities.some((a) => a.recipients?.includes("hosting"))).toBe(true);
  expect(manifest.transfers?.some((t) => t.recipient === "hosting")).toBe(true);
  const rename = (from: string, to: string) => {
    const recipient = manifest.recipients?.find((r) => r.id === from) as { id: string };
    recipient.id = to;
    followId(manifest, "recipients", from, to);
  };
  // Retyped keystroke by keystroke, through an empty field.
  rename("hosting", "");
  rename("", "h");
  rename("h", "host-kz");
  expect(dangling()).toEqual([]);
  expect(manifest.activities.some((a) => a.recipients?.includes("host-kz"))).toBe(true);
  expect(manifest.transfers?.some((t) => t.recipient === "host-kz")).toBe(true);
  // Removed: no activity or transfer names it any more.
  manifest.recipients = (manifest.recipients ?? []).filter((r) => r.id !== "host-kz");
  followId(manifest, "recipients", "host-kz", null);
  expect(dangling()).toEqual([]);
});
