// The returning visitor's light path (kelisim-return.js, issue #12) and the cached-verdict rule it
// rests on: the stored choice is applied without the validator only when the full engine validated
// exactly the manifest text served now, with this widget version. Proven by the server's request log:
// the full validator lives in kelisim-app.js, so "not requested" means "not validated again".
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { engineSuite } from "../support/engine-suite.ts";
import { REPO_ROOT } from "../support/static-server.ts";
import { readEngineFixture } from "../support/widget-build.ts";

const PAGE = "/test/fixtures/pages/returning/page.html";
const EMBED_PAGE = "/test/fixtures/pages/returning/embed.html";
const RECEIPTS_PAGE = "/test/fixtures/pages/returning/receipts.html";
const MANIFEST = "/returning-manifest.json";
const APP = "/dist/widget/kelisim-app.js";
const RETURN = "/dist/widget/kelisim-return.js";
const FAB = '[data-kelisim-view="floating-button"]';
const PREFS = '[data-kelisim-view="preferences"]';

const suite = engineSuite({ beforeEachTest: () => serveText(fixtureText()) });

/** Serves `text` byte for byte: the verdict is about the text, not the JSON it parses to. */
function serveText(text: string): void {
  suite.server.route(MANIFEST, { headers: { "content-type": "application/json" }, body: text });
}

const fixtureText = () => readEngineFixture("manifest-v1.json");
const fetched = (path: string) => suite.fetched(path);

async function open(page: Page, path = PAGE): Promise<void> {
  await page.goto(suite.server.origin + path);
  await page.waitForFunction(() => "Kelisim" in window);
  await page.evaluate(() => window.Kelisim.ready);
}

/** What the `kelisim` database holds under each [store, key] (undefined where nothing is). */
function readStored(page: Page, entries: [store: string, key: string][]): Promise<unknown[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<unknown[]>((resolve) => {
        const request = indexedDB.open("kelisim");
        request.onsuccess = () => {
          const tx = request.result.transaction([...new Set(wanted.map(([store]) => store))]);
          const reads = wanted.map(([store, key]) => tx.objectStore(store).get(key));
          tx.oncomplete = () => {
            request.result.close();
            resolve(reads.map((read) => read.result));
          };
        };
      }),
    entries,
  );
}

/** The verdict the full engine keeps in IndexedDB (`prefs` / `verdict`), or null. */
async function storedVerdict(page: Page): Promise<Record<string, unknown> | null> {
  const [verdict] = await readStored(page, [["prefs", "verdict"]]);
  return (verdict as Record<string, unknown> | undefined) ?? null;
}

/** The full engine's synchronous copy for the light path (localStorage `kelisim.return`), or null. */
function storedCopy(page: Page): Promise<unknown[] | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("kelisim.return") ?? "null"));
}

type StoredChange = "verdict-of-another-version" | "record-analytics-on";

/**
 * Changes what the light path reads, where it reads it: in IndexedDB and, with `copy` "changed", in the
 * synchronous copy too (as a change to the stored data would reach both); with "removed", the copy is
 * gone and the light path reads IndexedDB only.
 */
async function changeStored(page: Page, change: StoredChange, copy: "changed" | "removed"): Promise<void> {
  await page.evaluate(
    ({ change, copy }) =>
      new Promise<void>((resolve) => {
        const [storeName, key, slot] =
          change === "verdict-of-another-version" ? ["prefs", "verdict", 3] : ["choice", "current", 0];
        const edit = (value: Record<string, unknown>) =>
          change === "verdict-of-another-version"
            ? { ...value, widgetVersion: "0.0.9" }
            : { ...value, choices: { ...(value.choices as object), analytics: true } };
        const stored = JSON.parse(localStorage.getItem("kelisim.return") ?? "null") as unknown[] | null;
        if (copy === "removed" || stored === null) localStorage.removeItem("kelisim.return");
        else {
          stored[slot] = edit(stored[slot] as Record<string, unknown>);
          localStorage.setItem("kelisim.return", JSON.stringify(stored));
        }
        const request = indexedDB.open("kelisim");
        request.onsuccess = () => {
          const tx = request.result.transaction(storeName, "readwrite");
          const store = tx.objectStore(storeName);
          const read = store.get(key);
          read.onsuccess = () => store.put(edit(read.result), key);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    { change, copy },
  );
}

/** First view: the full path, everything accepted (or `choices`); returns once the verdict is stored. */
async function acceptOnFirstView(page: Page, choices?: Record<string, boolean>, path = PAGE): Promise<void> {
  await open(page, path);
  expect(fetched(APP)).toBe(1);
  await page.evaluate((asked) => (asked ? window.Kelisim.set(asked) : window.Kelisim.acceptAll()), choices);
  await expect.poll(() => storedVerdict(page)).not.toBeNull();
}

/** The second view, with the request log cleared first. */
async function reload(page: Page): Promise<void> {
  suite.server.requests.length = 0;
  await page.reload();
  await page.waitForFunction(() => "Kelisim" in window);
  await page.evaluate(() => window.Kelisim.ready);
}

/**
 * An init script: holds the widget's `choice` object store with a readwrite transaction for `ms` from
 * the page's start, so any read of it waits that long (past the widget's own 1 s read timeout).
 */
function holdChoiceStore(ms: number): void {
  const request = indexedDB.open("kelisim");
  request.onsuccess = () => {
    const db = request.result;
    const store = db.transaction("choice", "readwrite").objectStore("choice");
    const spin = () => {
      if (performance.now() < ms) store.get("current").onsuccess = spin;
    };
    spin();
    store.transaction.oncomplete = () => db.close();
  };
}

const analyticsRuns = (page: Page) =>
  page.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns ?? 0);

const newPage = () => suite.newPage();

describe("the cached verdict", () => {
  it("is stored by the full engine for the exact served text, this widget version and the choice", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    const verdict = await storedVerdict(page);
    const consent = await page.evaluate(() => window.Kelisim.getConsent());
    const expected = await page.evaluate(async (text) => {
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
      return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
    }, fixtureText());
    expect(verdict).toMatchObject({
      textHash: expected,
      widgetVersion: await page.evaluate(() => window.Kelisim.version),
      receiptId: consent.record?.receiptId,
      choices: consent.choices,
    });
  });

  it("same text: the fast path releases the stored choice and the full validator is NOT requested", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await reload(page);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    expect(fetched(RETURN)).toBe(1);
    expect(fetched(APP)).toBe(0);
    const consent = await page.evaluate(() => window.Kelisim.getConsent());
    expect(consent.needsPrompt).toBe(false);
    expect(consent.record?.method).toBe("accept-all");
    expect(await page.evaluate(() => window.Kelisim.has("analytics"))).toBe(true);
    // Consent Mode hears the load with a stored choice, as on the full path.
    const updates = await page.evaluate(() =>
      ((window as { dataLayer?: unknown[][] }).dataLayer ?? [])
        .map((entry) => Array.from(entry))
        .filter((entry) => entry[0] === "consent" && entry[1] === "update"),
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]?.[2]).toMatchObject({ analytics_storage: "granted" });
    // Still nothing of the full UI: the floating button is plain DOM until pressed.
    await page.waitForTimeout(500);
    expect(fetched(APP)).toBe(0);
  });

  it("the full engine keeps a synchronous copy of what the light path reads: this record, its sequence, the verdict", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await expect.poll(() => storedCopy(page)).not.toBeNull();
    const copy = (await storedCopy(page)) as unknown[];
    const stored = await readStored(page, [
      ["choice", "current"],
      ["choice", "sequence"],
      ["prefs", "verdict"],
    ]);
    expect(copy).toHaveLength(5);
    expect(copy[0]).toEqual(stored[0]);
    expect(copy[2]).toBe(stored[1]);
    expect(copy[3]).toEqual(stored[2]);
    expect(copy[4]).toBe(0);
  });

  it("with the copy, the stored choice is released without waiting for IndexedDB (its store held meanwhile)", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await expect.poll(() => storedCopy(page)).not.toBeNull();
    await page.addInitScript(holdChoiceStore, 4000);
    suite.server.requests.length = 0;
    await page.reload();
    // Released while every read of the choice store still waits (the hold lasts 4 s from the start).
    await expect.poll(() => analyticsRuns(page), { timeout: 2500 }).toBe(1);
    expect(await page.evaluate(() => performance.now())).toBeLessThan(4000);
    expect(fetched(APP)).toBe(0);
  });

  it("without the copy (removed), the light path still runs from IndexedDB", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await page.evaluate(() => localStorage.removeItem("kelisim.return"));
    await reload(page);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    expect(fetched(RETURN)).toBe(1);
    expect(fetched(APP)).toBe(0);
  });

  it("a copy left without any stored choice (IndexedDB cleared by hand): released from the copy until the engine starts, which removes it", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await expect.poll(() => storedCopy(page)).not.toBeNull();
    // What a database deleted in devtools beside an old localStorage looks like.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open("kelisim");
          request.onsuccess = () => {
            const tx = request.result.transaction("choice", "readwrite");
            tx.objectStore("choice").clear();
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
    );
    // The light path reads only the copy: it releases the choice the visitor last made, as the full
    // engine validated it (the README says so).
    await reload(page);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    expect(fetched(APP)).toBe(0);
    // The first action hands over; the engine finds no choice stored and removes the copy...
    await page.evaluate(() => window.Kelisim.receipts());
    expect(fetched(APP)).toBe(1);
    await expect.poll(() => storedCopy(page)).toBeNull();
    // ...so the next view asks again and releases nothing.
    await reload(page);
    await page.locator('[data-kelisim-view="banner"]').waitFor({ state: "visible" });
    await page.waitForTimeout(300);
    expect(await analyticsRuns(page)).toBe(0);
  });

  it("a new choice removes the copy before it is stored; the next verdict copies the new record", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await expect.poll(() => storedCopy(page)).not.toBeNull();
    const before = ((await storedCopy(page)) as [{ receiptId: string }])[0].receiptId;
    await page.evaluate(() => window.Kelisim.rejectAll());
    await expect
      .poll(async () => ((await storedCopy(page))?.[0] as { receiptId?: string } | undefined)?.receiptId)
      .not.toBe(before);
    const copy = (await storedCopy(page)) as [{ receiptId: string; choices: Record<string, boolean> }];
    expect(copy[0].choices.analytics).toBe(false);
    expect((await page.evaluate(() => window.Kelisim.getConsent())).choices.analytics).toBe(false);
    await reload(page);
    expect(fetched(APP)).toBe(0);
    await page.waitForTimeout(300);
    expect(await analyticsRuns(page)).toBe(0);
  });

  it("kelisim-return.js not deployed (404): the full app loads instead and releases the stored choice", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    suite.server.route(RETURN, { status: 404 });
    try {
      await reload(page);
      await expect.poll(() => analyticsRuns(page)).toBe(1);
      expect(fetched(RETURN)).toBe(1);
      expect(fetched(APP)).toBe(1);
      expect((await page.evaluate(() => window.Kelisim.getConsent())).record?.method).toBe("accept-all");
      // The visitor can still change their mind: the floating button is there.
      await page.locator(FAB).waitFor({ state: "visible" });
    } finally {
      suite.server.unroute(RETURN);
    }
  });

  it("fast path: the floating button answers at once and opens the preferences on the first click", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await reload(page);
    const fab = page.locator(FAB);
    await fab.waitFor({ state: "visible" });
    expect(fetched(APP)).toBe(0);
    // Hold kelisim-app.js back, to see the immediate response while it loads.
    const app = fixtureOf(APP);
    suite.server.route(APP, { delayMs: 800, headers: { "content-type": "text/javascript" }, body: app });
    try {
      await fab.click();
      expect(await fab.getAttribute("aria-busy")).toBe("true");
      await page.locator(PREFS).waitFor({ state: "visible" });
      expect(fetched(APP)).toBe(1);
      expect(await page.locator(FAB).count()).toBe(1);
      // The full engine took over with the same choice: nothing was released twice.
      expect(await analyticsRuns(page)).toBe(1);
      expect((await page.evaluate(() => window.Kelisim.getConsent())).record?.method).toBe("accept-all");
    } finally {
      suite.server.unroute(APP);
    }
  });

  it("fast path: the plain-DOM floating button looks as the Preact one does (box, colours, label)", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    // The Preact button of the full path, as it is drawn now.
    const look = () =>
      page.evaluate((selector) => {
        const button = document
          .querySelector("[data-kelisim-host]")
          ?.shadowRoot?.querySelector<HTMLElement>(selector);
        if (!button) return null;
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        return {
          box: [box.x, box.y, box.width, box.height],
          colours: [style.backgroundColor, style.color, style.borderTopColor, style.boxShadow],
          font: style.fontFamily,
          label: button.getAttribute("aria-label"),
          icon: button.querySelector("svg")?.getBoundingClientRect().width,
        };
      }, FAB);
    await page.locator(FAB).waitFor({ state: "visible" });
    const full = await look();
    await reload(page);
    await page.locator(FAB).waitFor({ state: "visible" });
    expect(fetched(APP)).toBe(0);
    expect(await look()).toEqual(full);
  });

  it("manifest changed by one byte (still valid): full validation (kelisim-app.js requested), then released", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    serveText(`${fixtureText()} `);
    await reload(page);
    expect(fetched(APP)).toBe(1);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    // The full engine re-validated this text and keeps a verdict for it: the next view is fast again.
    suite.server.requests.length = 0;
    await reload(page);
    expect(fetched(APP)).toBe(0);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
  });

  it("manifest changed by one byte into an invalid one: full validation, and nothing gated is released", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    const text = fixtureText();
    const invalid = text.replace('"defaultLanguage": "kk"', '"defaultLanguage": "kx"');
    expect(invalid.length).toBe(text.length);
    expect(invalid).not.toBe(text);
    serveText(invalid);
    await reload(page);
    expect(fetched(APP)).toBe(1);
    await page.waitForTimeout(500);
    expect(await analyticsRuns(page)).toBe(0);
    const consent = await page.evaluate(() => window.Kelisim.getConsent());
    expect(consent.manifestError).toMatch(/validation error/);
  });

  it.each(["changed", "removed"] as const)(
    "verdict from another widget version (synchronous copy %s): full validation (kelisim-app.js requested)",
    async (copy) => {
      const page = await newPage();
      await acceptOnFirstView(page);
      await changeStored(page, "verdict-of-another-version", copy);
      await reload(page);
      expect(fetched(APP)).toBe(1);
      await expect.poll(() => analyticsRuns(page)).toBe(1);
      // The full engine wrote a verdict for this version again, and its copy.
      const version = await page.evaluate(() => window.Kelisim.version);
      await expect.poll(async () => (await storedVerdict(page))?.widgetVersion).toBe(version);
      await expect
        .poll(
          async () =>
            ((await storedCopy(page))?.[3] as { widgetVersion?: string } | undefined)?.widgetVersion,
        )
        .toBe(version);
    },
  );

  it.each(["changed", "removed"] as const)(
    "the stored record changed behind the verdict (same receiptId; synchronous copy %s): full validation and its record checks",
    async (copy) => {
      const page = await newPage();
      await acceptOnFirstView(page, { analytics: false });
      await changeStored(page, "record-analytics-on", copy);
      await reload(page);
      expect(fetched(APP)).toBe(1);
      await page.waitForTimeout(300);
      // The full engine takes the record as it now is (well-formed, so trusted); the light path did not
      // release on the verdict of another record.
      expect(fetched(RETURN)).toBe(1);
      expect((await page.evaluate(() => window.Kelisim.getConsent())).choices.analytics).toBe(true);
    },
  );

  it("fast path, then another tab withdraws: this tab hands over and applies it with its change event", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    await reload(page);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    expect(fetched(APP)).toBe(0);
    await page.evaluate(() => {
      document.addEventListener("kelisim:change", (event) => {
        (window as { changed?: unknown }).changed = (event as CustomEvent).detail.method;
      });
    });
    const other = await newPage();
    await open(other);
    await other.evaluate(() => window.Kelisim.withdraw());
    await expect.poll(() => page.evaluate(() => (window as { changed?: unknown }).changed)).toBe("withdraw");
    expect((await page.evaluate(() => window.Kelisim.getConsent())).choices.analytics).toBe(false);
    expect(await page.evaluate(() => window.Kelisim.has("analytics"))).toBe(false);
  });
});

describe("the light path hands over to kelisim-app.js", () => {
  it("is fetched while the manifest is still on its way, and releases once it is here", async () => {
    const page = await newPage();
    await acceptOnFirstView(page);
    suite.server.route(MANIFEST, {
      delayMs: 1000,
      headers: { "content-type": "application/json" },
      body: fixtureText(),
    });
    await reload(page);
    const timing = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType("resource")
          .map((entry) => [new URL(entry.name).pathname, entry as PerformanceResourceTiming]),
      ),
    );
    const chunk = timing[RETURN];
    const manifest = timing[MANIFEST];
    expect(chunk && manifest).toBeTruthy();
    expect(chunk?.startTime).toBeLessThan(manifest?.responseEnd ?? 0);
    expect(fetched(APP)).toBe(0);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
  });

  it("a still-blocked embed needs its placeholder: the full UI loads and draws it", async () => {
    const page = await newPage();
    await acceptOnFirstView(page, { analytics: true, ip: false }, EMBED_PAGE);
    await reload(page);
    await expect.poll(() => fetched(APP)).toBe(1);
    await page.locator("kelisim-embed").waitFor({ state: "attached" });
    expect(await page.locator("#video").getAttribute("data-kelisim-state")).toBe("blocked");
    expect(await analyticsRuns(page)).toBe(1);
  });

  it("after handing over for an embed, a withdrawal holds: a gated script added later is not run", async () => {
    const page = await newPage();
    await acceptOnFirstView(page, { analytics: true, ip: false }, EMBED_PAGE);
    await reload(page);
    await expect.poll(() => fetched(APP)).toBe(1);
    await page.locator("kelisim-embed").waitFor({ state: "attached" });
    await page.evaluate(() => window.Kelisim.withdraw());
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.type = "text/plain";
      script.dataset.consent = "analytics";
      script.text = "window.lateRuns = (window.lateRuns || 0) + 1;";
      document.body.append(script);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { lateRuns?: number }).lateRuns ?? 0)).toBe(0);
  });

  it("a receipt still waiting to be sent: no synchronous copy is kept; once it is sent, the copy is back", async () => {
    suite.server.route("/receipts", { status: 503 });
    const page = await newPage();
    await acceptOnFirstView(page, undefined, RECEIPTS_PAGE);
    await expect.poll(() => fetched("/receipts")).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(await storedCopy(page)).toBeNull();
    // The next view (the full engine, for the waiting receipt) sends it: the copy is written again.
    suite.server.route("/receipts", { status: 204 });
    await reload(page);
    expect(fetched(APP)).toBe(1);
    await expect.poll(() => fetched("/receipts")).toBe(1);
    await expect.poll(async () => (await storedCopy(page))?.[4]).toBe(0);
    // So the view after that releases from the copy, even with the choice store held.
    await page.addInitScript(holdChoiceStore, 4000);
    await reload(page);
    expect(fetched(APP)).toBe(0);
    await expect.poll(() => analyticsRuns(page), { timeout: 2500 }).toBe(1);
  });

  it("a receipt still waiting to be sent: the full engine starts and sends it", async () => {
    suite.server.route("/receipts", { status: 503 });
    const page = await newPage();
    await acceptOnFirstView(page, undefined, RECEIPTS_PAGE);
    await expect.poll(() => fetched("/receipts")).toBeGreaterThan(0);
    suite.server.route("/receipts", { status: 204 });
    suite.server.requests.length = 0;
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    expect(fetched(APP)).toBe(1);
    await expect.poll(() => fetched("/receipts")).toBe(1);
    // Sent: the next view is light again.
    await page.waitForTimeout(300);
    await reload(page);
    expect(fetched(APP)).toBe(0);
    expect(fetched("/receipts")).toBe(0);
  });
});

function fixtureOf(path: string): string {
  return readFileSync(resolve(REPO_ROOT, path.slice(1)), "utf8");
}
