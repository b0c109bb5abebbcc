// checkManifest is fed untrusted data in the widget, the extension and the CLI: it must never
// throw, and every path it reports must point at something that exists in the input.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkManifestText } from "../../../../shared/manifest/parse.ts";
import { checkManifest } from "../../../../shared/manifest/validate.ts";
import { minimalManifest, resolvePointer, richManifest } from "./fixture-files.ts";

const allIssues = (input: unknown) => {
  const result = checkManifest(input);
  return [...result.errors, ...result.warnings];
};

const pathsResolve = (input: unknown) => {
  for (const issue of allIssues(input))
    expect(resolvePointer(input, issue.path).found, issue.path).toBe(true);
};

/** Sets `value` at a random location of a deep copy (objects: replace or add a member). */
const mutated = (base: Record<string, unknown>) =>
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), fc.string())
    .map(([steps, value, key]) => {
      const copy = structuredClone(base);
      let node: unknown = copy;
      for (const [i, step] of steps.entries()) {
        const last = i === steps.length - 1;
        if (Array.isArray(node) && node.length) {
          const at = step % node.length;
          if (last || typeof node[at] !== "object" || node[at] === null) node[at] = value;
          else node = node[at];
        } else if (typeof node === "object" && node !== null) {
          const record = node as Record<string, unknown>;
          const keys = Object.keys(record);
          const k = step % 5 === 0 || !keys.length ? key : (keys[step % keys.length] ?? key);
          const child = Object.hasOwn(record, k) ? record[k] : undefined;
          // defineProperty makes "__proto__" an own member, as JSON.parse does.
          if (last || typeof child !== "object" || child === null)
            Object.defineProperty(record, k, { value, enumerable: true, writable: true, configurable: true });
          else node = child;
        }
        if (last) break;
      }
      return copy;
    });

// Property runs are CPU-bound; under a loaded machine they need more than vitest's default 5 s.
const PROPERTY_TIMEOUT = 30_000;

describe("never throws", () => {
  test(
    "on arbitrary JSON values, and reported paths resolve",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          pathsResolve(value);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    "on mutations of valid manifests, and reported paths resolve",
    () => {
      for (const base of [minimalManifest(), richManifest()])
        fc.assert(
          fc.property(mutated(base), (value) => {
            pathsResolve(value);
          }),
          { numRuns: 1000 },
        );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    "on arbitrary text given to the parser",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
          const result = checkManifestText(text);
          expect(result.errors.length + result.warnings.length).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test("on non-JSON values", () => {
    for (const value of [undefined, Number.NaN, 10n, Symbol("x"), () => 1, new Date(0), new Map()])
      expect(checkManifest(value).errors.length).toBeGreaterThan(0);
  });

  test("on cyclic objects, reporting the cycle as too deep", () => {
    const manifest: Record<string, unknown> = minimalManifest();
    manifest.self = manifest;
    const operator = manifest.operator as Record<string, unknown>;
    operator.name = operator;
    const result = checkManifest(manifest);
    expect(result.errors.map((e) => e.code)).toContain("too-deep");
    // operator.name is now an object without any language: not a Text.
    expect(result.errors.map((e) => e.code)).toContain("empty-text");
  });

  test(
    "on an object graph that shares one child many times (would explode without a budget)",
    () => {
      let node: Record<string, unknown> = { leaf: 1 };
      for (let level = 0; level < 8; level++) {
        const next: Record<string, unknown> = {};
        for (let k = 0; k < 12; k++) next[`k${k}`] = node;
        node = next;
      }
      const started = performance.now();
      const result = checkManifest({ ...minimalManifest(), "x-wide": node });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.errors.map((e) => e.code)).toEqual(["unreadable-input"]);
    },
    PROPERTY_TIMEOUT,
  );

  test("on getters that throw", () => {
    const manifest = minimalManifest();
    Object.defineProperty(manifest, "operator", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(checkManifest(manifest).errors).toEqual([
      { path: "", code: "unreadable-input", severity: "error" },
    ]);
  });

  test("on huge arrays, reporting the cap without looking at every item", () => {
    const manifest = { ...minimalManifest(), activities: new Array(1_000_000).fill(0) };
    const started = performance.now();
    const result = checkManifest(manifest);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.errors).toContainEqual({
      path: "/activities",
      code: "too-many-items",
      severity: "error",
      params: { max: 100 },
    });
  });
});
