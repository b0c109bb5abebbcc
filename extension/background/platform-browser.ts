// The real Platform: the WebExtension API through the one polyfilled `browser`.

import { collectInPage } from "virtual:kelisim/collect-in-page";
import { browser } from "../browser.ts";
import type { Platform } from "./platform.ts";

/**
 * Runs in the page's MAIN world (serialised by scripting.executeScript, so it must not close over
 * anything): asks the site's Kelisim widget to open its preferences, else clicks the site's own opener.
 */
function openPreferencesInPage(): boolean {
  type Api = { open?: (view: string) => unknown } | undefined;
  // The widget's own marker first: `window.Kelisim` may be the page's (an element named Kelisim).
  const found = window as unknown as { Kelisim?: Api } & Record<symbol, Api>;
  const api = found[Symbol.for("kelisim")] ?? found.Kelisim;
  if (api && typeof api.open === "function") {
    api.open("preferences");
    return true;
  }
  const opener = document.querySelector<HTMLElement>('[data-kelisim-open="preferences"]');
  opener?.click();
  return opener !== null;
}

async function hasCookieAccess(url: string): Promise<boolean> {
  if (!browser.cookies) return false;
  return browser.permissions.contains({ permissions: ["cookies"], origins: [`${new URL(url).origin}/*`] });
}

export function browserPlatform(): Platform {
  return {
    runtimeId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL(""),
    local: browser.storage.local,
    session: browser.storage.session,
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
    },
    async injectCollector(tabId, cached) {
      // A function, not a file: it takes arguments, and its promise's value is the injection's result.
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        func: collectInPage,
        args: [cached],
      });
      return frame?.result;
    },
    async openSitePreferences(tabId) {
      const [result] = await browser.scripting.executeScript({
        target: { tabId },
        world: "MAIN",
        func: openPreferencesInPage,
      });
      return result?.result === true;
    },
    async setBadge(tabId, badge) {
      // Side by side: three independent calls, and the popup is drawing the report meanwhile.
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: badge.text }),
        browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
        browser.action.setTitle({ tabId, title: badge.title }),
      ]);
    },
    async cookieNames(url) {
      if (!(await hasCookieAccess(url))) return null;
      const cookies = await browser.cookies.getAll({ url });
      return [...new Set(cookies.map((cookie) => cookie.name))];
    },
    now: () => Date.now(),
  };
}
