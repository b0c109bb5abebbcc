// What the extension pages (popup, options) use to talk to the background.
import { browser } from "../browser.ts";
import { type MessageName, type PayloadOf, type ResultOf, sendToBackground } from "../messages.ts";

export function callBackground<K extends MessageName>(name: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  return sendToBackground(browser.runtime, name, payload);
}
