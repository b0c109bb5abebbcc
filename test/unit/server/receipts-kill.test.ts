// #14: SIGKILL in the middle of a load run (bounded by count: 1,500 receipts, killed after 300 got a
// 2xx). Afterwards every receipt that got a 2xx is in the database, none is there twice after the
// widget-like retries, and a resent receipt is a 200 duplicate. Both engines; PostgreSQL skips when absent.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../support/postgres.ts";
import { killRun } from "../../support/receipts-kill-run.ts";

let postgresServer: TestPostgres | null = null;
try {
  postgresServer = startTestPostgres();
} catch (error) {
  console.warn(`PostgreSQL could not start: ${String(error)}`);
}
if (!postgresServer) console.warn("PostgreSQL is not available: the postgres kill test is skipped");
afterAll(() => postgresServer?.stop());

const engines = [
  { name: "sqlite", db: () => join(mkdtempSync(join(tmpdir(), "kelisim-kill-")), "receipts.sqlite") },
  ...(postgresServer ? [{ name: "postgres", db: () => postgresServer?.url ?? "" }] : []),
];

describe.each(engines)("SIGKILL under load on $name", ({ db }) => {
  test("every 2xx receipt is stored, none twice, replays answer 200", async () => {
    const total = 1500;
    const result = await killRun({ db: db(), total, killAfter: 300, fromSource: true });
    console.log(`kill run: ${JSON.stringify(result)}`);
    expect(result.acceptedBeforeKill).toBeGreaterThanOrEqual(300);
    // The kill really interrupted the run: receipts were left without an answer.
    expect(result.unansweredAtKill).toBeGreaterThan(0);
    expect(result.lostAfter2xx).toBe(0);
    expect(result.duplicateRows).toBe(0);
    expect(result.rowsInDatabase).toBe(total);
    expect(result.replayStatuses).toEqual({ 200: result.acceptedBeforeKill });
  }, 180_000);
});
