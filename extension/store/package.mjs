#!/usr/bin/env node
// `npm run package:extension` builds both extensions, then this writes the store uploads to dist/store/:
//   kelisim-chrome-<version>.zip   for the Chrome Web Store (dist/extension)
//   kelisim-firefox-<version>.zip  for addons.mozilla.org (dist/extension-firefox)
//   kelisim-source-<version>.zip   the source AMO reviewers ask for; SOURCE.md in it says how to rebuild
//                                  the Firefox zip from it, file for file
//   listing/                        the store icon and the Chrome promo tile (extension/store/listing)
// Deterministic (see zip.mjs): the same tree gives the same bytes.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { zip } from "./zip.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = resolve(ROOT, process.env.STORE_OUT_DIR ?? "dist/store");
const { version } = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));
// Never uploaded: maps and sources would only show up in a store review as "unexpected files".
const NOT_SHIPPED = /\.(map|ts|tsx)$|(^|\/)\./;
// The source archive is what the build reads; tests, docs and CI scripts are not needed to rebuild.
const NOT_IN_SOURCE = /^(test|docs|\.ci)\//;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function buildArchive(dir) {
  const root = resolve(ROOT, dir);
  if (!existsSync(join(root, "manifest.json"))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run package:extension\` (it builds first)`);
  }
  const files = filesUnder(root).map((path) => ({ name: relative(root, path), data: readFileSync(path) }));
  const unexpected = files.filter((file) => NOT_SHIPPED.test(file.name)).map((file) => file.name);
  if (unexpected.length > 0)
    throw new Error(`${dir} holds files that must not ship: ${unexpected.join(", ")}`);
  return zip(files);
}

function sourceArchive() {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((name) => name !== "" && !NOT_IN_SOURCE.test(name) && existsSync(resolve(ROOT, name)));
  const files = tracked.map((name) => ({ name, data: readFileSync(resolve(ROOT, name)) }));
  files.push({ name: "SOURCE.md", data: readFileSync(resolve(import.meta.dirname, "SOURCE.md")) });
  return zip(files);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, "listing"), { recursive: true });
const written = {
  [`kelisim-chrome-${version}.zip`]: buildArchive("dist/extension"),
  [`kelisim-firefox-${version}.zip`]: buildArchive("dist/extension-firefox"),
  [`kelisim-source-${version}.zip`]: sourceArchive(),
};
for (const [name, bytes] of Object.entries(written)) {
  writeFileSync(join(OUT, name), bytes);
  console.log(`${relative(ROOT, join(OUT, name))}  ${(bytes.length / 1024).toFixed(1)} KiB`);
}
const listing = resolve(import.meta.dirname, "listing");
for (const name of readdirSync(listing)) copyFileSync(join(listing, name), join(OUT, "listing", name));
console.log(`${relative(ROOT, join(OUT, "listing"))}/  ${readdirSync(listing).join(", ")}`);
