// The built extension in real Chromium: the popup shows the operator and the declared categories per
// audience (kk and en), the validator's errors for an invalid declaration, a neutral state when there
// is none, and passes axe-core.
import { describe, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { clickAction, gotoFixture, openPopup, useExtensionSession } from "./extension-harness.ts";

const session = useExtensionSession();

describe("popup on a page with a valid declaration", () => {
  test("shows the operator and the declared data per audience in English", async () => {
    const page = await gotoFixture(session, "declared.html");
    const tabId = await clickAction(session, page);
    const popup = await openPopup(session, tabId, "en");
    await expect.poll(() => popup.locator(".operator-name").textContent()).toBe("School-Lyceum No. 7");
    expect(await popup.locator(".bin").textContent()).toBe("123456789012");
    const audiences = await popup.locator(".audience h3").allTextContents();
    expect(audiences.join(" | ")).toMatch(/Student/i);
    const pupilData = await popup.locator(".audience").first().locator(".data-item").allTextContents();
    expect(pupilData.some((item) => /Full name/.test(item))).toBe(true);
    // Health data is a special category and says so in words.
    expect(
      await popup.locator(".audience").first().locator(".data-special .mark-special").count(),
    ).toBeGreaterThan(0);
    expect(await popup.locator("[data-state=valid]").textContent()).toContain("2026-09-01".slice(0, 4));
    expect(await popup.locator('a[href="mailto:privacy@school7.example"]').count()).toBeGreaterThan(0);
  });

  test("shows the same declaration in Kazakh", async () => {
    const page = await gotoFixture(session, "declared.html");
    const tabId = await clickAction(session, page);
    const popup = await openPopup(session, tabId, "kk");
    await expect.poll(() => popup.locator(".operator-name").textContent()).toBe("№ 7 мектеп-лицей");
    expect(await popup.locator("html").getAttribute("lang")).toBe("kk");
    expect(await popup.locator("#operator-heading").textContent()).toBe("Деректеріңізді кім өңдейді");
    const firstAudienceData = await popup
      .locator(".audience")
      .first()
      .locator(".data-item")
      .allTextContents();
    expect(firstAudienceData.some((item) => item.startsWith("Аты-жөні"))).toBe(true);
  });

  test("passes axe-core", async () => {
    const page = await gotoFixture(session, "declared.html");
    const tabId = await clickAction(session, page);
    const popup = await openPopup(session, tabId, "en");
    await popup.locator(".operator-name").waitFor({ state: "attached" });
    expect(await axeViolations(popup)).toEqual([]);
  });
});

test("an invalid declaration is shown as published but invalid, with the validator's errors", async () => {
  const page = await gotoFixture(session, "invalid.html");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, "en");
  const status = popup.locator("[data-state=invalid]");
  expect(await status.textContent()).toContain("A declaration is published but invalid");
  const issues = await popup.locator(".issues li").allTextContents();
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.join("\n")).toMatch(/operator/);
  expect(await axeViolations(popup)).toEqual([]);
});

test("a site with no declaration gets a neutral state, no grade and no warning badge", async () => {
  const page = await gotoFixture(session, "none.html");
  const tabId = await clickAction(session, page);
  const popup = await openPopup(session, tabId, "ru");
  expect(await popup.locator("[data-state=none]").textContent()).toContain(
    "Этот сайт не публикует декларацию о персональных данных.",
  );
  expect(await popup.locator(".finding").count()).toBe(0);
  const badge = await session.worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe("");
  expect(await axeViolations(popup)).toEqual([]);
});

declare const chrome: { action: { getBadgeText(q: { tabId: number }): Promise<string> } };
