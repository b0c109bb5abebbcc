// What the extension pages (popup, options) use to talk to the background: the browser's own runtime,
// so the popup's UI does not wait for webextension-polyfill to load.
import { type MessageName, type PayloadOf, type ResultOf, sendToBackground } from "../messages.ts";
import { nativeApi } from "../native-runtime.ts";

export function callBackground<K extends MessageName>(name: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  return sendToBackground(nativeApi().runtime, name, payload);
}
