// Runs the receipts service as a webmaster would (`kelisim receipts serve` through shared/cli/bin.mjs:
// the prebuilt dist/server/receipts.mjs, or with `fromSource` the TypeScript in server/) in a child
// process the test can stop or kill.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./static-server.ts";

export interface RunningService {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const ADMIN_TOKEN = "test-admin-token";

export function assertServerBuilt(): void {
  if (!existsSync(join(REPO_ROOT, "dist/server/receipts.mjs")))
    throw new Error('dist/server/receipts.mjs is missing: run "npm run build" first');
}

export async function startReceiptsService(options: {
  db: string;
  origins: string[];
  /** 0 (default): any free port. */
  port?: number;
  /** POSTs a minute per IP (0: off); the service's default when absent. */
  rateLimit?: number;
  fromSource?: boolean | undefined;
}): Promise<RunningService> {
  const env: NodeJS.ProcessEnv = { ...process.env, KELISIM_ADMIN_TOKEN: ADMIN_TOKEN };
  delete env.KELISIM_CLI_SOURCE;
  if (options.fromSource) env.KELISIM_CLI_SOURCE = "1";
  else assertServerBuilt();
  const args = ["receipts", "serve", "--db", options.db, "--port", String(options.port ?? 0)];
  if (options.rateLimit !== undefined) args.push("--rate-limit", String(options.rateLimit));
  for (const origin of options.origins) args.push("--origin", origin);
  const child = spawn(process.execPath, [join(REPO_ROOT, "shared/cli/bin.mjs"), ...args], { env });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start: ${output}`)), 30_000);
    const check = () => {
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited (${code}): ${output}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
