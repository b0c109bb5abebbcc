// SQLite engine (better-sqlite3): the embedded default, one file, no other service.
// WAL lets exports read while receipts are written. synchronous=FULL: a 2xx answer means the
// receipt is on disk even after a power cut — it is legal proof, and in WAL mode FULL costs one
// fsync per commit, and group commit (group-commit.ts) makes that one fsync per batch; NORMAL could lose the last commits on power loss.
import { closeSync, existsSync, openSync } from "node:fs";
import Database from "better-sqlite3";
import type { ConsentReceipt } from "../shared/consent/record.ts";
import { canonicalize } from "../shared/manifest/canonical.ts";
import { MIGRATIONS } from "./migrations.ts";
import type {
  ExportedReceipt,
  InsertOutcome,
  PendingReceipt,
  ReceiptStore,
  StoredManifest,
} from "./store.ts";

interface ReceiptRow {
  body: string;
  received_at: string;
}

const toExported = (row: ReceiptRow): ExportedReceipt => ({
  receipt: JSON.parse(row.body) as ConsentReceipt,
  receivedAt: row.received_at,
});

export const openSqliteStore = (file: string): ReceiptStore => {
  // Receipts are personal data: a new database file is readable by the service's user only (SQLite
  // gives its -wal and -shm files the database file's permissions). An existing file keeps its own.
  const created = file !== ":memory:" && !existsSync(file);
  if (created) closeSync(openSync(file, "a", 0o600));
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
  );

  // Prepared on first use: the tables exist only after migrate().
  const statements = () => ({
    existing: db.prepare<[string], { body: string }>("SELECT body FROM receipts WHERE receipt_id = ?"),
    insert: db.prepare(
      `INSERT INTO receipts (receipt_id, origin, manifest_hash, method, created, expires, received_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  });
  let prepared: ReturnType<typeof statements> | null = null;
  // One transaction, one fsync for the whole batch; a replayed id is compared with what it holds.
  const writeBatch = db.transaction((batch: PendingReceipt[]): InsertOutcome[] => {
    prepared ??= statements();
    const { existing, insert } = prepared;
    return batch.map(({ receipt, receivedAt }) => {
      const body = JSON.stringify(receipt);
      const held = existing.get(receipt.receiptId);
      // Compared as canonical JSON, as on PostgreSQL (whose jsonb reorders keys): the same receipt
      // with its members in another order is a retry, not another receipt.
      if (held)
        return held.body === body || canonicalize(JSON.parse(held.body)) === canonicalize(receipt)
          ? "duplicate"
          : "conflict";
      insert.run(
        receipt.receiptId,
        receipt.origin,
        receipt.manifestHash,
        receipt.method,
        new Date(receipt.created).toISOString(),
        new Date(receipt.expires).toISOString(),
        receivedAt,
        body,
      );
      return "stored";
    });
  });

  return {
    engine: "sqlite",
    async migrate() {
      const applied = new Set(
        db
          .prepare("SELECT version FROM schema_migrations")
          .all()
          .map((row) => (row as { version: number }).version),
      );
      let count = 0;
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        db.transaction(() => {
          db.exec(migration.sqlite);
          db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(
            migration.version,
            new Date().toISOString(),
          );
        })();
        count++;
      }
      return count;
    },
    async addManifest({ origin, hash, text, storedAt }: StoredManifest) {
      db.prepare(
        "INSERT INTO manifests (origin, hash, text, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
      ).run(origin, hash, text, storedAt);
    },
    async hasManifest(origin, hash) {
      return Boolean(db.prepare("SELECT 1 FROM manifests WHERE origin = ? AND hash = ?").get(origin, hash));
    },
    async manifestsOf(origin, hashes) {
      if (!hashes.length) return [];
      const rows = db
        .prepare(
          `SELECT origin, hash, text, stored_at FROM manifests WHERE origin = ? AND hash IN (${hashes.map(() => "?").join(",")})`,
        )
        .all(origin, ...hashes) as { origin: string; hash: string; text: string; stored_at: string }[];
      return rows.map((row) => ({
        origin: row.origin,
        hash: row.hash,
        text: row.text,
        storedAt: row.stored_at,
      }));
    },
    async insertReceipts(batch) {
      return writeBatch(batch);
    },
    async byId(receiptId) {
      const row = db.prepare("SELECT body, received_at FROM receipts WHERE receipt_id = ?").get(receiptId);
      return row ? toExported(row as ReceiptRow) : null;
    },
    async byOriginAndPeriod(origin, from, to) {
      const rows = db
        .prepare(
          "SELECT body, received_at FROM receipts WHERE origin = ? AND created >= ? AND created < ? ORDER BY created, receipt_id",
        )
        .all(origin, new Date(from).toISOString(), new Date(to).toISOString()) as ReceiptRow[];
      return rows.map(toExported);
    },
    async purgeExpiredBefore(cutoff) {
      return db.prepare("DELETE FROM receipts WHERE expires < ?").run(new Date(cutoff).toISOString()).changes;
    },
    async close() {
      db.close();
    },
  };
};
