// checkManifest: the structural validator plus lint, without any prose; checkStructure: the same
// without lint, for the drop-in widget. Messages live in issue-messages.ts (validateManifest adds them).

import {
  DATA_CATEGORY_GROUP_IDS,
  DATA_CATEGORY_IDS,
  LEGAL_BASIS_IDS,
  PURPOSE_IDS,
  RECIPIENT_KIND_IDS,
  RIGHT_IDS,
} from "../taxonomy/ids.ts";
import { type CheckContext, isRecord, pointer, report } from "./check-primitives.ts";
import { MANIFEST_FIELDS } from "./fields.ts";
import { MAX_DEPTH } from "./limits.ts";
import { lintManifest } from "./lint.ts";
import type { CheckResult } from "./result.ts";
import type { PrivacyManifest } from "./types.ts";

/** The banner's categories when a manifest has no `consent.categories`. */
export const DEFAULT_CONSENT_CATEGORY_IDS = ["necessary", "ip", "analytics"] as const;

// Keys that could reach an object's prototype if any consumer ever copied the manifest naively.
const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];

/** Taxonomy namespaces: the ids that exist and the code for one that does not. */
const TAXONOMY: Record<string, [readonly string[], string]> = {
  data: [DATA_CATEGORY_IDS, "unknown-data-category"],
  purpose: [PURPOSE_IDS, "unknown-purpose"],
  basis: [LEGAL_BASIS_IDS, "unknown-legal-basis"],
  "recipient-kind": [RECIPIENT_KIND_IDS, "unknown-recipient-kind"],
  right: [RIGHT_IDS, "unknown-right"],
  group: [DATA_CATEGORY_GROUP_IDS, "unknown-group"],
};

/** Namespaces defined inside the manifest, named by where their definitions live. */
const TARGETS: Record<string, string> = {
  audience: "audiences",
  recipient: "recipients",
  storage: "storage",
  transfer: "transfers",
  category: "consent/categories",
};

/** Values visited before giving up: a 512 KiB JSON file has far fewer, so only object graphs
 * with shared references (never produced by JSON.parse) reach it. */
const SCAN_BUDGET = 1_000_000;

/**
 * Depth and forbidden keys apply everywhere, unknown members included. Stops at the first value
 * nested too deep, which also ends cyclic objects: a cycle is simply "too deep".
 */
const scanAll = (input: unknown, ctx: CheckContext): void => {
  let budget = SCAN_BUDGET;
  const scan = (value: object, path: string, depth: number): boolean => {
    if (--budget < 0) throw new RangeError("manifest too large to scan");
    if (depth > MAX_DEPTH) {
      report(ctx, path, "too-deep", { max: MAX_DEPTH });
      return false;
    }
    // Pointers are built only for nested containers: a huge array of numbers costs one pass.
    const inner = (item: unknown, key: string | number) =>
      typeof item !== "object" || item === null || scan(item, pointer(path, key), depth + 1);
    if (Array.isArray(value)) return value.every(inner);
    return Object.keys(value).every((key) => {
      if (FORBIDDEN_KEYS.includes(key)) report(ctx, pointer(path, key), "forbidden-key", { key });
      return inner((value as Record<string, unknown>)[key], key);
    });
  };
  if (typeof input === "object" && input !== null) scan(input, "", 1);
};

const resolveRefs = (ctx: CheckContext): void => {
  for (const { path, namespace, id } of ctx.refs) {
    if (ctx.defs[namespace]?.has(id)) continue;
    const taxonomy = TAXONOMY[namespace];
    if (!taxonomy) report(ctx, path, "dangling-reference", { id, target: TARGETS[namespace] ?? namespace });
    else if (taxonomy[0].includes(id)) continue;
    else if (id.startsWith("x-") && (namespace === "data" || namespace === "purpose"))
      report(ctx, path, "undeclared-custom-id", { id });
    else report(ctx, path, taxonomy[1], { id });
  }
};

type Lint = (manifest: PrivacyManifest, ctx: CheckContext) => void;

const makeChecker =
  (lint?: Lint) =>
  (input: unknown): CheckResult => {
    const ctx: CheckContext = { errors: [], warnings: [], refs: [], defs: {}, texts: [] };
    try {
      scanAll(input, ctx);
      const out = MANIFEST_FIELDS(input, "", ctx);
      const consent = isRecord(out) ? out.consent : undefined;
      if (!isRecord(consent) || consent.categories === undefined)
        ctx.defs.category = new Set(DEFAULT_CONSENT_CATEGORY_IDS);
      resolveRefs(ctx);
      if (ctx.errors.length === 0) {
        const manifest = out as PrivacyManifest;
        lint?.(manifest, ctx);
        return { manifest, errors: [], warnings: ctx.warnings };
      }
    } catch {
      // Only exotic inputs get here (getters or toString that throw); JSON never does.
      report(ctx, "", "unreadable-input");
    }
    return { errors: ctx.errors, warnings: ctx.warnings };
  };

/**
 * Validates an untrusted value as a privacy manifest (format 1). Never throws. Lint warnings are
 * computed only for structurally valid manifests; `manifest` (a cleaned copy holding known members
 * only) is present only when there are no errors.
 */
export const checkManifest = /* @__PURE__ */ makeChecker(lintManifest);

/**
 * The same errors as checkManifest, without the lint warnings (gaps under the law are the
 * webmaster's to read in the CLI, not something every visitor's browser should compute): the
 * drop-in widget uses this and so does not ship the lint rules.
 */
export const checkStructure = /* @__PURE__ */ makeChecker();
