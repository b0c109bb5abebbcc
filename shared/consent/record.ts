// The consent record as stored in the visitor's browser (IndexedDB database `kelisim`) and as
// posted to the school's receipt endpoint. The widget writes it; the extension reads it from the
// page's origin. Both import these names so the two can never disagree about the schema.

import type { Language } from "../manifest/types.ts";

export const CONSENT_DB_NAME = "kelisim";

/** How a choice was given (product.md). */
export type ConsentMethod = "accept-all" | "reject-all" | "custom" | "gpc" | "api" | "withdraw";

/** Who indicated the choice, as the visitor declared it. */
export type IndicatedBy = "self" | "legal-representative";

/** What the visitor agreed to, kept so a later manifest can be diffed against it. */
export interface AgreedSummary {
  /** consent category ids that were offered */
  categories: string[];
  dataCategories: string[];
  recipients: string[];
  /** third-party technology ids (scripts, iframes, pixels) */
  technologies: string[];
  /** transfer ids (storage or transfer abroad) */
  transfers: string[];
}

export interface ConsentReceipt {
  /** bumped when the stored shape changes; see widget storage upgrades */
  schemaVersion: 1;
  receiptId: string;
  origin: string;
  manifestVersion: string;
  /** lowercase hex SHA-256 of the manifest's RFC 8785 canonical JSON */
  manifestHash: string;
  choices: Record<string, boolean>;
  method: ConsentMethod;
  language: Language;
  indicatedBy: IndicatedBy;
  gpc: boolean;
  /** ISO 8601 timestamps */
  created: string;
  expires: string;
  widgetVersion: string;
  summary: AgreedSummary;
}

/** The current choice is the latest receipt for the origin. */
export type ConsentRecord = ConsentReceipt;
