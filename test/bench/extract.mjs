#!/usr/bin/env node
// `npm run bench:extract`: how long the extractor takes on a 25 KB policy, in Node (cold first call,
// then the median of warm calls) and in headless Chromium at 4× CPU throttling (the longest task the
// page sees: issue #10 asks for none over 200 ms). The same browser bundle of shared/extract runs in
// both. The 25 KB text is built from our fixture policies (test/fixtures/policies/); with
// ../shared/seeds beside the checkout, the largest seed policy cut to 25 KB is measured too.
// Prints a Markdown table; figures, not a pass/fail (speed is never a timed test here).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SIZE = 25 * 1024;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `text`'s lines, repeated as needed, up to `bytes` of UTF-8 (the last line cut to fit). */
const cutTo = (text, bytes) => {
  const lines = text.split("\n");
  let out = "";
  for (let i = 0; ; i++) {
    const line = `${lines[i % lines.length]}\n`;
    if (Buffer.byteLength(out + line) > bytes) {
      for (const ch of line) {
        if (Buffer.byteLength(out + ch) > bytes) return out;
        out += ch;
      }
    }
    out += line;
  }
};

const inputs = () => {
  const fixtures = ["gymnasium-kk.txt", "tutoring-ru.txt"].map((f) =>
    readFileSync(join(ROOT, "test/fixtures/policies", f), "utf8"),
  );
  const list = [["fixtures kk+ru, repeated", cutTo(fixtures.join("\n\n"), SIZE)]];
  const seeds = join(ROOT, "../shared/seeds");
  if (existsSync(seeds)) {
    const largest = readdirSync(seeds)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(seeds, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (largest)
      list.push([
        `largest seed (${Math.round(statSync(largest).size / 1024)} KB) cut/repeated`,
        cutTo(readFileSync(largest, "utf8"), SIZE),
      ]);
  }
  return list;
};

/** shared/extract as one ES module for the browser (and Node, so both run the same code). */
async function bundle() {
  const result = await build({
    configFile: false,
    logLevel: "error",
    build: {
      write: false,
      minify: true,
      target: "es2022",
      lib: { entry: join(ROOT, "shared/extract/index.ts"), formats: ["es"], fileName: "extract" },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output[0];
  return output.code;
}

async function inNode(code, text) {
  const file = join(mkdtempSync(join(tmpdir(), "kelisim-bench-")), "extract.mjs");
  writeFileSync(file, code);
  const { extractPolicy } = await import(pathToFileURL(file).href);
  let start = performance.now();
  extractPolicy(text);
  const cold = performance.now() - start;
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    extractPolicy(text);
    warm.push(performance.now() - start);
  }
  return { cold, warm: median(warm) };
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>extract bench</title>
<script>
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
</script>`;

async function inChromium(code, texts) {
  const server = createServer((req, res) => {
    if (req.url === "/extract.js") {
      res.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-store" });
      return void res.end(code);
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const results = [];
  try {
    for (const text of texts) {
      const samples = [];
      // A fresh page per run: the first call pays for compiling the lexicons (and the JIT warming up), as a
      // studio visitor's would.
      for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 3)); run++) {
        const page = await browser.newPage();
        const cdp = await page.context().newCDPSession(page);
        await page.goto(`${origin}/`);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        const r = await page.evaluate(async (policy) => {
          const tasks = window.__longTasks;
          const longestSince = (from) =>
            Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, d]) => d));
          const settle = () => new Promise((done) => setTimeout(done, 100));
          const { extractPolicy, extractPolicyAsync } = await import("/extract.js");
          await settle();
          // Each call starts in its own task, as a click or a paste would start it.
          const timed = (run) =>
            new Promise((done) =>
              setTimeout(async () => {
                const start = performance.now();
                await run();
                done(performance.now() - start);
              }, 0),
            );
          let mark = performance.now();
          const asyncCold = await timed(() => extractPolicyAsync(policy));
          await settle();
          const asyncLongest = longestSince(mark);
          mark = performance.now();
          const asyncWarm = await timed(() => extractPolicyAsync(policy));
          await settle();
          const asyncWarmLongest = longestSince(mark);
          mark = performance.now();
          const syncWarm = await timed(() => extractPolicy(policy));
          await settle();
          return {
            asyncCold,
            asyncWarm,
            syncWarm,
            longest: Math.max(asyncLongest, asyncWarmLongest),
            syncLongest: longestSince(mark),
          };
        }, text);
        samples.push(r);
        await page.close();
      }
      const pick = (key) => samples.map((r) => r[key]);
      results.push({
        asyncCold: median(pick("asyncCold")),
        asyncWarm: median(pick("asyncWarm")),
        syncWarm: median(pick("syncWarm")),
        longest: Math.max(...pick("longest")),
        syncLongest: Math.max(...pick("syncLongest")),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

const code = await bundle();
const list = inputs();
const node = [];
for (const [, text] of list) node.push(await inNode(code, text));
const browser = await inChromium(
  code,
  list.map(([, text]) => text),
);
const ms = (v) => `${v.toFixed(1)} ms`;
const lines = [
  `Extractor on a 25 KB policy. Node: first call, then the median of ${RUNS} calls (extractPolicy). Chromium at 4× CPU, a fresh page per run: extractPolicyAsync (slices of about 25 ms) cold and warm, and the longest task the page saw during it (max over runs); then one synchronous extractPolicy call, warm. Bundle ${(code.length / 1024).toFixed(1)} KB minified.`,
  "",
  "| input | bytes | Node first call | Node median | Chromium 4× async cold | async warm | longest task (async) | sync warm | longest task (sync, warm) |",
  "|---|---|---|---|---|---|---|---|---|",
  ...list.map(([name, text], i) => {
    const b = browser[i];
    return `| ${name} | ${Buffer.byteLength(text)} | ${ms(node[i].cold)} | ${ms(node[i].warm)} | ${ms(b.asyncCold)} | ${ms(b.asyncWarm)} | ${ms(b.longest)} | ${ms(b.syncWarm)} | ${ms(b.syncLongest)} |`;
  }),
];
console.log(lines.join("\n"));
