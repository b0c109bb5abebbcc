// The one schema, as forward-only versioned migrations. A migration is never edited once released:
// a change is a new entry. Each engine records applied versions in schema_migrations.
// Timestamps are ISO 8601 UTC text in SQLite and timestamptz in PostgreSQL. The receipt body is the
// JSON the service parsed and validated: SQLite keeps its text as serialised then, PostgreSQL's
// jsonb keeps the same members and values in its own key order (exports hold every value the widget
// sent; byte-for-byte order is not kept there).

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "manifests and receipts",
    sqlite: `
      CREATE TABLE manifests (
        origin TEXT NOT NULL, hash TEXT NOT NULL, text TEXT NOT NULL, stored_at TEXT NOT NULL,
        PRIMARY KEY (origin, hash)
      );
      CREATE TABLE receipts (
        receipt_id TEXT NOT NULL PRIMARY KEY, origin TEXT NOT NULL, manifest_hash TEXT NOT NULL,
        method TEXT NOT NULL, created TEXT NOT NULL, expires TEXT NOT NULL, received_at TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX receipts_origin_created ON receipts (origin, created);
      CREATE INDEX receipts_created ON receipts (created);`,
    // Partitioned by month of `created` (the widget's timestamp, identical in every retry), so the
    // primary key (receipt_id, created) keeps replays idempotent across partitions.
    postgres: `
      CREATE TABLE manifests (
        origin text NOT NULL, hash text NOT NULL, text text NOT NULL, stored_at timestamptz NOT NULL,
        PRIMARY KEY (origin, hash)
      );
      CREATE TABLE receipts (
        receipt_id uuid NOT NULL, origin text NOT NULL, manifest_hash text NOT NULL,
        method text NOT NULL, created timestamptz NOT NULL, expires timestamptz NOT NULL,
        received_at timestamptz NOT NULL, body jsonb NOT NULL,
        PRIMARY KEY (receipt_id, created)
      ) PARTITION BY RANGE (created);
      CREATE TABLE receipts_default PARTITION OF receipts DEFAULT;
      CREATE INDEX receipts_origin_created ON receipts (origin, created);
      CREATE INDEX receipts_id ON receipts (receipt_id);`,
  },
  {
    version: 2,
    name: "index for the retention purge",
    sqlite: "CREATE INDEX receipts_expires ON receipts (expires);",
    postgres: "CREATE INDEX receipts_expires ON receipts (expires);",
  },
];

/** Monthly partition name and bounds for an ISO timestamp, e.g. receipts_2026_12. */
export const monthPartition = (iso: string): { name: string; from: string; to: string } => {
  const date = new Date(iso);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const pad = (value: number) => String(value).padStart(2, "0");
  const next = new Date(Date.UTC(year, month + 1, 1));
  return {
    name: `receipts_${year}_${pad(month + 1)}`,
    from: `${year}-${pad(month + 1)}-01T00:00:00Z`,
    to: `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-01T00:00:00Z`,
  };
};
