// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (puppeteer-core downloads no
// browser; a browser download does not work on our machines). Set FIREFOX_PATH to use another binary.
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: run "apt-get install firefox-esr" or set FIREFOX_PATH`,
    );
  }
}

/** Preferences every test launch needs: plain http stays http, and nothing is blocked or fetched. */
const BASE_PREFS: Record<string, unknown> = {
  // Fixture sites are plain-http hosts that do not exist; HTTPS-First would try https:// first.
  "dom.security.https_first": false,
  "dom.security.https_first_schemeless": false,
  // Tracking protection would block the tracker hosts whose requests the extension must observe.
  "privacy.trackingprotection.enabled": false,
  "app.update.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
};

export interface FirefoxLaunch {
  prefs?: Record<string, unknown>;
  /**
   * Lets WebDriver BiDi run script in the browser's own (chrome) window: the only way to press an
   * extension's toolbar button from a test, which is what grants activeTab in Firefox.
   */
  systemAccess?: boolean;
}

export async function launchFirefox(options: FirefoxLaunch = {}): Promise<Browser> {
  assertFirefox();
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    args: options.systemAccess ? ["--remote-allow-system-access"] : [],
    extraPrefsFirefox: { ...BASE_PREFS, ...(options.prefs ?? {}) },
  });
}
