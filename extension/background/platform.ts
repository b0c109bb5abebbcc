// The slice of the WebExtension API the background logic needs, as an interface: production wires it to
// the real `browser` (platform-browser.ts), unit tests to in-memory fakes. No mocks of our own code.
import type { CachedDeclaration } from "../model.ts";

export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Platform {
  runtimeId: string;
  /** runtime.getURL("") */
  extensionBaseUrl: string;
  local: StorageArea;
  session: StorageArea;
  /** The URL of the tab's top document as the browser knows it; null without access to the tab. */
  tabUrl(tabId: number): Promise<string | null>;
  /**
   * Runs the collector (content/collect.ts) in the tab's top frame and resolves with what it hands back
   * (untrusted, checked by payload.ts); `cached` is what the background's cache holds for the page.
   */
  injectCollector(tabId: number, cached: CachedDeclaration | null): Promise<unknown>;
  /** Asks the page's widget to open its preferences (MAIN world). Resolves true when something opened. */
  openSitePreferences(tabId: number): Promise<boolean>;
  setBadge(tabId: number, badge: { text: string; color: string; title: string }): Promise<void>;
  /** First-party cookie names incl. HttpOnly ones, or null without the optional `cookies` permission. */
  cookieNames(url: string): Promise<string[] | null>;
  now(): number;
}
