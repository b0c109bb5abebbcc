// The ONLY import of webextension-polyfill (a test greps for this). Chrome now ships `browser` natively
// and the polyfill is frozen upstream, so keeping it behind one module makes it a one-line removal later.
import browser from "webextension-polyfill";

export type { Runtime, Tabs } from "webextension-polyfill";
export { browser };
