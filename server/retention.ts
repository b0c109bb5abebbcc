// Retention: a receipt is proof for as long as a complaint or an audit about it can come. Consent
// ends at `expires` (its lifetime, or a withdrawal's later receipt); the 3 years after that follow
// the general limitation period for civil claims in Kazakhstan (Civil Code art. 178), so a receipt
// is kept until its consent expired + 3 years, then `kelisim receipts purge` (cron) deletes it.
import type { ReceiptStore } from "./store.ts";

export const RETENTION_AFTER_EXPIRY_YEARS = 3;

export const purgeExpired = async (store: ReceiptStore, years: number, now = new Date()): Promise<number> => {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return store.purgeExpiredBefore(cutoff.toISOString());
};
