import { describe, expect, it } from "vitest";
import small from "../../../../shared/examples/shokan-ualikhanov-school.json" with { type: "json" };
import { checkManifest, checkStructure } from "../../../../shared/manifest/validate.ts";

describe("checkStructure (the widget's validator)", () => {
  it("reports the same errors as checkManifest", () => {
    const broken = { ...small, schemaVersion: 2, activities: [] };
    expect(checkStructure(broken).errors).toEqual(checkManifest(broken).errors);
    expect(checkStructure(broken).errors.length).toBeGreaterThan(0);
  });

  it("skips the lint warnings but returns the same cleaned manifest", () => {
    const full = checkManifest(small);
    const structural = checkStructure(small);
    expect(full.warnings.length).toBeGreaterThan(0);
    expect(structural.warnings).toEqual([]);
    expect(structural.manifest).toEqual(full.manifest);
  });
});
