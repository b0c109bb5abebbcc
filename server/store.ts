// The query layer both engines implement: the same statements, the same rows. Engine files only adapt
// placeholders and types (sqlite-store.ts, postgres-store.ts); migrations.ts holds the one schema.
import type { ConsentReceipt } from "../shared/consent/record.ts";
import { openPostgresStore } from "./postgres-store.ts";
import { openSqliteStore } from "./sqlite-store.ts";

export interface StoredManifest {
  origin: string;
  hash: string;
  text: string;
  storedAt: string;
}

export interface ExportedReceipt {
  receipt: ConsentReceipt;
  receivedAt: string;
}

/** stored: new; duplicate: the same receipt again (a retry); conflict: its id holds a different receipt. */
export type InsertOutcome = "stored" | "duplicate" | "conflict";

export interface PendingReceipt {
  receipt: ConsentReceipt;
  receivedAt: string;
}

export interface ReceiptStore {
  readonly engine: "sqlite" | "postgres";
  migrate(): Promise<number>;
  addManifest(manifest: StoredManifest): Promise<void>;
  hasManifest(origin: string, hash: string): Promise<boolean>;
  manifestsOf(origin: string, hashes: string[]): Promise<StoredManifest[]>;
  /**
   * Writes a batch in one transaction, outcomes in batch order. Idempotent on receiptId: a replay
   * returns "duplicate" (same receipt) or "conflict" (a different one) and changes nothing.
   */
  insertReceipts(batch: PendingReceipt[]): Promise<InsertOutcome[]>;
  byId(receiptId: string): Promise<ExportedReceipt | null>;
  byOriginAndPeriod(origin: string, from: string, to: string): Promise<ExportedReceipt[]>;
  /** Deletes receipts whose consent expired before `cutoff` (ISO); returns how many. */
  purgeExpiredBefore(cutoff: string): Promise<number>;
  close(): Promise<void>;
}

// Static imports, not dynamic ones: Vite's module runner (npm run cli, benches) closes after loading.
export const openStore = async (db: string): Promise<ReceiptStore> =>
  /^postgres(ql)?:\/\//.test(db) ? openPostgresStore(db) : openSqliteStore(db);
