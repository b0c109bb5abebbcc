#!/usr/bin/env node
// The `kelisim` command. An installed package runs the prebuilt dist/cli/kelisim.mjs; in a clone,
// `npm run cli` sets KELISIM_CLI_SOURCE=1 so the current TypeScript source runs through Vite's module
// runner (no build step, never a stale dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const fromSource = process.env.KELISIM_CLI_SOURCE === "1";

const load = async (prebuilt, source) => {
  if (!fromSource && existsSync(prebuilt)) return import(prebuilt.href);
  const { runnerImport } = await import("vite");
  // configFile: false keeps the project's vite.config.ts (and its plugins) out of a CLI run.
  const { module } = await runnerImport(fileURLToPath(source), { configFile: false, logLevel: "error" });
  return module;
};

const io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

// `kelisim receipts …` is the receipts service (dist/server/, Fastify bundled in): only this command
// loads better-sqlite3 and postgres, optional dependencies a webmaster may have left out
// (npm i --omit=optional) or whose native build failed; say how to get them instead of a stack trace.
const SERVER_DEPENDENCY =
  /Cannot find (package|module) '(better-sqlite3|postgres)'|bindings file|better_sqlite3\.node/;
const receipts = async (argv) => {
  try {
    const { run } = await load(
      new URL("../../dist/server/receipts.mjs", import.meta.url),
      new URL("../../server/cli.ts", import.meta.url),
    );
    return await run(argv, io);
  } catch (error) {
    if (!SERVER_DEPENDENCY.test(String(error?.message))) throw error;
    io.err(
      "kelisim receipts: the receipts service needs its optional dependencies; install them with: npm install better-sqlite3 postgres",
    );
    return 1;
  }
};

try {
  const argv = process.argv.slice(2);
  if (argv[0] === "receipts") process.exitCode = await receipts(argv.slice(1));
  else {
    const { run } = await load(
      new URL("../../dist/cli/kelisim.mjs", import.meta.url),
      new URL("./main.ts", import.meta.url),
    );
    process.exitCode = await run(argv);
  }
} catch (error) {
  process.stderr.write(
    `kelisim: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
