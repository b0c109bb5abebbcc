// Issue #17 defect 1: 2–4 real tabs of one site deciding at the same moment, repeatedly. After every
// race each open tab, the stored record and the next page view must agree on one choice, whatever
// the tabs' clocks say (a frozen clock gives every receipt the same `created`).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { engineSuite } from "../support/engine-suite.ts";
import { readEngineFixture } from "../support/widget-build.ts";

const PAGE = "/test/fixtures/pages/engine/page.html";
const ROUNDS = 8;

type Decision = "accept" | "reject" | "analytics-only" | "withdraw";
const DECISIONS: Decision[] = ["accept", "reject", "analytics-only", "withdraw"];

const suite = engineSuite({
  beforeEachTest: (server) => server.route("/manifest.json", { body: readEngineFixture("manifest-v1.json") }),
});

async function openTab(): Promise<Page> {
  const page = await suite.context.newPage();
  suite.watch(page);
  await page.goto(suite.server.origin + PAGE);
  await page.evaluate(() => window.Kelisim.ready);
  return page;
}

/** Every tab acts at the same wall-clock instant (the tabs share the machine's clock). */
function decideAtOnce(tabs: Page[], decisions: Decision[]): Promise<unknown> {
  const at = Date.now() + 250;
  return Promise.all(
    tabs.map((tab, index) =>
      tab.evaluate(
        async ({ at: when, decision }) => {
          await new Promise((resolve) =>
            setTimeout(resolve, Math.max(0, when - performance.timeOrigin - performance.now())),
          );
          const api = window.Kelisim;
          if (decision === "accept") await api.acceptAll();
          else if (decision === "reject") await api.rejectAll();
          else if (decision === "withdraw") await api.withdraw();
          else await api.set({ analytics: true, ip: false });
        },
        { at, decision: decisions[index] as Decision },
      ),
    ),
  );
}

const shown = (page: Page) =>
  page.evaluate(() => {
    const { record, choices } = window.Kelisim.getConsent();
    return { receiptId: record?.receiptId ?? null, choices };
  });

const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open("kelisim");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("choice", "readonly").objectStore("choice").get("current");
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { receiptId?: string } | undefined)?.receiptId ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

async function expectAgreement(tabs: Page[], round: string): Promise<void> {
  // Messages between tabs are asynchronous: give them time, then everyone must agree.
  await expect
    .poll(
      async () => new Set(await Promise.all(tabs.map(async (tab) => (await shown(tab)).receiptId))).size,
      {
        timeout: 3000,
      },
    )
    .toBe(1);
  const views = await Promise.all(tabs.map(shown));
  const inStore = await stored(tabs[0] as Page);
  expect(
    views.map((view) => view.receiptId),
    round,
  ).toEqual(tabs.map(() => inStore));
  const next = await openTab();
  expect(await shown(next), `${round}: the next page view`).toEqual(views[0]);
  await next.close();
}

describe("tabs deciding at once", () => {
  for (const count of [2, 3, 4]) {
    it(`${count} tabs, ${ROUNDS} rounds: every tab, the store and the next page view agree`, async () => {
      const tabs = await Promise.all(Array.from({ length: count }, openTab));
      for (let round = 0; round < ROUNDS; round++) {
        const decisions = tabs.map((_, index) => DECISIONS[(index + round) % DECISIONS.length] as Decision);
        await decideAtOnce(tabs, decisions);
        await expectAgreement(tabs, `round ${round} (${decisions.join(", ")})`);
      }
    }, 90_000);
  }

  it("with a frozen clock (identical `created` everywhere) the tabs still agree with the store", async () => {
    await suite.context.addInitScript(() => {
      const frozen = Date.UTC(2026, 5, 1);
      Date.now = () => frozen;
    });
    const tabs = await Promise.all(Array.from({ length: 3 }, openTab));
    for (let round = 0; round < ROUNDS; round++) {
      const decisions = tabs.map((_, index) => DECISIONS[(index + round) % 2] as Decision);
      await decideAtOnce(tabs, decisions);
      await expectAgreement(tabs, `frozen round ${round}`);
    }
  }, 90_000);
});
