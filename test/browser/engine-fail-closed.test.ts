// Issue #17: the widget against a hostile host page and stale stored records, on the built
// kelisim.js in real Chromium. Each case: nothing gated is released by accident, nothing escapes into
// the page as an uncaught error, and the webmaster gets one `[kelisim]` console line saying what
// happened.
import type { ConsoleMessage, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { engineSuite } from "../support/engine-suite.ts";
import { readEngineFixture } from "../support/widget-build.ts";

const ANALYTICS = "/test/fixtures/pages/engine/analytics.js";
const BANNER = '[data-kelisim-view="banner"]';
/** The README's tag: `defer`, as a school webmaster pastes it. */
const WIDGET_TAG = '<script src="/dist/widget/kelisim.js" data-manifest="/manifest.json" defer></script>';
const GATED = `<script type="text/plain" data-consent="analytics" src="${ANALYTICS}"></script>`;

let kelisimLines: string[];

const suite = engineSuite({
  contextOptions: { locale: "en-US" },
  beforeEachTest: () => {
    kelisimLines = [];
    serveManifest(manifestV1());
  },
});

/** Serves `/t.html` with `head` and `body` around the widget tag and one gated script. */
function servePage(head: string, body = "", path = "/t.html"): string {
  suite.server.route(path, {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body><h1>School</h1>${body}${GATED}</body></html>`,
  });
  return path;
}

function manifestV1(): Record<string, unknown> {
  return JSON.parse(readEngineFixture("manifest-v1.json")) as Record<string, unknown>;
}

function serveManifest(manifest: unknown): void {
  suite.server.route("/manifest.json", {
    headers: { "content-type": "application/json" },
    body: typeof manifest === "string" ? manifest : JSON.stringify(manifest),
  });
}

function watch(page: Page): Page {
  suite.watch(page);
  page.on("console", (message: ConsoleMessage) => {
    if (message.text().includes("[kelisim]")) kelisimLines.push(`${message.type()}: ${message.text()}`);
  });
  return page;
}

const fetched = (path: string) => suite.fetched(path);

describe("the name `Kelisim` taken by the page (defect 2)", () => {
  const takers: [string, string, string][] = [
    ["an element with id Kelisim", "", '<div id="Kelisim">page content</div>'],
    ["a form named Kelisim", "", '<form name="Kelisim"><input name="q"></form>'],
    ["the page's own window.Kelisim", "<script>window.Kelisim = { pageOwn: true };</script>", ""],
  ];
  for (const [name, head, body] of takers) {
    it(`${name}: the banner still shows, the API is at window[Symbol.for("kelisim")], one warning`, async () => {
      const page = watch(await suite.context.newPage());
      await page.goto(suite.server.origin + servePage(head + WIDGET_TAG, body));
      await page.locator(BANNER).waitFor({ state: "visible", timeout: 5000 });
      const seen = await page.evaluate(async () => {
        const api = (window as unknown as Record<symbol, Window["Kelisim"] | undefined>)[
          Symbol.for("kelisim")
        ];
        if (!api) return null;
        await api.ready;
        const own = (window as unknown as { Kelisim: unknown }).Kelisim;
        return {
          needsPrompt: api.getConsent().needsPrompt,
          // The page's own meaning of the name is left alone.
          pageOwn: own instanceof Element ? own.localName : JSON.stringify(own),
        };
      });
      expect(seen).toEqual({
        needsPrompt: true,
        pageOwn: name.includes("form") ? "form" : name.includes("element") ? "div" : '{"pageOwn":true}',
      });
      expect(fetched(ANALYTICS)).toBe(0);
      await page.locator(`${BANNER} [data-action="accept-all"]`).click();
      await expect.poll(() => fetched(ANALYTICS)).toBe(1);
      expect(kelisimLines).toHaveLength(1);
      expect(kelisimLines[0]).toMatch(/^warning: \[kelisim\].*window\.Kelisim.*Symbol\.for\("kelisim"\)/);
    });
  }

  it("included twice with the name taken: one instance, one warning", async () => {
    const page = watch(await suite.context.newPage());
    await page.goto(suite.server.origin + servePage(WIDGET_TAG + WIDGET_TAG, '<div id="Kelisim"></div>'));
    await page.locator(BANNER).waitFor({ state: "visible", timeout: 5000 });
    await page.evaluate(
      () => (window as unknown as Record<symbol, Window["Kelisim"]>)[Symbol.for("kelisim")]?.ready,
    );
    expect(await page.locator("[data-kelisim-host]").count()).toBe(1);
    expect(fetched("/manifest.json")).toBe(1);
    expect(kelisimLines).toHaveLength(1);
  });
});

describe("a page fetch that never settles (defect 3)", () => {
  it("after 5 s: `ready` resolves, the banner says the declaration could not be read, one error, nothing released", async () => {
    await suite.context.addInitScript(() => {
      window.fetch = () => new Promise<Response>(() => {});
    });
    const page = watch(await suite.context.newPage());
    await page.goto(suite.server.origin + servePage(WIDGET_TAG));
    const started = Date.now();
    const state = await page.evaluate(async () => {
      await window.Kelisim.ready;
      return window.Kelisim.getConsent();
    });
    expect(Date.now() - started).toBeLessThan(9000);
    expect(state.manifestError).toMatch(/no answer within 5 s/);
    await expect
      .poll(() => page.locator(`${BANNER} p`).first().textContent(), { timeout: 5000 })
      .toMatch(/declaration could not be read/);
    await page.locator(`${BANNER} [data-action="accept-all"]`).click();
    await page.waitForTimeout(300);
    expect(fetched(ANALYTICS)).toBe(0);
    expect(kelisimLines).toHaveLength(1);
    expect(kelisimLines[0]).toMatch(/^error: \[kelisim\].*no answer within 5 s/);
  }, 20_000);
});

describe("host-page globals that throw (defect 4)", () => {
  it("attachShadow throws: nothing escapes into the page, one line says so, nothing is released", async () => {
    await suite.context.addInitScript(() => {
      Element.prototype.attachShadow = () => {
        throw new DOMException("denied by the page", "NotSupportedError");
      };
    });
    const page = watch(await suite.context.newPage());
    await page.goto(suite.server.origin + servePage(WIDGET_TAG));
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForTimeout(800);
    expect(fetched(ANALYTICS)).toBe(0);
    expect(kelisimLines).toHaveLength(1);
    expect(kelisimLines[0]).toMatch(/^error: \[kelisim\].*attachShadow|shadow/i);
  });

  it("Promise replaced after kelisim.js ran: an Accept click still records and releases, nothing escapes", async () => {
    // A classic (not deferred) widget tag, so the page's next script runs after it.
    const tag = WIDGET_TAG.replace(" defer", "");
    const breakPromise = `<script>window.Promise = function HostilePromise() { throw new TypeError("hostile Promise"); };</script>`;
    const page = watch(await suite.context.newPage());
    await page.goto(suite.server.origin + servePage(tag + breakPromise));
    await page.locator(`${BANNER} [data-action="accept-all"]`).click({ timeout: 5000 });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.Kelisim.getConsent().record?.method ?? null)).toBe("accept-all");
    expect(fetched(ANALYTICS)).toBe(1);
  });

  it("Promise.prototype.then throwing after start: nothing escapes, at most one line, nothing released unasked", async () => {
    const tag = WIDGET_TAG.replace(" defer", "");
    const breakThen = `<script>Promise.prototype.then = function () { throw new TypeError("hostile then"); };</script>`;
    const page = watch(await suite.context.newPage());
    await page.goto(suite.server.origin + servePage(tag + breakThen));
    await page.waitForTimeout(1500);
    expect(fetched(ANALYTICS)).toBe(0);
    const accept = page.locator(`${BANNER} [data-action="accept-all"]`);
    if (await accept.isVisible()) await accept.click();
    await page.waitForTimeout(500);
    expect(kelisimLines.length).toBeLessThanOrEqual(1);
  });
});

describe("stored records are checked before they are trusted (defect 6)", () => {
  /**
   * Accepts on a first page view, then rewrites the stored current choice in place: in IndexedDB and in
   * the returning visitor's synchronous copy of it (localStorage `kelisim.return`, which the light path
   * reads instead of IndexedDB), so the next view meets the changed record whichever it reads.
   */
  async function acceptThenTamper(page: Page, tamper: string): Promise<void> {
    await page.goto(suite.server.origin + servePage(WIDGET_TAG));
    await page.evaluate(() => window.Kelisim.ready);
    await page.evaluate(() => window.Kelisim.acceptAll());
    await page.evaluate(
      (source) =>
        new Promise<void>((resolve, reject) => {
          const change = new Function("record", source) as (record: Record<string, unknown>) => void;
          const open = indexedDB.open("kelisim");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("choice", "readwrite");
            const store = tx.objectStore("choice");
            const get = store.get("current");
            get.onsuccess = () => {
              const record = get.result as Record<string, unknown>;
              change(record);
              store.put(record, "current");
              const copy = JSON.parse(localStorage.getItem("kelisim.return") ?? "null") as unknown[] | null;
              if (copy) {
                change(copy[0] as Record<string, unknown>);
                localStorage.setItem("kelisim.return", JSON.stringify(copy));
              }
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      tamper,
    );
    suite.server.requests.length = 0;
    await page.reload();
    await page.evaluate(() => window.Kelisim.ready);
    await page.waitForTimeout(300);
  }

  it("a record created ten years in the future is no consent: the banner asks, nothing released", async () => {
    const page = watch(await suite.context.newPage());
    await acceptThenTamper(
      page,
      `const year = 365 * 86400000;
       record.created = new Date(Date.now() + 10 * year).toISOString();
       record.expires = new Date(Date.now() + 11 * year).toISOString();`,
    );
    const state = await page.evaluate(() => window.Kelisim.getConsent());
    expect(state.record).toBeNull();
    expect(state.needsPrompt).toBe(true);
    expect(state.choices.analytics).toBe(false);
    expect(fetched(ANALYTICS)).toBe(0);
    expect(kelisimLines.filter((line) => /future/.test(line))).toHaveLength(1);
  });

  it("a record created two minutes ahead (clock skew) is still honoured", async () => {
    const page = watch(await suite.context.newPage());
    await acceptThenTamper(page, "record.created = new Date(Date.now() + 120000).toISOString();");
    const state = await page.evaluate(() => window.Kelisim.getConsent());
    expect(state.record?.method).toBe("accept-all");
    expect(state.needsPrompt).toBe(false);
    await expect.poll(() => fetched(ANALYTICS)).toBe(1);
  });

  it("a record for another origin is no consent", async () => {
    const page = watch(await suite.context.newPage());
    await acceptThenTamper(page, 'record.origin = "https://other-school.example";');
    const state = await page.evaluate(() => window.Kelisim.getConsent());
    expect(state.record).toBeNull();
    expect(state.needsPrompt).toBe(true);
    expect(fetched(ANALYTICS)).toBe(0);
    expect(kelisimLines.filter((line) => /origin/.test(line))).toHaveLength(1);
  });

  it("a record of an unknown shape is no consent", async () => {
    const page = watch(await suite.context.newPage());
    await acceptThenTamper(page, 'record.choices = { analytics: "yes" };');
    const state = await page.evaluate(() => window.Kelisim.getConsent());
    expect(state.record).toBeNull();
    expect(state.needsPrompt).toBe(true);
    expect(fetched(ANALYTICS)).toBe(0);
  });
});
