// The kill test of #14, shared by test/unit/server/receipts-kill.test.ts and npm run bench:receipts:
// a load of `total` receipts on the running service (a child process); after `killAfter` of them got
// a 2xx, SIGKILL. The service comes back on the same database and the clients do what the widget
// does: send again every receipt that got no 2xx (until it gets one), and — as a lost answer would
// make it — the ones that did. Bounded by count, not time.
import { openStore } from "../../server/store.ts";
import { testReceipt } from "./receipt-fixture.ts";
import { ADMIN_TOKEN, startReceiptsService } from "./receipts-service.ts";

export const LOAD_ORIGIN = "https://school.kz";

export const loadReceipt = (hash: string, receiptId = crypto.randomUUID()) =>
  testReceipt(LOAD_ORIGIN, hash, {
    receiptId,
    manifestVersion: "1",
    expires: new Date(Date.now() + 3e10).toISOString(),
    widgetVersion: "load",
  });

/** Uploads a manifest for LOAD_ORIGIN and returns its hash. */
export const uploadLoadManifest = async (serviceUrl: string): Promise<string> => {
  const response = await fetch(`${serviceUrl}/admin/manifests?origin=${encodeURIComponent(LOAD_ORIGIN)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ load: "manifest" }),
  });
  if (response.status !== 201) throw new Error(`manifest upload: ${response.status}`);
  return ((await response.json()) as { hash: string }).hash;
};

const post = async (url: string, body: string): Promise<number> => {
  try {
    const response = await fetch(`${url}/receipts`, {
      method: "POST",
      headers: { origin: LOAD_ORIGIN, "content-type": "application/json" },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // connection refused or reset: the service is down
  }
};

export interface KillRunResult {
  total: number;
  /** 2xx answers before the kill. */
  acceptedBeforeKill: number;
  /** Receipts without a 2xx at the kill (in flight, refused or not sent yet): resent after the restart. */
  unansweredAtKill: number;
  /** Receipts with a 2xx that are not in the database afterwards (must be 0). */
  lostAfter2xx: number;
  /** Database rows whose receipt id occurs more than once (must be 0). */
  duplicateRows: number;
  /** Rows of this run's receipts (must be `total`). */
  rowsInDatabase: number;
  /** Statuses of resending receipts that had a 2xx before the kill (all must be 200). */
  replayStatuses: Record<string, number>;
}

export async function killRun(options: {
  db: string;
  total: number;
  killAfter: number;
  connections?: number;
  fromSource?: boolean;
}): Promise<KillRunResult> {
  const { db, total, killAfter, connections = 16, fromSource } = options;
  let service = await startReceiptsService({ db, origins: [LOAD_ORIGIN], rateLimit: 0, fromSource });
  const hash = await uploadLoadManifest(service.url);
  const bodies = Array.from({ length: total }, () => loadReceipt(hash));
  const ok = new Set<string>();
  let next = 0;
  let killed: Promise<void> | null = null;
  const worker = async () => {
    while (next < total && !killed) {
      const receipt = bodies[next++];
      if (!receipt) break;
      const status = await post(service.url, JSON.stringify(receipt));
      if (status >= 200 && status < 300) ok.add(receipt.receiptId);
      if (ok.size >= killAfter && !killed) killed = service.stop("SIGKILL");
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await killed;
  const acceptedBeforeKill = ok.size;
  const port = service.port;

  service = await startReceiptsService({ db, origins: [LOAD_ORIGIN], port, rateLimit: 0, fromSource });
  try {
    // The widget's outbox: everything without a 2xx is sent again until accepted.
    const pending = bodies.filter((receipt) => !ok.has(receipt.receiptId));
    const unansweredAtKill = pending.length;
    for (let attempt = 0; attempt < 5 && pending.length; attempt++) {
      const answered = await Promise.all(pending.map((r) => post(service.url, JSON.stringify(r))));
      for (let i = pending.length - 1; i >= 0; i--)
        if ((answered[i] ?? 0) >= 200 && (answered[i] ?? 0) < 300) pending.splice(i, 1);
    }
    if (pending.length) throw new Error(`${pending.length} receipts never accepted after the restart`);
    const replayStatuses: Record<string, number> = {};
    for (const receipt of bodies.filter((r) => ok.has(r.receiptId))) {
      const status = await post(service.url, JSON.stringify(receipt));
      replayStatuses[status] = (replayStatuses[status] ?? 0) + 1;
    }
    const store = await openStore(db);
    try {
      const rows = await store.byOriginAndPeriod(LOAD_ORIGIN, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z");
      // Only this run's receipts: a benchmark may have used the same database before.
      const ours = new Set<string>(bodies.map((receipt) => receipt.receiptId));
      const seen = new Map<string, number>();
      for (const row of rows.filter((r) => ours.has(r.receipt.receiptId)))
        seen.set(row.receipt.receiptId, (seen.get(row.receipt.receiptId) ?? 0) + 1);
      return {
        total,
        acceptedBeforeKill,
        unansweredAtKill,
        lostAfter2xx: [...ok].filter((id) => !seen.has(id)).length,
        duplicateRows: [...seen.values()].filter((count) => count > 1).length,
        rowsInDatabase: [...seen.values()].reduce((sum, count) => sum + count, 0),
        replayStatuses,
      };
    } finally {
      await store.close();
    }
  } finally {
    await service.stop();
  }
}
