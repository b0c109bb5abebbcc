// What goes wrong around the receipts service: a receipt the database refuses inside a batch, the
// database itself failing, a clean stop by the service manager, and command-line values that must be
// refused rather than read as NaN, 0 or a negative number.
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildService } from "../../../server/app.ts";
import { run } from "../../../server/cli.ts";
import { groupCommit } from "../../../server/group-commit.ts";
import { openStore, type PendingReceipt, type ReceiptStore } from "../../../server/store.ts";
import type { ConsentReceipt } from "../../../shared/consent/record.ts";
import { testReceipt } from "../../support/receipt-fixture.ts";
import { startReceiptsService } from "../../support/receipts-service.ts";

const ORIGIN = "https://school.kz";
const HASH = "a".repeat(64);

afterEach(() => vi.restoreAllMocks());

describe("group commit", () => {
  it("a receipt its batch's transaction fails on fails alone; the others are stored", async () => {
    const written: string[] = [];
    const commit = groupCommit(async (batch: PendingReceipt[]) => {
      // As a database does: one bad row rolls the whole transaction back.
      if (batch.some(({ receipt }) => receipt.method === "withdraw")) throw new Error("refused row");
      written.push(...batch.map(({ receipt }) => receipt.receiptId));
      return batch.map(() => "stored" as const);
    });
    const receipts = ["accept-all", "reject-all", "withdraw", "custom"].map(
      (method) => testReceipt(ORIGIN, HASH, { method }) as unknown as ConsentReceipt,
    );
    const outcomes = await Promise.allSettled(receipts.map((receipt) => commit.submit(receipt, "")));
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    expect(written.sort()).toEqual(
      [receipts[0], receipts[1], receipts[3]].map((receipt) => receipt?.receiptId).sort(),
    );
  });
});

describe("the database failing", () => {
  it("answers 500 without the error's text and logs one line for the operator, without the address", async () => {
    const failing = {
      engine: "postgres",
      hasManifest: async () => true,
      insertReceipts: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:55432");
      },
    } as unknown as ReceiptStore;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const app = buildService({ store: failing, origins: [ORIGIN], manifestRefetchMs: 1e12 });
    const response = await app.inject({
      method: "POST",
      url: "/receipts",
      remoteAddress: "203.0.113.77",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      payload: JSON.stringify(testReceipt(ORIGIN, HASH)),
    });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: "internal-error" });
    expect(response.body).not.toContain("ECONNREFUSED");
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]?.[0]);
    expect(line).toContain("POST /receipts failed: connect ECONNREFUSED");
    expect(line).not.toContain("203.0.113.77");
  });
});

describe("kelisim receipts (command line)", () => {
  const runCli = async (...argv: string[]) => {
    const err: string[] = [];
    const out: string[] = [];
    const code = await run(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const db = () => join(mkdtempSync(join(tmpdir(), "kelisim-cli-")), "receipts.sqlite");

  it.each([
    [
      ["purge", "--db", "x.sqlite", "--years", "-1"],
      '--years must be a whole number from 0 to 100, not "-1"',
    ],
    [
      ["purge", "--db", "x.sqlite", "--years", "abc"],
      '--years must be a whole number from 0 to 100, not "abc"',
    ],
    [["purge", "--db", "x.sqlite", "--year", "3"], "unknown option for purge: --year"],
    [
      ["serve", "--db", "x.sqlite", "--origin", "school.kz"],
      '--origin must be a site\'s origin such as https://school.kz, not "school.kz"',
    ],
    [
      ["serve", "--db", "x.sqlite", "--origin", "https://school.kz/news"],
      '--origin must be a site\'s origin such as https://school.kz, not "https://school.kz/news"',
    ],
    [
      ["serve", "--db", "x.sqlite", "--origin", ORIGIN, "--rate-limit", "abc"],
      "--rate-limit must be a whole number",
    ],
    [
      ["serve", "--db", "x.sqlite", "--origin", ORIGIN, "--port", "99999"],
      "--port must be a whole number from 0 to 65535",
    ],
    [["serve", "--origin", ORIGIN], "--db is required"],
    [["frobnicate", "--db", "x.sqlite"], "unknown command: frobnicate"],
  ])("%j is refused with exit 2 and says why", async (argv, message) => {
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`kelisim receipts: ${message}`);
    expect(result.err).toContain("usage:");
  });

  it("purge --years 0 and the default run", async () => {
    const file = db();
    expect(await runCli("purge", "--db", file, "--years", "0")).toMatchObject({ code: 0 });
    expect((await runCli("purge", "--db", file)).out).toContain("+ 3 years");
  });

  it("serve stops cleanly on SIGTERM: exit code 0", async () => {
    // Port 1 refuses at once: the manifest fetch says "not reachable" without waiting for DNS.
    const service = await startReceiptsService({
      db: db(),
      origins: ["http://127.0.0.1:1"],
      fromSource: true,
    });
    await service.stop("SIGTERM");
    expect(service.child.exitCode).toBe(0);
  }, 60_000);
});

describe("what a security reviewer checks", () => {
  const openService = async () => {
    const dir = mkdtempSync(join(tmpdir(), "kelisim-sec-"));
    const file = join(dir, "receipts.sqlite");
    const store = await openStore(file);
    await store.migrate();
    const app = buildService({
      store,
      origins: [ORIGIN],
      adminToken: "right-token",
      manifestRefetchMs: 1e12,
    });
    return { app, store, file };
  };

  it("a new SQLite database (and its WAL) is readable by the service's user only", async () => {
    const { app, store, file } = await openService();
    await app.inject({ method: "POST", url: "/receipts", headers: { origin: ORIGIN }, payload: {} });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    if (existsSync(`${file}-wal`)) expect(statSync(`${file}-wal`).mode & 0o077).toBe(0);
    await app.close();
    await store.close();
  });

  it("answers carry nosniff, no-store and no-referrer; admin tokens cannot be guessed at speed", async () => {
    const { app, store } = await openService();
    const post = await app.inject({ method: "OPTIONS", url: "/receipts", headers: { origin: ORIGIN } });
    const wrong = (n: number) =>
      app.inject({
        url: "/admin/receipts/x",
        remoteAddress: "203.0.113.9",
        headers: { authorization: `Bearer guess-${n}` },
      });
    for (const response of [post, await wrong(0)])
      expect(response.headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
      });
    const statuses = [];
    for (let n = 1; n <= 11; n++) statuses.push((await wrong(n)).statusCode);
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses.at(-1)).toBe(429);
    // The right token still works from that address, and another address is not held back.
    const right = await app.inject({
      url: "/admin/receipts/00000000-0000-4000-8000-000000000000",
      remoteAddress: "203.0.113.9",
      headers: { authorization: "Bearer right-token" },
    });
    expect(right.statusCode).toBe(404);
    const other = await app.inject({
      url: "/admin/receipts/x",
      remoteAddress: "198.51.100.1",
      headers: { authorization: "Bearer guess" },
    });
    expect(other.statusCode).toBe(401);
    await app.close();
    await store.close();
  });
});
