// The extractor's result: what the studio and the CLI show. Offsets are UTF-16 indexes into the text
// the caller passed, so a UI can highlight `text.slice(start, end)` for every item.
import type { PrivacyManifest } from "../manifest/types.ts";
import type { PolicyLanguage } from "./tokens.ts";

export interface Quote {
  start: number;
  end: number;
  text: string;
}

export type EvidenceField =
  | "audience"
  | "data"
  | "purpose"
  | "legalBasis"
  | "recipient"
  | "right"
  | "transfer"
  | "retention"
  | "operator";

export interface Evidence {
  field: EvidenceField;
  /** A taxonomy id; for "operator" the detail (name, bin, address…); for "retention" an ISO duration or a retention kind. */
  id: string;
  /** The value read from the text (operator details, durations). */
  value?: string;
  /** The sentence it came from, then (for lexicon hits) the matched words within it. */
  quotes: Quote[];
  /** 0…1: how sure the rule that found it is (longer phrases and list items under a heading score higher). */
  confidence: number;
  /** For data categories: the audiences the item was assigned to. */
  audiences?: string[];
  /** Found but not declared: negated ("… жинамаймыз") or only in a definition of personal data. */
  excluded?: "negated" | "definition";
  /** Not in the text: filled in so the draft is valid; the webmaster must replace it. */
  placeholder?: boolean;
}

export interface Found {
  audiences: string[];
  data: string[];
  purposes: string[];
  legalBases: string[];
  recipients: string[];
  rights: string[];
  transfers: string[];
}

export interface ExtractOptions {
  /** The policy's language when the text alone does not tell (mixed or very short texts). */
  lang?: PolicyLanguage;
  /** `published` and `manifestVersion` of the draft (YYYY-MM-DD); today when absent. */
  today?: string;
}

export interface ExtractResult {
  language: PolicyLanguage;
  /** A valid format-1 manifest (it may carry lint warnings). */
  draft: PrivacyManifest;
  /** Every item found, with its quotes; excluded and placeholder items too, flagged. */
  evidence: Evidence[];
  /** The ids the text declares (evidence that is neither excluded nor a placeholder). */
  found: Found;
  /** Mean confidence of the declared items; 0 when none were found. */
  confidence: number;
  /** False when the text does not read as a privacy policy (no personal-data wording, almost nothing found). */
  isPolicy: boolean;
}
