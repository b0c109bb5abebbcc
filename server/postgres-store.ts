// PostgreSQL engine (`postgres` driver): for a region's many schools. Same statements as SQLite;
// receipts go into monthly partitions of `created`, created on first use.
import postgres from "postgres";
import type { ConsentReceipt } from "../shared/consent/record.ts";
import { canonicalize } from "../shared/manifest/canonical.ts";
import { MIGRATIONS, monthPartition } from "./migrations.ts";
import type { ExportedReceipt, InsertOutcome, PendingReceipt, ReceiptStore } from "./store.ts";

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
      const months = new Map(
        batch.map(({ receipt }) => [monthPartition(receipt.created).name, receipt.created]),
      );
      for (const created of months.values()) await ensurePartition(created);
      // The batch's first receipt per id, as columns (one array parameter each).
      const firsts = new Map<string, PendingReceipt>();
      for (const item of batch) {
        const id = item.receipt.receiptId.toLowerCase();
        if (!firsts.has(id)) firsts.set(id, item);
      }
      const list = [...firsts.values()];
      const column = (pick: (item: PendingReceipt) => string) => sql.array(list.map(pick));
      // One transaction, one commit (one WAL flush) for the batch. The primary key is (receipt_id,
      // created) (partitioning needs `created` in it), so NOT EXISTS looks the id up across partitions:
      // a replay with another `created` is caught too; ON CONFLICT covers a retry racing in another
      // batch (several are written at once).
      const inserted = new Set<string>();
      const ids = list.map(({ receipt }) => receipt.receiptId.toLowerCase()).sort();
      // NOT EXISTS alone races: two batches in flight, each with the same id in another month,
      // both see no row and both insert (the key includes `created`). A transaction-scoped lock per
      // id makes the second wait for the first's commit; its INSERT then sees the row. Taken in
      // sorted order, so two batches cannot deadlock. Also holds across service instances.
      const rows = await sql.begin(async (transaction) => {
        // postgres.js types a transaction without its call signatures (its Omit drops them).
        const tx = transaction as unknown as typeof sql;
        await tx`SELECT pg_advisory_xact_lock(hashtextextended(id, 7243002)) FROM unnest(${tx.array(ids)}::text[]) AS id`;
        return tx<{ receipt_id: string }[]>`
        INSERT INTO receipts (receipt_id, origin, manifest_hash, method, created, expires, received_at, body)
        SELECT v.receipt_id, v.origin, v.manifest_hash, v.method, v.created, v.expires, v.received_at, v.body
        FROM unnest(
          ${column(({ receipt }) => receipt.receiptId.toLowerCase())}::uuid[],
          ${column(({ receipt }) => receipt.origin)}::text[],
          ${column(({ receipt }) => receipt.manifestHash)}::text[],
          ${column(({ receipt }) => receipt.method)}::text[],
          ${column(({ receipt }) => receipt.created)}::timestamptz[],
          ${column(({ receipt }) => receipt.expires)}::timestamptz[],
          ${column(({ receivedAt }) => receivedAt)}::timestamptz[],
          ${column(({ receipt }) => JSON.stringify(receipt))}::jsonb[]
        ) AS v(receipt_id, origin, manifest_hash, method, created, expires, received_at, body)
        WHERE NOT EXISTS (SELECT 1 FROM receipts r WHERE r.receipt_id = v.receipt_id)
        ON CONFLICT DO NOTHING RETURNING receipt_id`;
      });
      for (const row of rows) inserted.add(row.receipt_id);
      // Everything not inserted now was there already: the same receipt, or a different one
      // (compared as canonical JSON: jsonb reorders keys).
      const others = batch
        .map(({ receipt }) => receipt.receiptId.toLowerCase())
        .filter((id) => !inserted.has(id));
      const held = new Map<string, string>();
      if (others.length)
        for (const row of await sql<{ receipt_id: string; body: ConsentReceipt }[]>`
          SELECT receipt_id, body FROM receipts WHERE receipt_id IN ${sql(others)}`)
          held.set(row.receipt_id, canonicalize(row.body));
      const answered = new Set<string>();
      return batch.map(({ receipt }): InsertOutcome => {
        const id = receipt.receiptId.toLowerCase();
        if (inserted.has(id) && !answered.has(id)) {
          answered.add(id);
          return "stored";
        }
        const stored = inserted.has(id) ? canonicalize(firsts.get(id)?.receipt) : held.get(id);
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
