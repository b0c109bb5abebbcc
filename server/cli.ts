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
const FLAGS: Record<string, ReadonlySet<string>> = {
  serve: new Set(["db", "origin", "port", "host", "admin-token", "rate-limit", "trust-proxy"]),
  purge: new Set(["db", "years"]),
};
const REPEATABLE = new Set(["origin"]);

/** The flags of `command`, or the one line that says what is wrong with them. */
const parse = (command: string, args: string[]): Map<string, string[]> | string => {
  const known = FLAGS[command] ?? new Set();
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") ? arg.slice(2).split(/=(.*)/s) : [];
    if (!name) return `unexpected argument: ${arg}`;
    if (!known.has(name)) return `unknown option for ${command}: --${name}`;
    const value = SWITCHES.has(name) ? "yes" : (inline ?? args[++i]);
    if (value === undefined) return `--${name} needs a value`;
    if (flags.has(name) && !REPEATABLE.has(name)) return `--${name} given twice`;
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return flags;
};

/** A whole number in [min, max] — "abc", "-1", "1.5" and "" are refused, not read as NaN or 0. */
const wholeNumber = (
  flags: Map<string, string[]>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | string => {
  const given = flags.get(name)?.[0];
  if (given === undefined) return fallback;
  const value = /^\d+$/.test(given) ? Number(given) : Number.NaN;
  return value >= min && value <= max
    ? value
    : `--${name} must be a whole number from ${min} to ${max}, not "${given}"`;
};

/** `https://school.kz` exactly: a scheme and a host (and port), nothing dropped silently. */
const siteOrigin = (given: string): string | null => {
  try {
    const url = new URL(given);
    const plain = /^https?:$/.test(url.protocol) && given.replace(/\/$/, "") === url.origin;
    return plain ? url.origin : null;
  } catch {
    return null;
  }
};

export const run = async (argv: string[], io: CliIo): Promise<number> => {
  const [command = "", ...rest] = argv;
  const usage = (problem?: string) => {
    if (problem) io.err(`kelisim receipts: ${problem}`);
    io.err(USAGE);
    return 2;
  };
  if (!(command in FLAGS)) return usage(command ? `unknown command: ${command}` : undefined);
  const flags = parse(command, rest);
  if (typeof flags === "string") return usage(flags);
  const db = flags.get("db")?.[0];
  if (!db) return usage("--db is required");
  if (command === "purge") {
    const years = wholeNumber(flags, "years", RETENTION_AFTER_EXPIRY_YEARS, 0, 100);
    if (typeof years === "string") return usage(years);
    const store = await openStore(db);
    await store.migrate();
    const deleted = await purgeExpired(store, years);
    io.out(
      `kelisim receipts: deleted ${deleted} receipt(s) older than their consent lifetime + ${years} years`,
    );
    await store.close();
    return 0;
  }
  const origins = flags.get("origin") ?? [];
  if (!origins.length) return usage("--origin is required (the school site, e.g. https://school.kz)");
  const badOrigin = origins.find((origin) => siteOrigin(origin) === null);
  if (badOrigin !== undefined)
    return usage(`--origin must be a site's origin such as https://school.kz, not "${badOrigin}"`);
  const rateLimit = wholeNumber(flags, "rate-limit", DEFAULT_RATE_LIMIT_PER_MINUTE, 0, 1_000_000);
  if (typeof rateLimit === "string") return usage(rateLimit);
  const port = wholeNumber(flags, "port", 8787, 0, 65_535);
  if (typeof port === "string") return usage(port);
  const store = await openStore(db);
  await store.migrate();
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
    rateLimitPerMinute: rateLimit,
    trustProxy: flags.has("trust-proxy"),
  });
  const address = await app.listen({ port, host: flags.get("host")?.[0] ?? "127.0.0.1" });
  // Settles once the service has stopped (in-flight requests answered, the database closed), so a
  // service manager sees a clean stop (exit 0), not a top-level await that never settled. The
  // handlers are in place before "listening" is printed: whoever waits for that line may signal at once.
  const stopped = new Promise<number>((resolve) => {
    const stop = async () => {
      await app.close();
      await store.close();
      resolve(0);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  io.out(`kelisim receipts: listening on ${address} (${store.engine})`);
  return stopped;
};
