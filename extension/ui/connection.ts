// What the extension pages (popup, options) use to talk to the background and read storage.
import { browser } from "../browser.ts";
import { type MessageName, type PayloadOf, type ResultOf, sendToBackground } from "../messages.ts";

export function callBackground<K extends MessageName>(name: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  return sendToBackground(browser.runtime, name, payload);
}

/** Subscribes to one storage.session key (the background writes reports there); returns unsubscribe. */
export function watchSessionKey(key: string, onValue: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "session" && key in changes) onValue(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
