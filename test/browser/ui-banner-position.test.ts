// data-position puts the banner where the webmaster asked: along the bottom (the default) or the top,
// or as a card in one of the four corners, 12 px from the viewport's edges.
import { afterAll, beforeAll, expect, test } from "vitest";
import { BANNER, type Harness, MANIFEST_PATH, newPage, startBannerSite } from "./ui-support.ts";

const page = (position: string) => `<!doctype html><html lang="kk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Мектеп</title></head>
<body><main><h1>Мектеп</h1></main>
<script src="/dist/widget/kelisim.js" data-manifest="${MANIFEST_PATH}" data-position="${position}" defer></script></body></html>`;

const POSITIONS = ["bottom", "top", "bottom-left", "bottom-right", "top-left", "top-right"];
const VIEWPORT = { width: 1280, height: 800 };
const GAP = 12;

let harness: Harness;
beforeAll(async () => {
  harness = await startBannerSite();
  for (const position of POSITIONS)
    harness.server.route(`/at-${position}.html`, {
      body: page(position),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
});
afterAll(async () => harness?.close());

test.each(POSITIONS)("data-position=%s", async (position) => {
  const { context, page: tab } = await newPage(harness, VIEWPORT);
  await tab.goto(`${harness.server.origin}/at-${position}.html`);
  const banner = tab.locator(BANNER);
  await banner.waitFor({ state: "visible" });
  // After the entry animation (opacity only), the box is final.
  const box = await banner.boundingBox();
  if (!box) throw new Error("the banner has no box");
  const fromTop = Math.round(box.y);
  const fromBottom = Math.round(VIEWPORT.height - box.y - box.height);
  const fromLeft = Math.round(box.x);
  const fromRight = Math.round(VIEWPORT.width - box.x - box.width);
  if (position.startsWith("top")) expect(fromTop).toBe(GAP);
  else expect(fromBottom).toBe(GAP);
  if (position.endsWith("-left")) expect(fromLeft).toBe(GAP);
  if (position.endsWith("-right")) expect(fromRight).toBe(GAP);
  if (position.includes("-")) expect(box.width).toBeLessThanOrEqual(420);
  else {
    // Centred, at most 760 px wide.
    expect(box.width).toBe(760);
    expect(Math.abs(fromLeft - fromRight)).toBeLessThanOrEqual(1);
  }
  await context.close();
});
