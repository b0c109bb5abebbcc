import { afterAll, beforeAll, expect, test } from "vitest";
import {
  BANNER,
  consent,
  type Harness,
  MANIFEST_PATH,
  newPage,
  readFixtureManifest,
  startBannerSite,
} from "./ui-support.ts";

let harness: Harness;
const manifest = readFixtureManifest();

beforeAll(async () => {
  harness = await startBannerSite();
});
afterAll(async () => harness?.close());
test("Global Privacy Control: the banner says the signal was honoured", async () => {
  const { context, page } = await newPage(harness);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "globalPrivacyControl", {
      get: () => true,
      configurable: true,
    });
  });
  await page.goto(`${harness.server.origin}/page.html`);
  await page.locator(BANNER).waitFor();
  expect(await page.locator(`${BANNER} [data-kelisim-gpc]`).textContent()).toContain(
    "Global Privacy Control",
  );
  await context.close();
});

test("re-consent after a material change says what changed since the visitor agreed", async () => {
  const { context, page } = await newPage(harness);
  await page.goto(`${harness.server.origin}/page.html`);
  await page.locator(`${BANNER} [data-action="accept-all"]`).click();
  await page.locator(BANNER).waitFor({ state: "detached" });
  const next = structuredClone(manifest);
  next.manifestVersion = "2027-01-01";
  next.recipients = [
    ...(next.recipients ?? []),
    {
      id: "x-newcdn",
      kind: "it-service-providers",
      name: "Жаңа CDN",
      role: "processor",
      country: "DE",
    },
  ];
  const first = next.activities[0];
  if (!first) throw new Error("the fixture manifest has no activity");
  first.recipients = [...(first.recipients ?? []), "x-newcdn"];
  next.changes = [
    { version: "2027-01-01", date: "2027-01-01", summary: "Жаңа CDN қосылды.", material: true },
  ];
  harness.server.route(MANIFEST_PATH, {
    body: JSON.stringify(next),
    headers: { "content-type": "application/json" },
  });
  try {
    await page.reload();
    const changes = page.locator(`${BANNER} [data-kelisim-changes]`);
    await changes.waitFor();
    const text = await changes.textContent();
    expect(text).toContain("Жаңа CDN");
    expect(text).toContain("Жаңа CDN қосылды.");
  } finally {
    harness.server.route(MANIFEST_PATH, {
      body: JSON.stringify(manifest),
      headers: { "content-type": "application/json" },
    });
  }
  await context.close();
});

test("a gated iframe shows a placeholder with the iframe's own box; Always allow stores the choice and shows it", async () => {
  const { context, page } = await newPage(harness);
  // The iframe's box before the widget runs, for comparison.
  await page.route("**/dist/widget/kelisim.js", (route) =>
    route.fulfill({ body: "", contentType: "text/javascript" }),
  );
  await page.goto(`${harness.server.origin}/page.html`);
  const original = await page.locator("#video").boundingBox();
  await page.unroute("**/dist/widget/kelisim.js");
  await page.reload();
  const placeholder = page.locator("kelisim-embed");
  await placeholder.waitFor();
  expect(await placeholder.boundingBox()).toEqual(original);
  const text = await page.locator("kelisim-embed .k-embed").textContent();
  expect(text).toContain("IP мекенжайыңыз");
  await page.locator(`${BANNER} [data-action="reject-all"]`).click();
  await page.locator('kelisim-embed [data-action="always-allow"]').click();
  await expect.poll(() => page.locator("#video").getAttribute("src")).toContain("embed.html");
  expect(await consent(page)).toMatchObject({ media: true, analytics: false });
  expect(await page.frameLocator("#video").locator("#embedded").textContent()).toContain("Ендірілген бейне");
  await context.close();
});

test("prefers-reduced-motion: the banner does not animate", async () => {
  const { context, page } = await newPage(harness);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${harness.server.origin}/page.html`);
  await page.locator(BANNER).waitFor();
  expect(await page.locator(BANNER).evaluate((banner) => getComputedStyle(banner).animationName)).toBe(
    "none",
  );
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.locator(BANNER).evaluate((banner) => getComputedStyle(banner).animationName)).toBe(
    "k-in",
  );
  await context.close();
});
