// A consent receipt of the shape the widget POSTs (shared/consent/record.ts), for the receipts service's
// tests and benchmarks: one builder, so a change to the receipt shape is made once.
export const testReceipt = (
  origin: string,
  manifestHash: string,
  overrides: Record<string, unknown> = {},
) => ({
  schemaVersion: 1,
  receiptId: crypto.randomUUID(),
  origin,
  manifestVersion: "2026-01-01",
  manifestHash,
  choices: { analytics: true },
  method: "accept-all",
  language: "kk",
  indicatedBy: "self",
  gpc: false,
  created: new Date().toISOString(),
  expires: new Date(Date.now() + 365 * 86_400_000).toISOString(),
  widgetVersion: "0.1.0",
  summary: { categories: ["analytics"], dataCategories: [], recipients: [], technologies: [], transfers: [] },
  ...overrides,
});
