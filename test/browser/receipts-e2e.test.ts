// End to end (#14): the built widget on a fixture school site whose `data-receipts` points at the
// running receipts service (`kelisim receipts serve`, SQLite and PostgreSQL). Accept, change, withdraw
// → three receipts in the database with the hash of the manifest the site publishes; the admin
// export shows them with that manifest's text; with the service down the widget keeps the receipt
// and delivers it on the next page view.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore, type ReceiptStore } from "../../server/store.ts";
import { manifestHash } from "../../shared/manifest/hash.ts";
import { startTestPostgres, type TestPostgres } from "../support/postgres.ts";
import { ADMIN_TOKEN, type RunningService, startReceiptsService } from "../support/receipts-service.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { BANNER, FAB, type Harness, newPage, PREFS, startHarness } from "./ui-support.ts";

const MANIFEST_TEXT = readFileSync(join(REPO_ROOT, "test/fixtures/pages/ui/manifest.json"), "utf8");
const LONG_AGO = "2000-01-01T00:00:00.000Z";
const FAR_AHEAD = "2100-01-01T00:00:00.000Z";

const sitePage = (receiptsUrl: string) => `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>№ 7 мектеп</title>
<script src="/dist/widget/kelisim.js" data-receipts="${receiptsUrl}" defer></script>
</head><body><h1>№ 7 мектеп</h1></body></html>`;

let postgresServer: TestPostgres | null = null;
try {
  postgresServer = startTestPostgres();
} catch (error) {
  console.warn(`PostgreSQL could not start: ${String(error)}`);
}
if (!postgresServer) console.warn("PostgreSQL is not available: the postgres end-to-end test is skipped");
afterAll(() => postgresServer?.stop());

const engines = [
  { name: "sqlite", db: () => join(mkdtempSync(join(tmpdir(), "kelisim-e2e-")), "receipts.sqlite") },
  ...(postgresServer ? [{ name: "postgres", db: () => postgresServer?.url ?? "" }] : []),
];

describe.each(engines)("widget → receipts service on $name", ({ db }) => {
  let harness: Harness;
  let service: RunningService;
  let store: ReceiptStore;
  let origin: string;
  let dbUrl: string;
  let expectedHash: string;

  beforeAll(async () => {
    harness = await startHarness();
    origin = harness.server.origin;
    // The service fetches the site's published manifest at start-up: the exact text the widget hashes.
    harness.server.route("/.well-known/privacy-manifest.json", {
      body: MANIFEST_TEXT,
      headers: { "content-type": "application/json" },
    });
    dbUrl = db();
    service = await startReceiptsService({ db: dbUrl, origins: [origin] });
    expect(service.output()).toContain(`manifest of ${origin}: `);
    harness.server.route("/site.html", {
      body: sitePage(`${service.url}/receipts`),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    store = await openStore(dbUrl);
    expectedHash = await manifestHash(JSON.parse(MANIFEST_TEXT));
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    await store?.close();
    await harness?.close();
  });

  const stored = async () =>
    (await store.byOriginAndPeriod(origin, LONG_AGO, FAR_AHEAD)).map((r) => r.receipt);
  const currentId = (page: Page) =>
    page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the public JS API
      const api = (window as any).Kelisim;
      await api.ready;
      return api.getConsent().record?.receiptId as string;
    });
  const waitStored = (ids: string[]) =>
    expect
      .poll(async () => (await stored()).map((r) => r.receiptId).sort(), { timeout: 15_000 })
      .toEqual([...ids].sort());

  test("accept, change, withdraw: three receipts with the site's manifest hash; the export has its text; service down → delivered on the next page view", async () => {
    const { context, page } = await newPage(harness);
    const ids: string[] = [];
    await page.goto(`${origin}/site.html`);

    // 1. Accept everything from the banner.
    await page.locator(`${BANNER} [data-action="accept-all"]`).click();
    await page.locator(BANNER).waitFor({ state: "detached" });
    ids.push(await currentId(page));
    await waitStored(ids);

    // 2. Change: switch one category off in the preferences and save.
    await page.locator(FAB).click();
    await page.locator(`${PREFS} input[role="switch"]:not([disabled])`).first().uncheck();
    await page.locator(`${PREFS} [data-action="save"]`).click();
    await page.locator(PREFS).waitFor({ state: "detached" });
    ids.push(await currentId(page));
    await waitStored(ids);

    // 3. Withdraw, as the site's own "withdraw consent" control does.
    await page.evaluate(() =>
      (window as unknown as { Kelisim: { withdraw(): Promise<void> } }).Kelisim.withdraw(),
    );
    ids.push(await currentId(page));
    await waitStored(ids);

    const receipts = await stored();
    expect(new Set(ids).size).toBe(3);
    expect(receipts.map((r) => r.method).sort()).toEqual(["accept-all", "custom", "withdraw"]);
    for (const receipt of receipts) {
      expect(receipt.manifestHash).toBe(expectedHash);
      expect(receipt.origin).toBe(origin);
    }
    // Withdrawn: only the categories the manifest marks required stay on.
    const withdrawn = receipts.find((r) => r.method === "withdraw")?.choices ?? {};
    const required = (JSON.parse(MANIFEST_TEXT).consent.categories as { id: string; required?: boolean }[])
      .filter((category) => category.required)
      .map((category) => category.id);
    expect(Object.keys(withdrawn).filter((id) => withdrawn[id])).toEqual(required);
    expect(Object.keys(withdrawn).length).toBeGreaterThan(required.length);

    // The audit export: the three receipts, each with the exact manifest text it agreed to; and by id.
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const period = `origin=${encodeURIComponent(origin)}&from=${LONG_AGO}&to=${FAR_AHEAD}`;
    const exported = (await (
      await fetch(`${service.url}/admin/receipts?${period}`, { headers: auth })
    ).json()) as {
      receipts: { receiptId: string; manifestHash: string }[];
      manifests: Record<string, string>;
    };
    expect(exported.receipts.map((r) => r.receiptId).sort()).toEqual([...ids].sort());
    expect(exported.manifests).toEqual({ [expectedHash]: MANIFEST_TEXT });
    const csv = await (
      await fetch(`${service.url}/admin/receipts?${period}&format=csv`, { headers: auth })
    ).text();
    for (const id of ids) expect(csv).toContain(id);
    const one = (await (
      await fetch(`${service.url}/admin/receipts/${ids[0]}`, { headers: auth })
    ).json()) as {
      receipts: { receiptId: string }[];
      manifests: Record<string, string>;
    };
    expect(one.receipts.map((r) => r.receiptId)).toEqual([ids[0]]);
    expect(one.manifests[expectedHash]).toBe(MANIFEST_TEXT);

    // 4. The service goes down; the visitor changes their mind: the POST fails, the widget keeps it.
    const port = service.port;
    await service.stop();
    await page.locator(FAB).click();
    await page.locator(`${PREFS} input[role="switch"]:not([disabled])`).first().check();
    await page.locator(`${PREFS} [data-action="save"]`).click();
    await page.locator(PREFS).waitFor({ state: "detached" });
    const offline = await currentId(page);
    expect(ids).not.toContain(offline);
    const queued = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open("kelisim");
            open.onsuccess = () => {
              const request = open.result.transaction("outbox").objectStore("outbox").count();
              request.onsuccess = () => resolve(request.result);
            };
          }),
      );
    await expect.poll(queued).toBe(1);

    // Back up on the same address: nothing arrives by itself (the widget sends on a page view) …
    service = await startReceiptsService({ db: dbUrl, origins: [origin], port });
    await page.waitForTimeout(500);
    expect((await stored()).map((r) => r.receiptId)).not.toContain(offline);
    // … and the next page view delivers it, once, and empties the outbox.
    await page.goto(`${origin}/site.html`);
    await waitStored([...ids, offline]);
    await expect.poll(queued).toBe(0);
    await page.reload();
    await page.waitForTimeout(500);
    expect((await stored()).length).toBe(4);
    await context.close();
  }, 120_000);
});
