// Audit export: receipts with the manifest text each refers to, as JSON or CSV.
import type { ExportedReceipt, StoredManifest } from "./store.ts";

export interface AuditExport {
  receipts: (ExportedReceipt["receipt"] & { receivedAt: string })[];
  manifests: Record<string, string>;
}

export const toAuditExport = (rows: ExportedReceipt[], manifests: StoredManifest[]): AuditExport => ({
  receipts: rows.map((row) => ({ ...row.receipt, receivedAt: row.receivedAt })),
  manifests: Object.fromEntries(manifests.map((manifest) => [manifest.hash, manifest.text])),
});

const CSV_COLUMNS = [
  "receiptId",
  "origin",
  "created",
  "expires",
  "receivedAt",
  "method",
  "choices",
  "language",
  "indicatedBy",
  "gpc",
  "manifestVersion",
  "manifestHash",
  "widgetVersion",
  "manifestText",
] as const;

// A cell a spreadsheet would read as a formula (=, +, -, @, or a tab/CR before one) gets a leading
// apostrophe (OWASP's advice for CSV injection): the value shows as text and runs nothing.
const FORMULA_START = /^[=+\-@\t\r]/;

const csvField = (raw: string): string => {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};

/** RFC 4180 CSV, one receipt a row; the manifest text column lets a spreadsheet show what was agreed. */
export const toCsv = (data: AuditExport): string => {
  const lines = [CSV_COLUMNS.join(",")];
  for (const receipt of data.receipts) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      receiptId: receipt.receiptId,
      origin: receipt.origin,
      created: receipt.created,
      expires: receipt.expires,
      receivedAt: receipt.receivedAt,
      method: receipt.method,
      choices: JSON.stringify(receipt.choices),
      language: receipt.language,
      indicatedBy: receipt.indicatedBy,
      gpc: String(receipt.gpc),
      manifestVersion: receipt.manifestVersion,
      manifestHash: receipt.manifestHash,
      widgetVersion: receipt.widgetVersion,
      manifestText: data.manifests[receipt.manifestHash] ?? "",
    };
    lines.push(CSV_COLUMNS.map((column) => csvField(cells[column])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
};
