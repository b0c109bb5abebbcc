// Loads the receipts service for `kelisim receipts …`: the prebuilt dist/server/receipts.mjs when
// present (`npm run build`), else the TypeScript source through Vite's module runner, as
// shared/cli/bin.mjs does for the rest of the CLI.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const prebuilt = new URL("../dist/server/receipts.mjs", import.meta.url);

const load = async () => {
  if (process.env.KELISIM_CLI_SOURCE !== "1" && existsSync(prebuilt)) return import(prebuilt.href);
  const { runnerImport } = await import("vite");
  const source = fileURLToPath(new URL("./cli.ts", import.meta.url));
  const { module } = await runnerImport(source, { configFile: false, logLevel: "error" });
  return module;
};

export const run = async (argv, io) => (await load()).run(argv, io);
