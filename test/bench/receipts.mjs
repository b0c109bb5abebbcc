// npm run bench:receipts — the receipts service (#14) on loopback, SQLite then PostgreSQL (a throwaway
// cluster with fsync on, as in production; skipped when PostgreSQL is not installed):
//  1. throughput: receipts/s and p50/p99 latency of POST /receipts, bounded in count (BENCH_RECEIPTS,
//     default 20,000 per engine) and time (autocannon stops after BENCH_SECONDS, default 60);
//  2. the kill test: SIGKILL in the middle of a load run, restart, widget-like retries; every 2xx
//     receipt stored, none duplicated (test/support/receipts-kill-run.ts, also a vitest test).
// The service runs as `kelisim receipts serve` in its own process (rebuilt first), the load generator
// in this one, so the two do not share an event loop.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { runnerImport } from "vite";

const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const root = new URL("../..", import.meta.url).pathname;
const load = async (file) =>
  (await runnerImport(new URL(file, import.meta.url).pathname, { configFile: false })).module;

execFileSync(
  process.execPath,
  [
    join(root, "node_modules/vite/bin/vite.js"),
    "build",
    "-c",
    "server/vite.server.ts",
    "--logLevel",
    "error",
  ],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const { startReceiptsService } = await load("../support/receipts-service.ts");
const { killRun, loadReceipt, uploadLoadManifest, LOAD_ORIGIN } = await load(
  "../support/receipts-kill-run.ts",
);
const { startTestPostgres } = await load("../support/postgres.ts");

// CPU time of a process in ms (Linux /proc; utime + stime in clock ticks of 10 ms), or NaN elsewhere.
// On a shared machine receipts/s measure the contention too; the service's CPU per receipt does not.
const cpuMs = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
};

const throughput = async (name, db) => {
  const service = await startReceiptsService({ db, origins: [LOAD_ORIGIN], rateLimit: 0 });
  try {
    const hash = await uploadLoadManifest(service.url);
    const cpuBefore = cpuMs(service.child.pid);
    const started = performance.now();
    const result = await autocannon({
      url: `${service.url}/receipts`,
      method: "POST",
      connections: CONNECTIONS,
      amount: RECEIPTS,
      duration: MAX_SECONDS,
      headers: { origin: LOAD_ORIGIN, "content-type": "application/json" },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(loadReceipt(hash)) }) }],
    });
    const seconds = (performance.now() - started) / 1000;
    const ok = result["2xx"];
    const cpuPerReceipt = (cpuMs(service.child.pid) - cpuBefore) / ok;
    console.log(
      `${name}: ${(ok / seconds).toFixed(0)} receipts/s (${ok} 2xx in ${seconds.toFixed(1)} s, non-2xx ${result.non2xx}, ` +
        `errors ${result.errors}, ${CONNECTIONS} connections), latency p50 ${result.latency.p50} ms, ` +
        `p99 ${result.latency.p99} ms, max ${result.latency.max} ms; service CPU ${(cpuPerReceipt * 1000).toFixed(0)} µs/receipt ` +
        `(${(1000 / cpuPerReceipt).toFixed(0)} receipts/s per free core, database not counted)` +
        (result.non2xx ? `; statuses ${JSON.stringify(result.statusCodeStats)}` : ""),
    );
  } finally {
    await service.stop();
  }
};

const kill = async (name, db) => {
  const result = await killRun({ db, total: 5000, killAfter: 1000 });
  const verdict =
    result.lostAfter2xx === 0 && result.duplicateRows === 0 && result.rowsInDatabase === result.total;
  console.log(`${name} kill: ${verdict ? "ok" : "FAILED"} ${JSON.stringify(result)}`);
  if (!verdict) process.exitCode = 1;
};

const sqlite = () => join(mkdtempSync(join(tmpdir(), "kelisim-bench-")), "receipts.sqlite");
await throughput("sqlite", sqlite());
await kill("sqlite", sqlite());
const postgres = startTestPostgres({ durable: true });
if (postgres) {
  try {
    await throughput("postgres", postgres.url);
    await kill("postgres", postgres.url);
  } finally {
    postgres.stop();
  }
} else console.log("postgres: skipped (PostgreSQL not installed)");
