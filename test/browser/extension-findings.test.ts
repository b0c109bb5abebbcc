// Declared versus observed in real Chromium: an undeclared tracker host and analytics called before
// consent are flagged, with the organisation and country from the bundled tracker list, and the badge
// turns to the warning sign. Tracker hosts resolve to the local test server (--host-resolver-rules).
import { expect, test } from "vitest";
import {
  CONSENT_DB_NAME,
  CONSENT_DB_VERSION,
  CURRENT_CHOICE_KEY,
  STORE_CHOICE,
} from "../../shared/consent/db.ts";
import type { ConsentRecord } from "../../shared/consent/record.ts";
import { clickAction, gotoFixture, openPopup, useExtensionSession } from "./extension-harness.ts";

const session = useExtensionSession();

const badgeOf = (tabId: number) =>
  session.worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

test("an undeclared tracker host is listed with its organisation and country, and the badge warns", async () => {
  const page = await gotoFixture(session, "tracker.html");
  expect(session.server.requests).toContain("/watch/1.gif");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, "en");
  const findings = popup.locator(".finding[data-kind=undeclared-host]");
  await findings.first().waitFor({ state: "attached" }); // collapsed under the label
  expect(await findings.first().textContent()).toContain("mc.yandex.ru was contacted but is not declared");
  expect(await findings.first().textContent()).toContain("Yandex Metrica · Yandex LLC · Russia");
  // No consent record on this site at all, so the analytics call also happened without consent.
  expect(await popup.locator(".finding[data-kind=before-consent]").textContent()).toContain(
    "mc.yandex.ru (analytics) was contacted without your consent",
  );
  expect(await badgeOf(tabId)).toBe("!");
  expect(await popup.locator(".badge-legend [aria-current=true]").textContent()).toContain("contradicts");
});

test("analytics declared but called before the visitor consented is flagged; the consent is shown", async () => {
  const page = await gotoFixture(session, "analytics.html");
  // The visitor accepts analytics only now, after the page already called mc.yandex.ru on load.
  const record: ConsentRecord = {
    schemaVersion: 1,
    receiptId: "0b7f6f9e-3f0e-4d0c-9b4a-000000000001",
    origin: session.server.origin,
    manifestVersion: "2026-10-01",
    manifestHash: "0".repeat(64),
    choices: { necessary: true, ip: false, analytics: true },
    method: "custom",
    language: "en",
    indicatedBy: "legal-representative",
    gpc: false,
    created: new Date(Date.now() + 1_000).toISOString(),
    expires: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    widgetVersion: "test",
    summary: { categories: [], dataCategories: [], recipients: [], technologies: [], transfers: [] },
  };
  await page.evaluate(
    ({ name, version, store, key, value }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, "readwrite");
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    {
      name: CONSENT_DB_NAME,
      version: CONSENT_DB_VERSION,
      store: STORE_CHOICE,
      key: CURRENT_CHOICE_KEY,
      value: record,
    },
  );
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, "en");
  const early = popup.locator(".finding[data-kind=before-consent]");
  await early.first().waitFor({ state: "attached" });
  expect(await early.first().textContent()).toContain(
    "mc.yandex.ru (analytics) was contacted before you consented",
  );
  // Declared in this manifest, so it is not reported as undeclared.
  expect(await popup.locator(".finding[data-kind=undeclared-host]").count()).toBe(0);
  const consent = await popup.locator(".consent-record").textContent();
  expect(consent).toContain("Analytics: allowed");
  expect(consent).toContain("For declaration version 2026-10-01");
  expect(await badgeOf(tabId)).toBe("!");
});

declare const chrome: { action: { getBadgeText(q: { tabId: number }): Promise<string> } };
