// Writes dist/widget/integrity.json: the Subresource Integrity value (sha384) of every file a page
// can load from a CDN (kelisim.js, its lazy chunks, the schema), so the README's
// <script integrity="…" crossorigin="anonymous"> snippet can be filled in for a pinned version.
// Runs after the widget builds (package.json "build:package"), over the bytes that ship.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const OUT = resolve(import.meta.dirname, "../dist/widget");
const SELF = "integrity.json";

const files = readdirSync(OUT)
  .filter((name) => name !== SELF && statSync(join(OUT, name)).isFile())
  .sort();
const integrity = Object.fromEntries(
  files.map((name) => [
    name,
    `sha384-${createHash("sha384")
      .update(readFileSync(join(OUT, name)))
      .digest("base64")}`,
  ]),
);
writeFileSync(join(OUT, SELF), `${JSON.stringify(integrity, null, 2)}\n`);
process.stdout.write(`dist/widget/${SELF}: ${files.length} files\n`);
