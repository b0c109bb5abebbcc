// Builds consent receipts (shared/consent/record.ts) and POSTs them to `data-receipts`.
import { consentExpiry } from "../../shared/consent/reconsent.ts";
import type {
  AgreedSummary,
  ConsentMethod,
  ConsentReceipt,
  IndicatedBy,
} from "../../shared/consent/record.ts";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import { WIDGET_VERSION } from "../version.ts";
import { env } from "./env.ts";

/** crypto.randomUUID needs a secure context; many school sites are still plain http. */
export function newReceiptId(): string {
  if (typeof crypto.randomUUID === "function") {
    try {
      return crypto.randomUUID();
    } catch {
      // Fall through to the manual v4 UUID.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface ReceiptInput {
  origin: string;
  manifest: PrivacyManifest | null;
  manifestHash: string;
  summary: AgreedSummary;
  choices: Record<string, boolean>;
  method: ConsentMethod;
  language: Language;
  indicatedBy: IndicatedBy;
  gpc: boolean;
  nowMs: number;
}

export function buildReceipt(input: ReceiptInput): ConsentReceipt {
  return {
    schemaVersion: 1,
    receiptId: newReceiptId(),
    origin: input.origin,
    manifestVersion: input.manifest?.manifestVersion ?? "",
    manifestHash: input.manifestHash,
    choices: { ...input.choices },
    method: input.method,
    language: input.language,
    indicatedBy: input.indicatedBy,
    gpc: input.gpc,
    created: new Date(input.nowMs).toISOString(),
    expires: new Date(consentExpiry(input.nowMs, input.manifest)).toISOString(),
    widgetVersion: WIDGET_VERSION,
    summary: input.summary,
  };
}

/** True when the school's endpoint accepted the receipt (2xx). Never throws. */
export async function postReceipt(url: string, receipt: ConsentReceipt): Promise<boolean> {
  if (!env.fetch) return false;
  try {
    const response = await env.fetch(url, {
      method: "POST",
      // keepalive: the POST survives a reload or navigation right after the click.
      keepalive: true,
      credentials: "omit",
      headers: { "content-type": "application/json" },
      body: env.stringify(receipt),
    });
    return response.ok;
  } catch {
    return false;
  }
}
