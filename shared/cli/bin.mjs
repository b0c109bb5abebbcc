#!/usr/bin/env node
// The `kelisim` command. An installed package runs the prebuilt dist/cli/kelisim.mjs; in a clone,
// `npm run cli` sets KELISIM_CLI_SOURCE=1 so the current TypeScript source runs through Vite's module
// runner (no build step, never a stale dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const prebuilt = new URL("../../dist/cli/kelisim.mjs", import.meta.url);

const loadCli = async () => {
  // `kelisim receipts …` is the receipts service in server/ (own dependencies): loaded natively here,
  // since Vite's module runner is closed once runnerImport returns and cannot serve a later import().
  if (process.argv[2] === "receipts") {
    const { run } = await import(new URL("../../server/entry.mjs", import.meta.url).href);
    const io = {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    };
    return { run: (argv) => run(argv.slice(1), io) };
  }
  if (process.env.KELISIM_CLI_SOURCE !== "1" && existsSync(prebuilt)) return import(prebuilt.href);
  const { runnerImport } = await import("vite");
  const source = fileURLToPath(new URL("./main.ts", import.meta.url));
  // configFile: false keeps the project's vite.config.ts (and its plugins) out of a CLI run.
  const { module } = await runnerImport(source, { configFile: false, logLevel: "error" });
  return module;
};

try {
  const { run } = await loadCli();
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `kelisim: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
