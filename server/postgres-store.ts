// PostgreSQL engine (`postgres` driver): for a region's many schools. Same statements as SQLite;
// receipts go into monthly partitions of `created`, created on first use.
import postgres from "postgres";
import type { ConsentReceipt } from "../shared/consent/record.ts";
import { canonicalize } from "../shared/manifest/canonical.ts";
import { MIGRATIONS, monthPartition } from "./migrations.ts";
import type { ExportedReceipt, InsertOutcome, ReceiptStore } from "./store.ts";

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
  // One creation per month, shared by the batches that need it at the same time (concurrent
  // CREATE TABLE IF NOT EXISTS of one partition can fail); retried on the next batch after an error.
  const partitions = new Map<string, Promise<unknown>>();

  const ensurePartition = (created: string): Promise<unknown> => {
    const partition = monthPartition(created);
    let creating = partitions.get(partition.name);
    if (!creating) {
      creating = sql
        .unsafe(
          `CREATE TABLE IF NOT EXISTS ${partition.name} PARTITION OF receipts FOR VALUES FROM ('${partition.from}') TO ('${partition.to}')`,
        )
        .catch((error: unknown) => {
          partitions.delete(partition.name);
          throw error;
        });
      partitions.set(partition.name, creating);
    }
    return creating;
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
    async insertReceipts(batch) {
      for (const month of new Set(batch.map(({ receipt }) => receipt.created))) await ensurePartition(month);
      const rows = new Map<string, Record<string, unknown>>();
      const firstInBatch = new Map<string, string>();
      for (const { receipt, receivedAt } of batch) {
        const id = receipt.receiptId.toLowerCase();
        if (!firstInBatch.has(id)) firstInBatch.set(id, canonicalize(receipt));
        if (!rows.has(id))
          rows.set(id, {
            receipt_id: id,
            origin: receipt.origin,
            manifest_hash: receipt.manifestHash,
            method: receipt.method,
            created: receipt.created,
            expires: receipt.expires,
            received_at: receivedAt,
            body: sql.json(receipt as never),
          });
      }
      // The primary key is (receipt_id, created) (partitioning needs `created` in it), so an id is
      // looked up across partitions before inserting: a replay with another `created` is caught too.
      const held = await sql<{ receipt_id: string }[]>`
        SELECT receipt_id FROM receipts WHERE receipt_id IN ${sql([...rows.keys()])}`;
      for (const row of held) rows.delete(row.receipt_id);
      // One multi-row INSERT: one statement, one commit (one WAL flush) for the batch. ON CONFLICT
      // covers a retry racing in another batch (several are written at once).
      const inserted = new Set<string>();
      if (rows.size)
        for (const row of await sql<{ receipt_id: string }[]>`
          INSERT INTO receipts ${sql([...rows.values()] as never)} ON CONFLICT DO NOTHING RETURNING receipt_id`)
          inserted.add(row.receipt_id);
      // Everything not inserted now was there already: the same receipt, or a different one.
      const others = batch
        .map(({ receipt }) => receipt.receiptId.toLowerCase())
        .filter((id) => !inserted.has(id));
      const bodies = new Map<string, string>();
      if (others.length)
        for (const row of await sql<{ receipt_id: string; body: ConsentReceipt }[]>`
          SELECT receipt_id, body FROM receipts WHERE receipt_id IN ${sql(others)}`)
          bodies.set(row.receipt_id, canonicalize(row.body));
      const first = new Set<string>();
      return batch.map(({ receipt }): InsertOutcome => {
        const id = receipt.receiptId.toLowerCase();
        if (inserted.has(id) && !first.has(id)) {
          first.add(id);
          return "stored";
        }
        const stored = inserted.has(id) ? firstInBatch.get(id) : bodies.get(id);
        return stored === canonicalize(receipt) ? "duplicate" : "conflict";
      });
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
