// `kelisim receipts serve|purge …`, loaded by shared/cli/bin.mjs only for this command (built as
// dist/server/receipts.mjs), so shared/ neither bundles nor type-checks server code.
import { buildService, DEFAULT_RATE_LIMIT_PER_MINUTE } from "./app.ts";
import { fetchOriginManifest } from "./manifests.ts";
import { purgeExpired, RETENTION_AFTER_EXPIRY_YEARS } from "./retention.ts";
import { openStore } from "./store.ts";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `usage:
  kelisim receipts serve --db ./receipts.sqlite|postgres://… --origin https://school.kz [--origin …]
                         [--port 8787] [--host 127.0.0.1] [--admin-token TOKEN | env KELISIM_ADMIN_TOKEN]
                         [--rate-limit ${DEFAULT_RATE_LIMIT_PER_MINUTE} (POSTs a minute per IP, in memory; 0: off)] [--trust-proxy]
  kelisim receipts purge --db … [--years ${RETENTION_AFTER_EXPIRY_YEARS}]   (deletes receipts whose consent expired more than N years ago)`;

const SWITCHES = new Set(["trust-proxy"]);

const parse = (args: string[]): Map<string, string[]> | null => {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") ? arg.slice(2).split(/=(.*)/s) : [];
    const value = name && SWITCHES.has(name) ? "yes" : (inline ?? args[++i]);
    if (!name || value === undefined) return null;
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return flags;
};

export const run = async (argv: string[], io: CliIo): Promise<number> => {
  const [command, ...rest] = argv;
  const flags = parse(rest);
  const db = flags?.get("db")?.[0];
  if (!flags || !db || (command !== "serve" && command !== "purge")) {
    io.err(USAGE);
    return 2;
  }
  const store = await openStore(db);
  await store.migrate();
  if (command === "purge") {
    const years = Number(flags.get("years")?.[0] ?? RETENTION_AFTER_EXPIRY_YEARS);
    const deleted = await purgeExpired(store, years);
    io.out(
      `kelisim receipts: deleted ${deleted} receipt(s) older than their consent lifetime + ${years} years`,
    );
    await store.close();
    return 0;
  }
  const origins = flags.get("origin") ?? [];
  if (!origins.length) {
    io.err(USAGE);
    return 2;
  }
  for (const origin of origins) {
    const hash = await fetchOriginManifest(store, origin);
    io.out(
      hash
        ? `manifest of ${origin}: ${hash}`
        : `manifest of ${origin}: not reachable (upload it via /admin/manifests)`,
    );
  }
  const app = buildService({
    store,
    origins,
    adminToken: flags.get("admin-token")?.[0] ?? process.env.KELISIM_ADMIN_TOKEN ?? null,
    rateLimitPerMinute: Number(flags.get("rate-limit")?.[0] ?? DEFAULT_RATE_LIMIT_PER_MINUTE),
    trustProxy: flags.has("trust-proxy"),
  });
  const address = await app.listen({
    port: Number(flags.get("port")?.[0] ?? 8787),
    host: flags.get("host")?.[0] ?? "127.0.0.1",
  });
  io.out(`kelisim receipts: listening on ${address} (${store.engine})`);
  const stop = async () => {
    await app.close();
    await store.close();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return new Promise(() => {});
};
