// Group commit: receipts arriving within a few milliseconds are written in one transaction, so one
// disk flush (SQLite fsync, PostgreSQL WAL flush) serves many requests. Each request's promise settles
// only after its batch has committed, so a 2xx answer still means "on disk". Up to `maxInFlight`
// batches are written at once (1 for SQLite, which has one writer; PostgreSQL takes several);
// receipts arriving meanwhile form the next batch.
import type { ConsentReceipt } from "../shared/consent/record.ts";
import type { InsertOutcome, PendingReceipt } from "./store.ts";

export interface GroupCommitOptions {
  /** How long the first receipt of a batch waits for others (ms). */
  waitMs?: number;
  maxBatch?: number;
  maxInFlight?: number;
}

interface Waiting extends PendingReceipt {
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

export const groupCommit = (
  writeBatch: (batch: PendingReceipt[]) => Promise<InsertOutcome[]>,
  { waitMs = 2, maxBatch = 500, maxInFlight = 1 }: GroupCommitOptions = {},
) => {
  let queue: Waiting[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = 0;

  const flush = async () => {
    timer = null;
    if (inFlight >= maxInFlight || !queue.length) return;
    inFlight++;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    try {
      const outcomes = await writeBatch(batch);
      for (const [i, item] of batch.entries()) item.resolve(outcomes[i] as InsertOutcome);
    } catch (error) {
      // One receipt the database refuses must not fail the others that shared its transaction:
      // each is written again on its own, and only those that still fail are refused.
      if (batch.length === 1) (batch[0] as Waiting).reject(error);
      else
        for (const item of batch)
          await writeBatch([item]).then(
            ([outcome]) => item.resolve(outcome as InsertOutcome),
            (alone: unknown) => item.reject(alone),
          );
    } finally {
      inFlight--;
      // What arrived during the write is a batch already: write it now.
      if (queue.length) void flush();
    }
  };

  return {
    submit: (receipt: ConsentReceipt, receivedAt: string): Promise<InsertOutcome> =>
      new Promise((resolve, reject) => {
        queue.push({ receipt, receivedAt, resolve, reject });
        if (queue.length >= maxBatch) void flush();
        else if (inFlight < maxInFlight && !timer) timer = setTimeout(flush, waitMs);
      }),
  };
};
