#!/usr/bin/env node
// The enforced size budget (run by `npm test` after `npm run build`): brotli (node:zlib, quality 11)
// of what a visitor downloads. The banner path is kelisim.js alone (engine + banner + preferences);
// the policy viewer is the lazily loaded kelisim-viewer-<lang>.js. Prints a table; exits 1 over budget.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const KIB = 1024;

/** [label, files, budget in bytes (brotli), target in bytes] */
export const BUDGETS = [
  ["banner path (kelisim.js)", ["dist/widget/kelisim.js"], 12 * KIB, 8 * KIB],
  // The viewer is one lazy file per language (taxonomy labels and catalogs are most of it); the
  // budget is per file, 16 KiB, target 12 KiB.
  ...["kk", "ru", "en"].map((lang) => [
    `policy viewer, ${lang} (kelisim-viewer-${lang}.js, lazy)`,
    [`dist/widget/kelisim-viewer-${lang}.js`],
    16 * KIB,
    12 * KIB,
  ]),
];

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

export function measure(files) {
  const missing = files.filter((file) => !existsSync(resolve(ROOT, file)));
  if (missing.length > 0) throw new Error(`missing ${missing.join(", ")}: run "npm run build" first`);
  const buffer = Buffer.concat(files.map((file) => readFileSync(resolve(ROOT, file))));
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliSize(buffer) };
}

const kib = (bytes) => `${(bytes / KIB).toFixed(2)} KiB`;

function main() {
  const rows = [];
  let failed = false;
  for (const [label, files, budget, target] of BUDGETS) {
    const size = measure(files);
    const over = size.brotli > budget;
    failed ||= over;
    const status = over ? "OVER BUDGET" : size.brotli > target ? "ok (above target)" : "ok";
    rows.push([label, kib(size.raw), kib(size.gzip), kib(size.brotli), kib(budget), status]);
  }
  const header = ["bundle", "minified", "gzip -9", "brotli -q11", "budget", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  if (failed) {
    console.error("\nsize budget exceeded (brotli). See test/size/check-size.mjs for the budgets.");
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
