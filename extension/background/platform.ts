// The slice of the WebExtension API the background logic needs, as an interface: production wires it to
// the real `browser` (platform-browser.ts), unit tests to in-memory fakes. No mocks of our own code.
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
  /** Injects the built content script into the tab's top frame. */
  injectCollector(tabId: number): Promise<void>;
  /** Asks the page's widget to open its preferences (MAIN world). Resolves true when something opened. */
  openSitePreferences(tabId: number): Promise<boolean>;
  setBadge(tabId: number, badge: { text: string; color: string; title: string }): Promise<void>;
  /** First-party cookie names incl. HttpOnly ones, or null without the optional `cookies` permission. */
  cookieNames(url: string): Promise<string[] | null>;
  now(): number;
}
