// #14 bad input over real sockets: slow clients (slowloris headers, a trickled body) get 408, an
// oversize declared body 413, too many POSTs from one address 429 (counted in memory only), a replayed
// id with other content 409 — nothing of it is stored and the service keeps answering.
import { mkdtempSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildService } from "../../../server/app.ts";
import { openStore, type ReceiptStore } from "../../../server/store.ts";
import { testReceipt } from "../../support/receipt-fixture.ts";

const ORIGIN = "https://school.kz";
const TOKEN = "abuse-token";
const MANIFEST_TEXT = readFileSync(
  new URL("../../fixtures/manifests/valid/minimal.json", import.meta.url),
  "utf8",
);
const REQUEST_TIMEOUT_MS = 800;

const receiptFor = (hash: string, overrides: Record<string, unknown> = {}) =>
  testReceipt(ORIGIN, hash, {
    summary: { categories: [], dataCategories: [], recipients: [], technologies: [], transfers: [] },
    ...overrides,
  });

/** Writes `chunks` to a raw TCP connection, `gapMs` apart; resolves with what the server sent back. */
const rawRequest = (port: number, chunks: string[], gapMs: number): Promise<{ text: string; ms: number }> =>
  new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let timer: ReturnType<typeof setTimeout> | null = null;
    socket.on("data", (data) => (text += data.toString()));
    socket.on("error", () => {});
    socket.on("close", () => {
      if (timer) clearTimeout(timer);
      resolve({ text, ms: Date.now() - started });
    });
    const send = (i: number) => {
      if (i >= chunks.length || socket.destroyed) return;
      socket.write(chunks[i] ?? "");
      timer = setTimeout(() => send(i + 1), gapMs);
    };
    send(0);
  });

describe("receipts service under abuse (SQLite, real sockets)", () => {
  let store: ReceiptStore;
  let app: ReturnType<typeof buildService>;
  let url: string;
  let port: number;
  let hash: string;

  const count = async () =>
    (await store.byOriginAndPeriod(ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z")).length;
  const post = (body: unknown) =>
    fetch(`${url}/receipts`, {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const stillServes = async () => expect((await post(receiptFor(hash))).status).toBe(201);

  beforeAll(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), "kelisim-abuse-")), "receipts.sqlite"));
    await store.migrate();
    app = buildService({
      store,
      origins: [ORIGIN],
      adminToken: TOKEN,
      manifestRefetchMs: 1e12,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      rateLimitPerMinute: 40,
    });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    port = Number(new URL(url).port);
    const upload = await fetch(`${url}/admin/manifests?origin=${encodeURIComponent(ORIGIN)}`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: MANIFEST_TEXT,
    });
    hash = ((await upload.json()) as { hash: string }).hash;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("slowloris: headers a byte at a time get 408 within the request timeout; nothing stored", async () => {
    const before = await count();
    const head = `POST /receipts HTTP/1.1\r\nHost: x\r\nOrigin: ${ORIGIN}\r\nContent-Type: application/json\r\n`;
    const { text, ms } = await rawRequest(port, head.split(""), 100);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 2500);
    expect(await count()).toBe(before);
    await stillServes();
  });

  it("a body trickled in small pieces gets 408; nothing stored", async () => {
    const before = await count();
    const body = JSON.stringify(receiptFor(hash));
    const head = `POST /receipts HTTP/1.1\r\nHost: x\r\nOrigin: ${ORIGIN}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    const pieces = [head, ...(body.match(/.{1,20}/gs) ?? [])];
    const { text } = await rawRequest(port, pieces, 150);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(await count()).toBe(before);
    await stillServes();
  });

  it("a declared oversize body is refused with 413 before it is read; malformed JSON with 400", async () => {
    const before = await count();
    const { text } = await rawRequest(
      port,
      [
        `POST /receipts HTTP/1.1\r\nHost: x\r\nOrigin: ${ORIGIN}\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n{`,
      ],
      10,
    );
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    const malformed = await fetch(`${url}/receipts`, {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      body: '{"receiptId": ',
    });
    expect(malformed.status).toBe(400);
    expect(await count()).toBe(before);
    await stillServes();
  });

  it("the same receipt id with other content is 409 and the stored receipt is unchanged", async () => {
    const receipt = receiptFor(hash);
    expect((await post(receipt)).status).toBe(201);
    const forged = await post({ ...receipt, choices: { analytics: false }, method: "reject-all" });
    expect(forged.status).toBe(409);
    expect(((await forged.json()) as { error: string }).error).toBe("receipt-id-taken");
    expect((await store.byId(receipt.receiptId))?.receipt).toEqual(receipt);
    expect((await post(receipt)).status).toBe(200);
  });

  it("one address over its per-minute budget gets 429 and stores nothing more; the limit lives in memory", async () => {
    // Earlier tests in this file used part of the budget of 40: spend the rest, then go over.
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await post(receiptFor(hash))).status);
    expect(statuses.at(-1)).toBe(429);
    const refused = statuses.filter((status) => status === 429).length;
    expect(refused).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 201).length).toBe(45 - refused);
    const before = await count();
    const over = await post(receiptFor(hash));
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe("60");
    expect(await count()).toBe(before);
    // Another address is not affected (counted per address).
    const other = await app.inject({
      method: "POST",
      url: "/receipts",
      remoteAddress: "203.0.113.5",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      payload: JSON.stringify(receiptFor(hash)),
    });
    expect(other.statusCode).toBe(201);
  });
});
