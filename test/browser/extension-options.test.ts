// The options page of the built extension: the local history of sites with a declaration, two schools
// side by side, export as JSON, clear all; and it passes axe-core.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { clickAction, gotoFixture, openPopup, useExtensionSession } from "./extension-harness.ts";

const session = useExtensionSession();

test("history, side-by-side comparison, export and clear", async () => {
  for (const [host, fixture] of [
    ["school-a.test", "declared.html"],
    ["school-b.test", "analytics.html"],
  ] as const) {
    const page = await gotoFixture(session, fixture, host);
    await openPopup(session, await clickAction(session, page), "en");
  }
  const options = await session.ctx.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options/index.html`);
  const rows = options.locator("table.history tbody tr");
  await expect.poll(() => rows.count()).toBe(2);
  expect((await rows.allTextContents()).join("\n")).toMatch(/school-b\.test[\s\S]*school-a\.test/);

  await options.getByRole("checkbox", { name: /school-a\.test/ }).check();
  await options.getByRole("checkbox", { name: /school-b\.test/ }).check();
  const compare = options.locator("table.compare");
  await compare.waitFor();
  expect(await compare.locator("thead th").allTextContents()).toEqual([
    expect.stringContaining("school-a.test"),
    expect.stringContaining("school-b.test"),
  ]);
  // The operator heads each site's column (the rows are the two privacy labels: extension-compare.test.ts).
  expect(await compare.locator("thead").textContent()).toContain("School-Lyceum No. 7 (123456789012)");
  expect(await axeViolations(options)).toEqual([]);

  const download = options.waitForEvent("download");
  await options.getByRole("button", { name: "Export as JSON" }).click();
  const exported = JSON.parse(readFileSync((await (await download).path()) ?? "", "utf8"));
  expect(exported.history.map((entry: { origin: string }) => new URL(entry.origin).hostname).sort()).toEqual([
    "school-a.test",
    "school-b.test",
  ]);

  options.once("dialog", (dialog) => void dialog.accept());
  await options.getByRole("button", { name: "Clear all" }).click();
  await expect.poll(() => rows.count()).toBe(0);
  expect(await options.getByText("No sites yet.", { exact: false }).count()).toBe(1);
});
