// A throwaway PostgreSQL cluster for tests: KELISIM_TEST_POSTGRES_URL when set, else initdb + pg_ctl
// from Debian's postgresql package in a temp dir on a loopback port (as user postgres when run as
// root, since initdb refuses root). Returns null when PostgreSQL is not installed: callers skip.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestPostgres {
  url: string;
  stop(): void;
}

const binDir = (): string | null => {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort().at(-1);
  const dir = version ? join(root, version, "bin") : "";
  return existsSync(join(dir, "initdb")) ? dir : null;
};

/** `durable`: fsync on, as in production (benchmarks); tests run with -F (fsync off) for speed. */
export const startTestPostgres = ({ durable = false } = {}): TestPostgres | null => {
  const given = process.env.KELISIM_TEST_POSTGRES_URL;
  if (given) return { url: given, stop: () => {} };
  const bin = binDir();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), "kelisim-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync("su", ["postgres", "-c", [join(bin, tool), ...args].map((a) => `'${a}'`).join(" ")], {
          stdio: "pipe",
        })
      : execFileSync(join(bin, tool), args, { stdio: "pipe" });
  const user = asRoot ? "postgres" : (process.env.USER ?? "postgres");
  run("initdb", ["-D", data, "-A", "trust", "-U", user, "--no-sync"]);
  run("pg_ctl", [
    "-D",
    data,
    "-w",
    "-l",
    join(dir, "log"),
    "-o",
    `-k ${dir} -h 127.0.0.1 -p ${port}${durable ? "" : " -F"}`,
    "start",
  ]);
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    stop: () => run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]),
  };
};
