// The extractor's public surface: the studio and the CLI import from here.

export { buildDraft } from "./draft.ts";
export { DEFAULT_SLICE_MS, extractPolicy, extractPolicyAsync, MAX_POLICY_CHARS } from "./extract.ts";
export { renderReport } from "./report.ts";
export type { PolicyLanguage } from "./tokens.ts";
export type { Evidence, EvidenceField, ExtractOptions, ExtractResult, Found, Quote } from "./types.ts";
