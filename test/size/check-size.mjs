#!/usr/bin/env node
// The enforced size budget (run by `npm test` after `npm run build`): brotli (node:zlib, quality 11)
// of what a visitor downloads. The banner path is kelisim.js alone: test/browser/ui-banner-path.test.ts
// checks in Chromium that nothing else of the widget is fetched before the banner shows. The engine
// (kelisim-app.js) loads after it, the Preact UI (kelisim-ui.js) when more than the banner is needed,
// the policy viewer (kelisim-viewer-<lang>.js) when first opened. A returning visitor (a choice stored, its cached verdict holding) loads kelisim.js and
// kelisim-return.js only: test/browser/engine-returning.test.ts checks in Chromium that kelisim-app.js
// is not requested then. Prints a table; exits 1 over a ceiling.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const KIB = 1024;

/**
 * [label, files, ceiling, budget, target] in brotli bytes.
 * - ceiling: enforced here, so CI fails on any regression. It sits just above today's size and only
 *   ever moves down.
 * - budget: what issue #4 asks for (banner path 12 KiB).
 * - target: where we want to be (banner path 8 KiB).
 */
/** What the studio's index.html loads before it is usable: its module script, preloads and stylesheet. */
export function studioFirstLoad() {
  const html = resolve(ROOT, "dist/studio/index.html");
  if (!existsSync(html)) return ["dist/studio/index.html"];
  const text = readFileSync(html, "utf8");
  const urls = [
    ...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g),
  ].map((match) => `dist/studio/${match[1]}`);
  return urls;
}

export const BUDGETS = [
  ["banner path (kelisim.js)", ["dist/widget/kelisim.js"], 7 * KIB, 12 * KIB, 8 * KIB],
  // After the banner is painted: the validator and the engine (the Preact UI is kelisim-ui.js).
  ["engine (kelisim-app.js, after the banner)", ["dist/widget/kelisim-app.js"], 13 * KIB, 13 * KIB, 12 * KIB],
  // A first visit until the visitor acts (issue #12: at most 20 KiB): the banner path and the engine;
  // test/browser/ui-first-visit.test.ts checks in Chromium that nothing else of the widget is fetched.
  [
    "first visit before the visitor acts (kelisim.js + kelisim-app.js)",
    ["dist/widget/kelisim.js", "dist/widget/kelisim-app.js"],
    20 * KIB,
    20 * KIB,
    20 * KIB,
  ],
  // On the visitor's first reach for the banner, a choice, an embed's placeholder, #privacy: Preact + UI.
  ["Preact UI (kelisim-ui.js, on demand)", ["dist/widget/kelisim-ui.js"], 16 * KIB, 16 * KIB, 14 * KIB],
  // Only on plain-http pages, where crypto.subtle is missing: SHA-256 for the receipt.
  [
    "SHA-256 for http pages (kelisim-sha256.js)",
    ["dist/widget/kelisim-sha256.js"],
    1 * KIB,
    1 * KIB,
    1 * KIB,
  ],
  // A returning visitor (a choice stored, the verdict holding): the light path, issue #12's 10 KiB
  // (and ≤ 0.75× vanilla-cookieconsent's bytes, which npm run bench measures side by side).
  [
    "returning visitor (kelisim.js + kelisim-return.js)",
    ["dist/widget/kelisim.js", "dist/widget/kelisim-return.js"],
    10 * KIB,
    10 * KIB,
    10 * KIB,
  ],
  // The viewer is one lazy file per language (taxonomy labels and catalogs are most of it).
  ...["kk", "ru", "en"].map((lang) => [
    `policy viewer, ${lang} (kelisim-viewer-${lang}.js, lazy)`,
    [`dist/widget/kelisim-viewer-${lang}.js`],
    16 * KIB,
    16 * KIB,
    12 * KIB,
  ]),
  // Kelisim Studio (issue #9): JS + CSS before it is usable; Russian and English UI strings, the
  // extractor, the policy viewer and the widget itself load only when used.
  ["studio first load (dist/studio: entry JS + CSS)", studioFirstLoad(), 57 * KIB, 60 * KIB, 50 * KIB],
];

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

export function measure(files) {
  const missing = files.filter((file) => !existsSync(resolve(ROOT, file)));
  if (missing.length > 0) throw new Error(`missing ${missing.join(", ")}: run "npm run build" first`);
  // Each file is its own transfer, compressed on its own: a path of several files costs their sum.
  const buffers = files.map((file) => readFileSync(resolve(ROOT, file)));
  const sum = (size) => buffers.reduce((total, buffer) => total + size(buffer), 0);
  return {
    raw: sum((buffer) => buffer.length),
    gzip: sum((buffer) => gzipSync(buffer, { level: 9 }).length),
    brotli: sum(brotliSize),
  };
}

const kib = (bytes) => `${(bytes / KIB).toFixed(2)} KiB`;

function main() {
  const rows = [];
  let failed = false;
  for (const [label, files, ceiling, budget, target] of BUDGETS) {
    const size = measure(files);
    const over = size.brotli > ceiling;
    failed ||= over;
    const status = over
      ? "OVER CEILING"
      : size.brotli > budget
        ? "budget NOT met"
        : size.brotli > target
          ? "ok (above target)"
          : "ok";
    rows.push([label, kib(size.raw), kib(size.gzip), kib(size.brotli), kib(ceiling), kib(budget), status]);
  }
  const header = ["bundle", "minified", "gzip -9", "brotli -q11", "CI ceiling", "budget", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  if (failed) {
    console.error("\nsize ceiling exceeded (brotli): a regression. See test/size/check-size.mjs.");
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
