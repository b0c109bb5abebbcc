#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
// `npm run bench:studio` (after `npm run build`): how long from a keystroke in a studio field until the
// live preview — the real widget, drawn with the draft in a standby frame — shows the new text in its banner, on a
// desktop CPU and at 4× CPU slowdown (DevTools throttling). Issue #9 asks for ≤ 100 ms at 4×.
// Measured inside the page (performance.now at the input event → first animation frame in which the
// preview's banner holds the typed text), median of RUNS keystrokes. Reported, never asserted.
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const ROOT = resolve(import.meta.dirname, "../..");
const STUDIO = resolve(ROOT, "dist/studio");
const RUNS = Number(process.env.RUNS ?? 15);
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

if (!existsSync(resolve(STUDIO, "index.html"))) {
  console.error('dist/studio is missing: run "npm run build" first');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const file = normalize(join(STUDIO, path === "/" ? "index.html" : path));
  if (!file.startsWith(STUDIO) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(browser, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator("button", { hasText: "Әдеттегі мектеп сайты" }).click();
  const field = page.locator('[data-path="/operator/name/kk"]');
  await field.waitFor();
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  }
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const marker = `Мектеп${run}x`;
    await field.focus();
    const elapsed = page.evaluate(
      (expected) =>
        new Promise((done) => {
          const input = document.querySelector('[data-path="/operator/name/kk"]');
          input.addEventListener(
            "input",
            () => {
              const start = performance.now();
              const check = () => {
                const frame = document.querySelector('[data-testid="preview-frame"]');
                const host = frame?.contentDocument?.querySelector("[data-kelisim-host]");
                const text = host?.shadowRoot?.textContent ?? "";
                if (text.includes(expected)) done(performance.now() - start);
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            },
            { once: true },
          );
        }),
      marker,
    );
    await field.fill(marker);
    times.push(await elapsed);
  }
  await context.close();
  return times;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const rows = [];
for (const rate of [1, 4]) {
  const times = await measure(browser, rate);
  rows.push([rate === 1 ? "desktop" : "4× CPU", median(times), Math.min(...times), Math.max(...times)]);
}
await browser.close();
server.close();
console.log(
  `Studio: keystroke → preview banner shows it (median of ${RUNS}; the preview draws in a standby frame and swaps it in)`,
);
console.log("| CPU | median ms | min ms | max ms |\n|---|---|---|---|");
for (const [label, med, min, max] of rows)
  console.log(`| ${label} | ${med.toFixed(0)} | ${min.toFixed(0)} | ${max.toFixed(0)} |`);
