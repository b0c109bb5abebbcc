// A school site on plain http: browsers hide crypto.subtle outside secure contexts (127.0.0.1 counts as
// secure, so the site is given a real hostname, mapped to the local server). The receipt must still
// name the exact declaration agreed to: the SHA-256 of its canonical JSON.
import { createHash } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { canonicalize } from "../../shared/manifest/canonical.ts";
import { launchChromium } from "../support/chromium.ts";
import { type StaticServer, startStaticServer } from "../support/static-server.ts";
import { ensureWidgetBuilt, readEngineFixture } from "../support/widget-build.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureWidgetBuilt();
  server = await startStaticServer();
  const port = new URL(server.origin).port;
  browser = await launchChromium({ args: [`--host-resolver-rules=MAP school.test 127.0.0.1:${port}`] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("on an http site without crypto.subtle the receipt still carries the served manifest's SHA-256", async () => {
  // An unknown member is ignored by the validator but is part of the published file, so it is part of
  // the hash the receipt must carry.
  const manifestText = JSON.stringify({
    ...JSON.parse(readEngineFixture("manifest-v1.json")),
    "x-note": "extra",
  });
  server.route("/manifest.json", { headers: { "content-type": "application/json" }, body: manifestText });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("http://school.test/test/fixtures/pages/engine/page.html");
  expect(await page.evaluate(() => ({ secure: isSecureContext, subtle: typeof crypto.subtle }))).toEqual({
    secure: false,
    subtle: "undefined",
  });
  await page.waitForFunction(() => "Kelisim" in window);
  await page.evaluate(async () => {
    await window.Kelisim.ready;
    await window.Kelisim.acceptAll();
  });
  const receipts = await page.evaluate(() => window.Kelisim.receipts());
  const expected = createHash("sha256")
    .update(canonicalize(JSON.parse(manifestText)), "utf8")
    .digest("hex");
  expect(receipts.at(-1)?.manifestHash).toBe(expected);
  expect(errors).toEqual([]);
  await context.close();
});
