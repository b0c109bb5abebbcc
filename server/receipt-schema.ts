// JSON schema of the receipt exactly as the widget POSTs it (shared/consent/record.ts, widget/engine/receipt.ts).
// Fastify validates with it before any handler runs; additionalProperties: false refuses anything else.
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
