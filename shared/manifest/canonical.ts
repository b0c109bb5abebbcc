// RFC 8785 JSON Canonicalization Scheme (JCS). The manifest hash in every consent receipt is taken
// over this form, so the widget, the extension and the CLI must produce the same bytes for the
// same manifest regardless of key order or whitespace in the served file.

/**
 * Canonical JSON text of a JSON value: members sorted by UTF-16 code units (RFC 8785 §3.2.3),
 * numbers in ECMAScript form (§3.2.2.3; -0 becomes 0), strings escaped as JSON.stringify does
 * (§3.2.2.2). Object members whose value is undefined are skipped, as JSON.stringify skips them.
 * Throws TypeError on values JSON cannot represent (NaN, Infinity, functions, bigint, cycles).
 */
export const canonicalize = (value: unknown): string => serialize(value, []);

const serialize = (value: unknown, ancestors: object[]): string => {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("canonicalize: non-finite number");
    // JSON.stringify applies ECMAScript Number::toString, which is what JCS requires; it prints -0 as 0.
    return JSON.stringify(value);
  }
  if (typeof value !== "object") throw new TypeError(`canonicalize: ${typeof value} is not JSON`);
  if (ancestors.includes(value)) throw new TypeError("canonicalize: cyclic value");
  const inner = [...ancestors, value];
  if (Array.isArray(value)) return `[${value.map((item) => serialize(item ?? null, inner)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    // Default sort compares UTF-16 code units, exactly the order RFC 8785 prescribes.
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${serialize(record[key], inner)}`);
  return `{${members.join(",")}}`;
};
