// The options page's "compare two sites" (issues #16 and #13): two privacy labels side by side, built
// from the same label view model and row parts as the popup; rows that differ are marked in colour and
// in words ("differs", read by screen readers too); a site without a declaration is marked "observed
// only" and compared on what its page did. Keyboard and axe.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
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
const EXAMPLES_DIR = resolve(REPO_ROOT, "test/fixtures/manifests/examples");

/** Checks a page in the popup, so the site lands in the history. */
async function check(url: string): Promise<void> {
  const page = await session.ctx.newPage();
  await page.goto(url);
  const popup = await openPopup(session, await clickAction(session, page), "en");
  await popup.close();
  await page.close();
}

function exampleUrl(host: string, file: string): string {
  const name = file.replace(/\.json$/, "");
  session.server.route(`/compare/${name}.json`, {
    body: readFileSync(resolve(EXAMPLES_DIR, file), "utf8"),
    headers: { "content-type": "application/json" },
  });
  session.server.route(`/compare/${name}.html`, {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="privacy-manifest" href="/compare/${name}.json"></head><body><h1>${name}</h1></body></html>`,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
  return `http://${host}:${new URL(session.server.origin).port}/compare/${name}.html`;
}

async function openOptions(): Promise<Page> {
  const options = await session.ctx.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options/index.html`);
  await options.locator("table.history tbody tr").first().waitFor();
  return options;
}

/** Each row of the comparison: id, whether it is marked, its header and its two cells. */
function rowsOf(options: Page) {
  return options.locator("table.compare tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute("data-row"),
      differs: row.getAttribute("data-differs"),
      term: row.querySelector("th")?.textContent ?? "",
      cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
    })),
  );
}

const LABEL_ROWS = ["whose", "what", "where", "why", "recipients", "how-long", "you-can"];

test("two labels side by side, rows that differ marked in colour and in words", async () => {
  await check(exampleUrl("school-a.test", "ecsa-me.json"));
  await check(exampleUrl("school-b.test", "small-school-site.json"));
  const options = await openOptions();
  await options.getByRole("checkbox", { name: /school-a\.test/ }).check();
  await options.getByRole("checkbox", { name: /school-b\.test/ }).check();
  const compare = options.locator("table.compare");
  await compare.waitFor();
  const heads = await compare.locator("thead th").allTextContents();
  expect(heads[0]).toContain("school-a.test");
  expect(heads[0]).toContain("ECSA.ME");
  expect(heads[1]).toContain("school-b.test");
  const rows = await rowsOf(options);
  expect(rows.map((row) => row.id)).toEqual([...LABEL_ROWS, "observed", "findings"]);
  const where = rows.find((row) => row.id === "where");
  expect(where?.cells[0]).toBe("Outside Kazakhstan: Russia");
  expect(where?.cells[1]).toContain("Outside Kazakhstan: United States");
  // Marked for the eye (a class that colours the row) and in words, inside the row header.
  expect(where?.differs).toBe("true");
  expect(where?.term).toBe("Where it is storeddiffers");
  expect(await compare.locator("tr[data-row=where]").getAttribute("class")).toBe("differs");
  expect(await options.getByRole("rowheader", { name: "Where it is stored differs" }).count()).toBe(1);
  // The same on both sides: not marked.
  const observed = rows.find((row) => row.id === "observed");
  expect(observed?.cells).toEqual([
    "This page contacted no other sites.",
    "This page contacted no other sites.",
  ]);
  expect(observed?.differs).toBe("false");
  expect(observed?.term).toBe("Seen on the last check");
  // Every marked row, and only those, carries the word.
  for (const row of rows) expect(row.term.endsWith("differs")).toBe(row.differs === "true");
  // The label's own parts: the high-risk mark and a data group that opens with Enter.
  const identity = compare.locator("tr[data-row=what] td").first().locator("[data-group=identity] summary");
  expect(await identity.textContent()).toContain("Elevated risk");
  await identity.focus();
  await options.keyboard.press("Enter");
  await expect
    .poll(() =>
      compare
        .locator("tr[data-row=what] td")
        .first()
        .locator("[data-group=identity] details")
        .getAttribute("open"),
    )
    .not.toBeNull();
  expect(await axeViolations(options)).toEqual([]);
  await options.close();
});

test("an observed-only site is marked so in the history and compared on what its page did", async () => {
  routeFakeTrackers(session.server);
  const page = await gotoFixture(session, "observed-trackers.html");
  await (await openPopup(session, await clickAction(session, page), "en")).close();
  await page.close();
  await check(exampleUrl("school-a.test", "ecsa-me.json"));
  const nothing = await gotoFixture(session, "observed-nothing.html", "localhost");
  await (await openPopup(session, await clickAction(session, nothing), "en")).close();
  await nothing.close();

  const options = await openOptions();
  const observedRow = options.locator("table.history tbody tr", { hasText: "127.0.0.1" });
  expect(await observedRow.locator("[data-observed-only]").textContent()).toBe(
    "Observed only: no declaration",
  );
  // Ticked with the keyboard: Tab to the checkbox, Space.
  await options.getByRole("checkbox", { name: /127\.0\.0\.1/ }).focus();
  await options.keyboard.press("Space");
  await options.getByRole("checkbox", { name: /school-a\.test/ }).focus();
  await options.keyboard.press("Space");
  const compare = options.locator("table.compare");
  await compare.waitFor();
  const heads = await compare.locator("thead th").allTextContents();
  const observedSide = heads.findIndex((head) => head.includes("127.0.0.1"));
  expect(heads[observedSide]).toContain("Observed only: no declaration");
  expect(heads[1 - observedSide]).not.toContain("Observed only");
  const rows = await rowsOf(options);
  for (const id of LABEL_ROWS) {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row?.cells[observedSide], id).toBe("not declared");
    expect(row?.differs, id).toBe("true");
  }
  const seen = rows.find((row) => row.id === "observed");
  expect(seen?.cells[observedSide]).toContain("Yandex LLC · abroad: Russia");
  expect(seen?.cells[observedSide]).toContain("Google LLC · abroad: United States");
  expect(seen?.cells[observedSide]).toContain(
    "contacted before the page showed anything, so before any consent choice",
  );
  expect(seen?.differs).toBe("true");
  expect(rows.find((row) => row.id === "findings")?.cells[observedSide]).toBe("—");
  expect(await axeViolations(options)).toEqual([]);

  // Two observed-only sites: no label rows to compare, only what the pages did.
  await options.getByRole("checkbox", { name: /school-a\.test/ }).uncheck();
  await options.getByRole("checkbox", { name: /localhost/ }).check();
  await expect
    .poll(async () => (await compare.locator("thead th").allTextContents()).join(" "))
    .toContain("localhost");
  const onlyObserved = await rowsOf(options);
  expect(onlyObserved.map((row) => row.id)).toEqual(["observed", "findings"]);
  expect(onlyObserved[0]?.differs).toBe("true");
  await options.close();
});
