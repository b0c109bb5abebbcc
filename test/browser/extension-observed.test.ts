// Issue #13: where a site publishes no declaration, the popup still shows — neutrally, never a grade —
// what the page did: the other sites it contacted with organisation and country, which are analytics
// or advertising and whether they ran before any consent choice (before the page first painted, when
// the site holds no Kelisim consent record: a consent tool Kelisim cannot read may have asked later), cookie and storage names, and a
// sentence that no declaration is published with a link to what a parent can ask the school for.
// Fake Yandex Metrica and Google Analytics scripts are served from their real hostnames, mapped to the
// local server (--host-resolver-rules), so nothing leaves the machine.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import {
  clickAction,
  gotoFixture,
  openPopup,
  routeFakeTrackers,
  useExtensionSession,
} from "./extension-harness.ts";

const session = useExtensionSession();
const WIDTH = 400;
const HEIGHT = 600;
const OUT = resolve(REPO_ROOT, "test-results/screenshots");
mkdirSync(OUT, { recursive: true });

beforeAll(() => routeFakeTrackers(session.server));

async function observedPopup(fixture: string, lang: "kk" | "ru" | "en", host?: string) {
  const page = await gotoFixture(session, fixture, host);
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, lang);
  await popup.setViewportSize({ width: WIDTH, height: HEIGHT });
  await popup.locator(".observed-report").waitFor();
  return { page, tabId, popup };
}

/** Text nodes not in the project's font stack or under 12 px (the popup's own rule, issue #16). */
const fontOffenders = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || (node.textContent ?? "").trim() === "") continue;
      const style = getComputedStyle(parent);
      if (!style.fontFamily.startsWith("system-ui") || Number.parseFloat(style.fontSize) < 12) {
        found.push(`${parent.tagName}.${parent.className}: ${style.fontFamily} ${style.fontSize}`);
      }
    }
    return found;
  });

const badgeOf = (tabId: number) =>
  session.worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** A row's answer (the term's ": " is CSS). */
const rowText = (popup: Page, row: string) =>
  popup.locator(`.observed-report [data-row=${row}] dd`).textContent();

describe("a school site with ungated Yandex Metrica and Google Analytics and no declaration", () => {
  test("lists both with organisation and country, as analytics contacted before any consent choice", async () => {
    const { page, tabId, popup } = await observedPopup("observed-trackers.html", "en");
    expect(session.server.requests).toContain("/metrika/tag.js");
    expect(session.server.requests).toContain("/analytics.js");
    const yandex = popup.locator(".observed-parties li[data-host='mc.yandex.ru']");
    const google = popup.locator(".observed-parties li[data-host='www.google-analytics.com']");
    expect(await yandex.textContent()).toContain("Yandex Metrica · Yandex LLC · abroad: Russia");
    expect(await google.textContent()).toContain("Google Analytics · Google LLC · abroad: United States");
    for (const party of [yandex, google]) {
      expect(await party.locator(".mark-category").textContent()).toBe("analytics");
      expect(await party.locator(".mark-early").textContent()).toBe(
        "contacted before the page showed anything, so before any consent choice",
      );
    }
    expect(await rowText(popup, "consent-bound")).toBe("2 services; 2 before the page showed anything");
    expect(await rowText(popup, "where")).toBe(
      "Outside Kazakhstan: Russia, United States; the others: not known",
    );
    const unknown = popup.locator(".observed-parties li[data-host='school-b.test']");
    expect(await unknown.textContent()).toBe("school-b.test — not in Kelisim's list");
    const cookies = await popup.locator(".observed-report [data-row=cookies] code").allTextContents();
    expect(cookies.sort()).toEqual(["_ga", "_gid", "_ym_d", "_ym_uid"]);
    expect(await popup.locator(".observed-report [data-row=storage] code").allTextContents()).toEqual([
      "_ym_retryReqs",
    ]);
    // Names only: no cookie value reaches the popup.
    expect(await popup.locator("body").textContent()).not.toContain("1733300000123456789");
    // The plain sentence, and never a grade: no verdict, no findings, no warning badge.
    expect(await popup.locator("[data-state=none]").textContent()).toContain(
      "This site publishes no privacy declaration.",
    );
    expect(await popup.locator(".verdict, .finding").count()).toBe(0);
    expect(await badgeOf(tabId)).toBe("");
    expect(await fontOffenders(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await page.close();
    await popup.close();
  });

  test.each([
    [
      "kk",
      "Бұл сайт дербес деректер туралы мәлімдеме жарияламаған.",
      "шетелде: Ресей",
      "бет ештеңе көрсетпей тұрып, яғни келісім туралы кез келген таңдауға дейін",
    ],
    [
      "ru",
      "Этот сайт не публикует декларацию о персональных данных.",
      "за рубежом: Россия",
      "до того, как страница что-либо показала, то есть до любого выбора о согласии",
    ],
  ] as const)("says the same in %s, and fits in 1.5 viewports", async (lang, sentence, abroad, early) => {
    const { page, popup } = await observedPopup("observed-trackers.html", lang);
    await popup.screenshot({ path: `${OUT}/observed-popup-${lang}-400x600.png`, fullPage: true });
    expect(await popup.locator("[data-state=none]").textContent()).toContain(sentence);
    const yandex = popup.locator(".observed-parties li[data-host='mc.yandex.ru']");
    expect(await yandex.textContent()).toContain(abroad);
    expect(await yandex.locator(".mark-early").textContent()).toBe(early);
    const size = await popup.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    expect(size.height).toBeLessThanOrEqual(HEIGHT * 1.5);
    expect(size.width).toBeLessThanOrEqual(WIDTH);
    await page.close();
    await popup.close();
  });

  test("the 'what you can ask the school for' link opens by keyboard, in the popup's language", async () => {
    const { page, popup } = await observedPopup("observed-trackers.html", "ru");
    const link = popup.getByRole("link", { name: "Что можно спросить у школы" });
    // Reached with Tab from the top of the popup, followed with Enter.
    await popup.locator("select").focus();
    let reached = false;
    for (let step = 0; step < 5 && !reached; step++) {
      await popup.keyboard.press("Tab");
      reached = await link.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    const opened = session.ctx.waitForEvent("page");
    await popup.keyboard.press("Enter");
    const ask = await opened;
    await ask.waitForLoadState("load");
    expect(new URL(ask.url()).pathname).toBe("/ask/index.html");
    await ask.locator("h1").waitFor();
    expect(await ask.locator("html").getAttribute("lang")).toBe("ru");
    expect(await ask.locator("h1").textContent()).toBe("Что можно спросить у школы");
    const questions = await ask.locator("ol li").allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.join("\n")).toContain("уходят ли они за пределы Казахстана");
    expect(await fontOffenders(ask)).toEqual([]);
    expect(await axeViolations(ask)).toEqual([]);
    await ask.close();
    await page.close();
    await popup.close();
  });
});

test("analytics loaded after the page first painted is listed as analytics but not called early", async () => {
  const page = await gotoFixture(session, "observed-late.html", "localhost");
  await page.waitForFunction(() =>
    performance.getEntriesByType("resource").some((entry) => entry.name.includes("mc.yandex.ru")),
  );
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, "en");
  await popup.locator(".observed-report").waitFor();
  const yandex = popup.locator(".observed-parties li[data-host='mc.yandex.ru']");
  expect(await yandex.locator(".mark-category").textContent()).toBe("analytics");
  expect(await yandex.locator(".mark-early").count()).toBe(0);
  expect(await rowText(popup, "consent-bound")).toBe("1 service; none before the page showed anything");
  await page.close();
  await popup.close();
});

test("a site with nothing third-party: no other sites, no analytics, only its own storage names", async () => {
  const { page, tabId, popup } = await observedPopup("observed-nothing.html", "en", "school-a.test"); // its own cookie jar
  expect(await popup.locator(".observed-parties li").count()).toBe(0);
  expect(await rowText(popup, "contacted")).toBe("This page contacted no other sites.");
  expect(await rowText(popup, "consent-bound")).toBe("none");
  expect(await rowText(popup, "where")).toBe("none");
  expect(await popup.locator(".observed-report [data-row=cookies] code").allTextContents()).toEqual([
    "school_lang",
  ]);
  expect(await rowText(popup, "storage")).toBe("menu-open (session)");
  expect(await popup.locator("[data-state=none]").textContent()).toContain(
    "This site publishes no privacy declaration.",
  );
  expect(await popup.getByRole("link", { name: "What you can ask the school for" }).count()).toBe(1);
  expect(await popup.locator(".verdict, .finding, .mark-early").count()).toBe(0);
  expect(await badgeOf(tabId)).toBe("");
  expect(await axeViolations(popup)).toEqual([]);
  await page.close();
  await popup.close();
});

declare const chrome: { action: { getBadgeText(q: { tabId: number }): Promise<string> } };
