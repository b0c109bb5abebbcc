// The building blocks of the structural validator. Each check looks at one value, reports issues
// into the context and returns the cleaned value (or undefined when it is unusable), so one walk
// both validates and builds the returned manifest. Small closures instead of a schema interpreter
// keep the drop-in widget's bundle small.

import type { CheckIssue } from "./result.ts";
import { hasCodeControls, stripControls } from "./sanitize.ts";

export type Params = Record<string, string | number>;

/** A reference from one place in the manifest to an id defined elsewhere (or in the taxonomy). */
export interface PendingRef {
  path: string;
  namespace: string;
  id: string;
}

export interface CheckContext {
  errors: CheckIssue[];
  warnings: CheckIssue[];
  refs: PendingRef[];
  /** ids defined per namespace, to resolve refs and to find duplicates */
  defs: Record<string, Set<string>>;
  /** every Text value with its path, for the "missing language" lint */
  texts: [string, unknown][];
}

export type Check = (value: unknown, path: string, ctx: CheckContext) => unknown;

export const report = (ctx: CheckContext, path: string, code: string, params?: Params): undefined => {
  ctx.errors.push(params ? { path, code, severity: "error", params } : { path, code, severity: "error" });
  return undefined;
};

export const warn = (ctx: CheckContext, path: string, code: string, params?: Params): void => {
  ctx.warnings.push(
    params ? { path, code, severity: "warning", params } : { path, code, severity: "warning" },
  );
};

/** JSON Pointer token escaping (RFC 6901 §3). */
export const pointer = (path: string, key: string | number): string =>
  `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const codePoints = (value: string): number => {
  let n = 0;
  for (const _ of value) n++;
  return n;
};

const stringOf = (value: unknown, path: string, ctx: CheckContext, max: number): string | undefined => {
  if (typeof value !== "string") return report(ctx, path, "wrong-type", { expected: "string" });
  // Cheap bound first: a string cannot have more code points than UTF-16 units.
  if (value.length > max && codePoints(value) > max) return report(ctx, path, "too-long", { max });
  return value;
};

/** An id or code: controls are an error, then the optional format must match. */
export const code =
  (max: number, format?: RegExp, formatCode?: string): Check =>
  (value, path, ctx) => {
    // With a format, an over-long value is simply not in that format (a 3-letter country code).
    if (format && typeof value === "string" && value.length > max)
      return report(ctx, path, formatCode ?? "invalid-format");
    const s = stringOf(value, path, ctx, max);
    if (s === undefined) return undefined;
    if (hasCodeControls(s)) return report(ctx, path, "control-character");
    if (format && !format.test(s)) return report(ctx, path, formatCode ?? "invalid-format");
    return s;
  };

/** Free text: controls are stripped with a warning. */
export const free =
  (max: number): Check =>
  (value, path, ctx) => {
    const s = stringOf(value, path, ctx, max);
    if (s === undefined) return undefined;
    const clean = stripControls(s);
    if (clean !== s) warn(ctx, path, "control-character-stripped");
    return clean;
  };

const TEXT_LANGUAGES = ["kk", "ru", "en"] as const;

/** `Text`: a string in the default language or `{kk?, ru?, en?}` with at least one of them. */
export const text =
  (max: number, inner: Check = free(max)): Check =>
  (value, path, ctx) => {
    ctx.texts.push([path, value]);
    if (typeof value === "string") return inner(value, path, ctx);
    if (!isRecord(value)) return report(ctx, path, "wrong-type", { expected: "text" });
    const out: Record<string, unknown> = {};
    for (const lang of TEXT_LANGUAGES) {
      if (value[lang] !== undefined) out[lang] = inner(value[lang], pointer(path, lang), ctx);
    }
    if (Object.keys(out).length === 0) return report(ctx, path, "empty-text");
    return out;
  };

export const oneOf =
  (allowed: string): Check =>
  (value, path, ctx) =>
    typeof value === "string" && allowed.split(" ").includes(value)
      ? value
      : report(ctx, path, "not-allowed-value", { allowed: allowed.replace(/ /g, ", ") });

export const bool: Check = (value, path, ctx) =>
  typeof value === "boolean" ? value : report(ctx, path, "wrong-type", { expected: "boolean" });

export const int =
  (min: number, max: number): Check =>
  (value, path, ctx) => {
    if (!Number.isInteger(value)) return report(ctx, path, "wrong-type", { expected: "integer" });
    const n = value as number;
    return n < min || n > max ? report(ctx, path, "out-of-range", { min, max }) : n;
  };

export const arr =
  (item: Check, max: number, min = 0): Check =>
  (value, path, ctx) => {
    if (!Array.isArray(value)) return report(ctx, path, "wrong-type", { expected: "array" });
    // Over the cap: report once and skip the items, so a huge array costs nothing more.
    if (value.length > max) return report(ctx, path, "too-many-items", { max });
    if (value.length < min) return report(ctx, path, "too-few-items", { min });
    return value.map((v, i) => item(v, pointer(path, i), ctx));
  };

/**
 * An object with known fields; `required` lists field names separated by spaces. Unknown members
 * are ignored and left out of the returned copy. `after` runs checks that span fields.
 */
export const obj =
  (
    fields: Record<string, Check>,
    required = "",
    after?: (out: Record<string, unknown>, path: string, ctx: CheckContext) => void,
  ): Check =>
  (value, path, ctx) => {
    if (!isRecord(value)) return report(ctx, path, "wrong-type", { expected: "object" });
    for (const field of required.split(" ")) {
      if (field && value[field] === undefined) report(ctx, path, "missing-field", { field });
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields)) {
      if (value[key] !== undefined) out[key] = check(value[key], pointer(path, key), ctx);
    }
    after?.(out, path, ctx);
    return out;
  };

/** An id that defines something in `namespace`; a second definition is a duplicate. */
export const def =
  (namespace: string, idCheck: Check): Check =>
  (value, path, ctx) => {
    const id = idCheck(value, path, ctx);
    if (typeof id === "string") {
      const seen = ctx.defs[namespace] ?? new Set();
      ctx.defs[namespace] = seen;
      if (seen.has(id)) report(ctx, path, "duplicate-id", { id });
      seen.add(id);
    }
    return id;
  };

/** An id that must resolve in `namespace` once the whole manifest has been walked. */
export const ref =
  (namespace: string, idCheck: Check): Check =>
  (value, path, ctx) => {
    const id = idCheck(value, path, ctx);
    if (typeof id === "string") ctx.refs.push({ path, namespace, id });
    return id;
  };
