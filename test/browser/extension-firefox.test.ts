// The built Firefox extension (dist/extension-firefox) in Debian's Firefox ESR, as a temporary add-on:
// the popup opened for a tab after a toolbar click shows the declared report, what was observed on a
// page without a declaration (a third-party request the page really made), and the validator's errors
// for an invalid declaration. Fails, never skips, when Firefox is missing (support/firefox.ts).
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import {
  clickAction,
  describeAddon,
  FIREFOX_EXTENSION_DIR,
  gotoFixture,
  openPopup,
  setLanguage,
  useFirefoxExtensionSession,
} from "./extension-firefox-harness.ts";

const session = useFirefoxExtensionSession();

test("dist/extension-firefox runs as a temporary add-on", async () => {
  const addon = await describeAddon(session);
  expect(addon).toMatchObject({ temporarilyInstalled: true, isActive: true });
  expect(addon?.source).toBe(pathToFileURL(`${FIREFOX_EXTENSION_DIR}/`).href);
});

test("the declared report shows the operator and the declaration's version", async () => {
  const page = await gotoFixture(session, "declared.html");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId);
  expect(await popup.$eval(".operator-name", (node) => node.textContent)).toBe("School-Lyceum No. 7");
  expect(await popup.$eval(".bin", (node) => node.textContent)).toBe("123456789012");
  expect(await popup.$eval("[data-state=valid]", (node) => node.textContent)).toContain("2026-09-01");
  expect(
    await popup.$$eval('a[href="mailto:privacy@school7.example"]', (links) => links.length),
  ).toBeGreaterThan(0);
});

test("on a page without a declaration, the third-party host it contacted is reported", async () => {
  const page = await gotoFixture(session, "firefox-observed.html");
  // The tracker request really left the page (to the local server standing in for mc.yandex.ru).
  expect(session.server.requests).toContain("/watch/1.gif");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId);
  expect(await popup.$$("[data-state=valid], [data-state=invalid]")).toHaveLength(0);
  expect(await popup.$$(".operator-name")).toHaveLength(0);
  const text = await popup.evaluate(() => document.body.textContent ?? "");
  expect(text).toContain("mc.yandex.ru");
  expect(text).toContain("Yandex");
});

test("on a page with nothing third-party, no tracker host is reported", async () => {
  const page = await gotoFixture(session, "none.html");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId);
  expect(await popup.$$("[data-state=valid], [data-state=invalid]")).toHaveLength(0);
  const text = await popup.evaluate(() => document.body.textContent ?? "");
  expect(text).not.toContain("mc.yandex.ru");
  expect(text).not.toContain("Yandex");
});

test("the declared report follows the language chosen in the extension (Kazakh)", async () => {
  const page = await gotoFixture(session, "declared.html");
  const tabId = await clickAction(session, page);
  const english = await openPopup(session, tabId);
  await setLanguage(english, "kk");
  try {
    const popup = await openPopup(session, tabId);
    expect(await popup.$eval("html", (root) => root.lang)).toBe("kk");
    expect(await popup.$eval(".operator-name", (node) => node.textContent)).toBe("№ 7 мектеп-лицей");
  } finally {
    await setLanguage(english, null);
  }
});

test("an invalid declaration is shown as invalid, with the validator's errors", async () => {
  const page = await gotoFixture(session, "invalid.html");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId);
  expect(await popup.$eval("[data-state=invalid]", (node) => node.textContent)).toContain(
    "A declaration is published but invalid",
  );
  const issues = await popup.$$eval(".issues li", (items) => items.map((item) => item.textContent ?? ""));
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.join("\n")).toMatch(/operator/);
});
