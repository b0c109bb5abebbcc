// Which rows of two privacy labels differ (the options page's side-by-side comparison): what a row
// says counts, not its wording; a site without a declaration differs wherever the other states
// something.
import { describe, expect, it } from "vitest";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";
import { describeLabel } from "../../../../shared/manifest/view-label.ts";
import { differingLabelRows, LABEL_ROWS } from "../../../../shared/manifest/view-label-diff.ts";
import { readExample } from "../examples/seed-coverage.ts";

const example = (file: string) => {
  const result = validateManifest(readExample(file));
  if (!result.ok || result.manifest === undefined) throw new Error(`${file} does not validate`);
  return result.manifest;
};

describe("differingLabelRows", () => {
  const small = example("small-school-site.json");

  it("finds nothing between a label and itself, in any language", () => {
    expect([...differingLabelRows(describeLabel(small, "kk"), describeLabel(small, "kk"))]).toEqual([]);
  });

  it("ignores the wording of the operator's own texts but not what a row says", () => {
    const renamed = structuredClone(small);
    renamed.operator.name = { kk: "Басқа мектеп", ru: "Другая школа", en: "Another school" };
    expect([...differingLabelRows(describeLabel(small, "en"), describeLabel(renamed, "en"))]).toEqual([]);
    const moved = structuredClone(small);
    for (const storage of moved.storage ?? []) storage.country = "DE";
    const rows = differingLabelRows(describeLabel(small, "en"), describeLabel(moved, "en"));
    expect(rows.has("where")).toBe(true);
    expect(rows.has("whose")).toBe(false);
  });

  it("marks the rows two real schools answer differently", () => {
    const rows = differingLabelRows(describeLabel(example("ecsa-me.json"), "ru"), describeLabel(small, "ru"));
    expect(rows.has("whose")).toBe(true);
    expect(rows.has("where")).toBe(true);
  });

  it("a site without a declaration differs on every row the other one fills; two such sites on none", () => {
    expect([...differingLabelRows(describeLabel(small, "en"), null)]).toEqual([...LABEL_ROWS]);
    expect([...differingLabelRows(null, null)]).toEqual([]);
  });
});
