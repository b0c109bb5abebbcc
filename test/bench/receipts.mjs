// npm run bench:receipts — receipts/s and latency of POST /receipts on loopback, SQLite then PostgreSQL
// (a throwaway cluster, skipped when not installed). Bounded: a fixed duration per engine, loopback only.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { runnerImport } from "vite";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const ORIGIN = "https://school.kz";
const load = async (file) =>
  (await runnerImport(new URL(file, import.meta.url).pathname, { configFile: false })).module;
const { buildService } = await load("../../server/app.ts");
const { openStore } = await load("../../server/store.ts");
const { startTestPostgres } = await load("../support/postgres.ts");

const benchEngine = async (name, db) => {
  const store = await openStore(db);
  await store.migrate();
  const app = buildService({ store, origins: [ORIGIN], adminToken: "bench", manifestRefetchMs: 1e12 });
  const upload = await app.inject({
    method: "POST",
    url: `/admin/manifests?origin=${encodeURIComponent(ORIGIN)}`,
    headers: { authorization: "Bearer bench", "content-type": "application/json" },
    payload: JSON.stringify({ bench: true }),
  });
  const { hash } = upload.json();
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const body = (id) =>
    JSON.stringify({
      schemaVersion: 1,
      receiptId: id,
      origin: ORIGIN,
      manifestVersion: "1",
      manifestHash: hash,
      choices: { analytics: true },
      method: "accept-all",
      language: "kk",
      indicatedBy: "self",
      gpc: false,
      created: new Date().toISOString(),
      expires: new Date(Date.now() + 3e10).toISOString(),
      widgetVersion: "bench",
      summary: {
        categories: ["analytics"],
        dataCategories: [],
        recipients: [],
        technologies: [],
        transfers: [],
      },
    });
  const result = await autocannon({
    url: `${address}/receipts`,
    method: "POST",
    connections: 20,
    duration: DURATION_S,
    headers: { origin: ORIGIN, "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: body(crypto.randomUUID()) }) }],
  });
  await app.close();
  await store.close();
  const ok = result["2xx"];
  console.log(
    `${name}: ${(ok / DURATION_S).toFixed(0)} receipts/s (2xx ${ok}, non-2xx ${result.non2xx}, errors ${result.errors}), ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  );
};

await benchEngine("sqlite", join(mkdtempSync(join(tmpdir(), "kelisim-bench-")), "receipts.sqlite"));
const postgres = startTestPostgres();
if (postgres) {
  try {
    await benchEngine("postgres", postgres.url);
  } finally {
    postgres.stop();
  }
} else console.log("postgres: skipped (PostgreSQL not installed)");
