// JSON schema of the receipt exactly as the widget POSTs it (shared/consent/record.ts, widget/engine/receipt.ts).
// Fastify validates with it before any handler runs; additionalProperties: false refuses anything else.
import { MAX_AGE_DAYS_LIMIT } from "../shared/consent/reconsent.ts";

const stringList = { type: "array", maxItems: 200, items: { type: "string", maxLength: 200 } } as const;

export const receiptSchema = {
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "receiptId",
    "origin",
    "manifestVersion",
    "manifestHash",
    "choices",
    "method",
    "language",
    "indicatedBy",
    "gpc",
    "created",
    "expires",
    "widgetVersion",
    "summary",
  ],
  properties: {
    schemaVersion: { const: 1 },
    receiptId: { type: "string", pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" },
    origin: { type: "string", maxLength: 200 },
    manifestVersion: { type: "string", maxLength: 100 },
    manifestHash: { type: "string", pattern: "^[0-9a-f]{64}$" },
    choices: {
      type: "object",
      maxProperties: 50,
      additionalProperties: { type: "boolean" },
    },
    method: { enum: ["accept-all", "reject-all", "custom", "gpc", "api", "withdraw"] },
    language: { enum: ["kk", "ru", "en"] },
    indicatedBy: { enum: ["self", "legal-representative"] },
    gpc: { type: "boolean" },
    created: { type: "string", format: "date-time" },
    expires: { type: "string", format: "date-time" },
    widgetVersion: { type: "string", maxLength: 50 },
    summary: {
      type: "object",
      additionalProperties: false,
      required: ["categories", "dataCategories", "recipients", "technologies", "transfers"],
      properties: {
        categories: stringList,
        dataCategories: stringList,
        recipients: stringList,
        technologies: stringList,
        transfers: stringList,
      },
    },
  },
} as const;

/** Larger than any real receipt (~1 KiB) with room for long summaries; anything bigger is refused unread. */
export const MAX_RECEIPT_BYTES = 16 * 1024;

const DAY_MS = 86_400_000;
// The widget's outbox may deliver long after the click (the service was down); a year and a
// month covers that without letting a client create partitions for any date it likes.
const OLDEST_ACCEPTED_MS = 400 * DAY_MS;
const FUTURE_SKEW_MS = DAY_MS;
/** A choice lasts at most MAX_AGE_DAYS_LIMIT days (shared/consent/reconsent.ts), plus clock skew. */
const LONGEST_CONSENT_MS = (MAX_AGE_DAYS_LIMIT + 1) * DAY_MS;

// A NUL or a lone surrogate passes JSON and the schema but not every database (PostgreSQL's jsonb
// and text refuse them), and no real receipt has one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what is looked for.
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hasUnstorableText = (value: unknown): boolean =>
  typeof value === "string"
    ? UNSTORABLE_TEXT.test(value)
    : typeof value === "object" && value !== null
      ? Object.entries(value).some(([key, inner]) => UNSTORABLE_TEXT.test(key) || hasUnstorableText(inner))
      : false;

/**
 * What the schema cannot say about a receipt that matches it: dates it allows but that are not
 * instants (a leap second `…T23:59:60Z` matches `date-time`, yet Date.parse gives NaN), dates out
 * of range, text no database stores. Null when the receipt can be stored.
 */
export const receiptProblem = (
  receipt: { created: string; expires: string },
  nowMs: number,
): { error: string; message: string } | null => {
  const created = Date.parse(receipt.created);
  const expires = Date.parse(receipt.expires);
  if (Number.isNaN(created) || Number.isNaN(expires))
    return { error: "invalid-date", message: "created and expires must be real instants" };
  if (created > nowMs + FUTURE_SKEW_MS || created < nowMs - OLDEST_ACCEPTED_MS)
    return { error: "created-out-of-range", message: "created is too far in the past or the future" };
  if (expires <= created || expires > created + LONGEST_CONSENT_MS)
    return { error: "expires-out-of-range", message: "expires must come after created, within 13 months" };
  if (hasUnstorableText(receipt))
    return { error: "invalid-text", message: "a text holds a NUL character or a lone surrogate" };
  return null;
};
