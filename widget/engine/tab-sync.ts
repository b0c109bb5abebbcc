// Tells other open tabs of the site about a new choice at once. The message carries the receipt
// itself, so tabs stay in sync even when IndexedDB is unavailable. BroadcastChannel where it exists;
// otherwise a localStorage write, which fires `storage` events in the other tabs.
import { checkRecord } from "../../shared/consent/check-record.ts";
import type { ConsentRecord } from "../../shared/consent/record.ts";
import { env } from "./env.ts";

export const SYNC_CHANNEL = "kelisim";
export const SYNC_STORAGE_KEY = "kelisim:sync";

export interface TabSync {
  post(record: ConsentRecord): void;
  close(): void;
}

export function createTabSync(onRecord: (record: ConsentRecord) => void): TabSync {
  const receive = (data: unknown) => {
    if (checkRecord(data) === "ok") onRecord(data as ConsentRecord);
  };
  if (typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (event: MessageEvent) => receive(event.data);
    return {
      post: (record) => channel.postMessage(record),
      close: () => channel.close(),
    };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SYNC_STORAGE_KEY || !event.newValue) return;
    try {
      receive(env.parseJson(event.newValue));
    } catch {
      // Not ours or truncated: ignore.
    }
  };
  addEventListener("storage", onStorage);
  return {
    post(record) {
      try {
        // Set then remove: other tabs get the event, and nothing lingers in localStorage.
        localStorage.setItem(SYNC_STORAGE_KEY, env.stringify(record));
        localStorage.removeItem(SYNC_STORAGE_KEY);
      } catch {
        // localStorage blocked too: other tabs pick the choice up on their next page view.
      }
    },
    close: () => removeEventListener("storage", onStorage),
  };
}
