// Tells other open tabs of the site about a new choice at once. The message carries the receipt
// itself, so tabs stay in sync even when IndexedDB is unavailable, and the sequence number it was
// stored under, by which every tab orders racing choices the way the store did. BroadcastChannel where it exists;
// otherwise a localStorage write, which fires `storage` events in the other tabs.
import { checkRecord } from "../../shared/consent/check-record.ts";
import type { ConsentRecord } from "../../shared/consent/record.ts";
import { env } from "./env.ts";

export const SYNC_CHANNEL = "kelisim";
export const SYNC_STORAGE_KEY = "kelisim:sync";

export interface TabSync {
  post(record: ConsentRecord, sequence: number): void;
  close(): void;
}

interface SyncMessage {
  record: ConsentRecord;
  sequence: number;
}

export function createTabSync(onRecord: (record: ConsentRecord, sequence: number) => void): TabSync {
  const receive = (data: unknown) => {
    const message = data as Partial<SyncMessage> | null;
    if (typeof message?.sequence === "number" && checkRecord(message.record) === "ok")
      onRecord(message.record as ConsentRecord, message.sequence);
  };
  if (typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (event: MessageEvent) => receive(event.data);
    return {
      post: (record, sequence) => channel.postMessage({ record, sequence } satisfies SyncMessage),
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
    post(record, sequence) {
      try {
        // Set then remove: other tabs get the event, and nothing lingers in localStorage.
        localStorage.setItem(SYNC_STORAGE_KEY, env.stringify({ record, sequence } satisfies SyncMessage));
        localStorage.removeItem(SYNC_STORAGE_KEY);
      } catch {
        // localStorage blocked too: other tabs pick the choice up on their next page view.
      }
    },
    close: () => removeEventListener("storage", onStorage),
  };
}
