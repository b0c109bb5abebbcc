// The browser's own promise-based extension API, for the two places where every millisecond shows: the
// content script (evaluated in each inspected page) and the popup's first module (it starts the
// inspection before the UI's code has loaded). Chrome MV3 and Firefox both return promises from these
// calls, so neither needs webextension-polyfill (browser.ts stays its one import, for everything else).
import type { Transport } from "./messages.ts";

type StorageChanges = Record<string, { newValue?: unknown }>;

export interface NativeApi {
  runtime: Transport;
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: {
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
