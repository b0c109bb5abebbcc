// Issue #17 defect 7: gating edges in real Chromium, as the README's gating section describes them.
// An iframe's inline document waits in `data-srcdoc`; a <video>'s sources wait in `<source data-src>`;
// a preload waits in `<link rel="preload" data-href>`. A literal `srcdoc` or `href` on a gated
// element is loaded by the browser before any script runs: the widget cannot hold it back, does not
// run it a second time, and says so once in the console.
import type { ConsoleMessage, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { engineSuite } from "../support/engine-suite.ts";
import { readEngineFixture } from "../support/widget-build.ts";

const WIDGET_TAG = '<script src="/dist/widget/kelisim.js" data-manifest="/manifest.json" defer></script>';
const CLIP = "/__clip.webm";
const PRELOADED = "/__preloaded.json";

let warnings: string[];

const suite = engineSuite({
  contextOptions: { locale: "en-US" },
  beforeEachTest: (server) => {
    warnings = [];
    server.route("/manifest.json", { body: readEngineFixture("manifest-v1.json") });
    server.route(CLIP, { status: 404 });
    server.route(PRELOADED, { body: "{}", headers: { "content-type": "application/json" } });
  },
});

function servePage(body: string): string {
  suite.server.route("/edges.html", {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>edges</title>${WIDGET_TAG}</head><body><h1>School</h1>${body}</body></html>`,
  });
  return "/edges.html";
}

async function open(body: string): Promise<Page> {
  const page = await suite.context.newPage();
  suite.watch(page);
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "warning" && message.text().includes("[kelisim]")) warnings.push(message.text());
  });
  await page.goto(suite.server.origin + servePage(body));
  await page.evaluate(() => window.Kelisim.ready);
  await page.waitForTimeout(300);
  return page;
}

const fetched = (path: string) => suite.fetched(path);
const srcdocRuns = (page: Page) => page.evaluate(() => (window as { srcdocRuns?: number }).srcdocRuns ?? 0);
/** The inline document counts its runs in the parent page. */
const COUNTING_DOC = "&lt;script&gt;parent.srcdocRuns = (parent.srcdocRuns || 0) + 1&lt;/script&gt;";

describe("gated forms that wait for consent", () => {
  it("<iframe data-srcdoc>: not run before consent, run once after it", async () => {
    const page = await open(
      `<iframe data-consent="analytics" data-srcdoc="${COUNTING_DOC}" title="Widget"></iframe>`,
    );
    expect(await srcdocRuns(page)).toBe(0);
    expect(await page.locator("iframe").getAttribute("data-kelisim-state")).toBe("blocked");
    await page.evaluate(() => window.Kelisim.acceptAll());
    await expect.poll(() => srcdocRuns(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await srcdocRuns(page)).toBe(1);
  });

  it("<video data-consent> with <source data-src>: nothing fetched before consent, the source after it", async () => {
    const page = await open(
      `<video data-consent="analytics" controls width="320" height="180"><source data-src="${CLIP}" type="video/webm"></video>`,
    );
    expect(fetched(CLIP)).toBe(0);
    expect(await page.locator("video").getAttribute("data-kelisim-state")).toBe("blocked");
    await page.evaluate(() => window.Kelisim.rejectAll());
    await page.waitForTimeout(300);
    expect(fetched(CLIP)).toBe(0);
    await page.evaluate(() => window.Kelisim.acceptAll());
    await expect.poll(() => fetched(CLIP)).toBeGreaterThan(0);
  });

  it('<link rel="preload" data-href>: fetched only after consent', async () => {
    const page = await open(
      `<link rel="preload" as="fetch" crossorigin data-consent="analytics" data-href="${PRELOADED}">`,
    );
    expect(fetched(PRELOADED)).toBe(0);
    await page.evaluate(() => window.Kelisim.acceptAll());
    await expect.poll(() => fetched(PRELOADED)).toBe(1);
  });
});

describe("literal attributes the browser acts on before any script", () => {
  it("a literal srcdoc on a gated iframe: one warning, and the widget never runs it a second time", async () => {
    const page = await open(
      `<iframe data-consent="analytics" data-src="/test/fixtures/pages/engine/embed.html" srcdoc="${COUNTING_DOC}" title="Widget"></iframe>`,
    );
    expect(await srcdocRuns(page)).toBe(1);
    expect(warnings.filter((line) => /literal srcdoc/.test(line))).toHaveLength(1);
    await page.waitForTimeout(500);
    expect(await srcdocRuns(page)).toBe(1);
  });

  it("a literal preload href on a gated link: one warning naming data-href", async () => {
    await open(`<link rel="preload" as="fetch" crossorigin data-consent="analytics" href="${PRELOADED}">`);
    expect(warnings.filter((line) => /literal href.*data-href/.test(line))).toHaveLength(1);
  });
});
