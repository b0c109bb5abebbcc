// The browser's own promise-based extension API, for the places where every millisecond shows: the
// content script (evaluated in each inspected page) and the extension pages' calls to the background
// (the popup starts the inspection before its UI has loaded, and its UI renders the report). Chrome MV3
// and Firefox both return promises from these calls, so none of them needs webextension-polyfill
// (90 KB parsed before the popup could render; browser.ts stays its one import, for the background and
// the options page's permission requests).
import type { StorageArea } from "./background/platform.ts";
import type { Transport } from "./messages.ts";

type StorageChanges = Record<string, { newValue?: unknown }>;

export interface NativeApi {
  runtime: Transport & { getURL(path: string): string };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: {
    local: StorageArea;
    onChanged: { addListener(listener: (changes: StorageChanges, area: string) => void): void };
  };
}

const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };

/** Firefox's `browser` (promises), else Chrome's `chrome` (promises in MV3). */
export const nativeApi = (): NativeApi => {
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (api === undefined) throw new Error("no extension API in this context");
  return api;
};
