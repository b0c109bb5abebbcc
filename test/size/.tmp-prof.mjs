import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "playwright-core";
import { build } from "vite";

await build({
  configFile: "vite.config.ts",
  mode: "widget",
  logLevel: "silent",
  build: { outDir: "/tmp/kz-unmin", minify: false, rolldownOptions: { output: { minify: false } } },
});
const manifest = readFileSync("test/fixtures/pages/ui/manifest.json");
const server = createServer((req, res) => {
  const p = new URL(req.url, "http://x").pathname;
  if (p === "/m.json") return res.end(manifest);
  if (p === "/k.js") {
    res.setHeader("content-type", "text/javascript");
    return res.end(readFileSync("/tmp/kz-unmin/kelisim.js"));
  }
  res.setHeader("content-type", "text/html");
  res.end(
    '<!doctype html><html lang="kk"><body><p>x</p><script src="/k.js" data-manifest="/m.json" defer></script></body></html>',
  );
});
await new Promise((d) => server.listen(0, "127.0.0.1", d));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const totals = new Map();
const N = 4;
for (let i = 0; i < N; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.locator('[data-kelisim-view="banner"]').waitFor();
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send("Profiler.stop");
  const dt = new Map();
  const ids = profile.samples;
  for (let j = 0; j < ids.length; j++) dt.set(ids[j], (dt.get(ids[j]) ?? 0) + (profile.timeDeltas[j] ?? 0));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const inK = f.url.includes("k.js");
    const key = inK
      ? `${f.functionName || "(anon)"}:${f.lineNumber}`
      : `[${f.functionName || f.url.slice(-20) || "native"}]`;
    totals.set(key, (totals.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000 / N);
  }
  await context.close();
}
const src = readFileSync("/tmp/kz-unmin/kelisim.js", "utf8").split("\n");
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 22)) {
  const line = Number(k.split(":").pop());
  console.log(v.toFixed(1), "ms", k, "|", (src[line] ?? "").trim().slice(0, 70));
}
await browser.close();
server.close();
