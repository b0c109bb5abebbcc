// PostgreSQL engine (`postgres` driver): for a region's many schools. Same statements as SQLite;
// receipts go into monthly partitions of `created`, created on first use.
import postgres from "postgres";
import type { ConsentReceipt } from "../shared/consent/record.ts";
import { MIGRATIONS, monthPartition } from "./migrations.ts";
import type { ExportedReceipt, ReceiptStore } from "./store.ts";

interface ReceiptRow {
  body: ConsentReceipt;
  received_at: Date;
}

const toExported = (row: ReceiptRow): ExportedReceipt => ({
  receipt: row.body,
  receivedAt: row.received_at.toISOString(),
});

export const openPostgresStore = (url: string): ReceiptStore => {
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  const knownPartitions = new Set<string>();

  const ensurePartition = async (created: string) => {
    const partition = monthPartition(created);
    if (knownPartitions.has(partition.name)) return;
    await sql.unsafe(
      `CREATE TABLE IF NOT EXISTS ${partition.name} PARTITION OF receipts FOR VALUES FROM ('${partition.from}') TO ('${partition.to}')`,
    );
    knownPartitions.add(partition.name);
  };

  return {
    engine: "postgres",
    async migrate() {
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)`;
      let count = 0;
      for (const migration of MIGRATIONS) {
        await sql.begin(async (tx) => {
          // Serialises concurrent starts of several service instances on one database.
          await tx.unsafe("SELECT pg_advisory_xact_lock(7243001)");
          const done = await tx.unsafe("SELECT 1 FROM schema_migrations WHERE version = $1", [
            migration.version,
          ]);
          if (done.length) return;
          await tx.unsafe(migration.postgres);
          await tx.unsafe("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())", [
            migration.version,
          ]);
          count++;
        });
      }
      return count;
    },
    async addManifest({ origin, hash, text, storedAt }) {
      await sql`INSERT INTO manifests (origin, hash, text, stored_at) VALUES (${origin}, ${hash}, ${text}, ${storedAt}) ON CONFLICT DO NOTHING`;
    },
    async hasManifest(origin, hash) {
      const rows = await sql`SELECT 1 FROM manifests WHERE origin = ${origin} AND hash = ${hash}`;
      return rows.length > 0;
    },
    async manifestsOf(origin, hashes) {
      if (!hashes.length) return [];
      const rows = await sql<{ origin: string; hash: string; text: string; stored_at: Date }[]>`
        SELECT origin, hash, text, stored_at FROM manifests WHERE origin = ${origin} AND hash IN ${sql(hashes)}`;
      return rows.map((row) => ({
        origin: row.origin,
        hash: row.hash,
        text: row.text,
        storedAt: row.stored_at.toISOString(),
      }));
    },
    async insertReceipt(receipt, receivedAt) {
      await ensurePartition(receipt.created);
      const rows = await sql`
        INSERT INTO receipts (receipt_id, origin, manifest_hash, method, created, expires, received_at, body)
        VALUES (${receipt.receiptId}, ${receipt.origin}, ${receipt.manifestHash}, ${receipt.method},
          ${receipt.created}, ${receipt.expires}, ${receivedAt}, ${sql.json(receipt as never)})
        ON CONFLICT DO NOTHING RETURNING 1`;
      return rows.length === 1 ? "stored" : "duplicate";
    },
    async byId(receiptId) {
      const rows = await sql<
        ReceiptRow[]
      >`SELECT body, received_at FROM receipts WHERE receipt_id = ${receiptId} LIMIT 1`;
      return rows[0] ? toExported(rows[0]) : null;
    },
    async byOriginAndPeriod(origin, from, to) {
      const rows = await sql<ReceiptRow[]>`
        SELECT body, received_at FROM receipts WHERE origin = ${origin} AND created >= ${from} AND created < ${to}
        ORDER BY created, receipt_id`;
      return rows.map(toExported);
    },
    async purgeExpiredBefore(cutoff) {
      const result = await sql`DELETE FROM receipts WHERE expires < ${cutoff}`;
      return result.count;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
};
