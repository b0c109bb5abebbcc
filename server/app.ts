// The receipts service: POST /receipts for the widget, /admin/* (token) for exports and manifest
// uploads. No cookies are set or read, and the visitor's IP address is never read, logged or stored.
import { timingSafeEqual } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { ConsentReceipt } from "../shared/consent/record.ts";
import { type AuditExport, toAuditExport, toCsv } from "./export-format.ts";
import { type GroupCommitOptions, groupCommit } from "./group-commit.ts";
import { fetchOriginManifest, storeManifestText } from "./manifests.ts";
import { rateLimiter } from "./rate-limit.ts";
import { MAX_RECEIPT_BYTES, receiptProblem, receiptSchema } from "./receipt-schema.ts";
import type { ExportedReceipt, ReceiptStore } from "./store.ts";

export interface ServiceOptions {
  store: ReceiptStore;
  origins: string[];
  adminToken?: string | null;
  /** Fetch an unknown hash's origin manifest again at most this often (ms). */
  manifestRefetchMs?: number;
  /** POSTs per minute from one IP address before 429; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  /** Behind nginx: take the visitor's address from X-Forwarded-For (for the rate limit only). */
  trustProxy?: boolean;
  /** Slow clients: the whole request must arrive within this (ms); 408 otherwise. */
  requestTimeoutMs?: number;
  groupCommit?: GroupCommitOptions;
}

// A school's pupils often share one address (the school's NAT): the default is generous.
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** Wrong admin tokens a minute from one address before 429. */
export const ADMIN_FAILURES_PER_MINUTE = 10;

const normalOrigin = (value: string): string | null => {
  try {
    const url = new URL(value);
    return url.origin === "null" ? null : url.origin;
  } catch {
    return null;
  }
};

const RECEIPT_ID = new RegExp(receiptSchema.properties.receiptId.pattern);

/** An ISO date a database can take: years 1970–9999 (`to=99999-01-01` is a JS date, not an SQL one). */
const plainDate = (value: string): boolean => {
  const ms = Date.parse(value);
  return ms >= 0 && ms < Date.UTC(10_000, 0, 1);
};

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const buildService = (options: ServiceOptions): FastifyInstance => {
  const { store } = options;
  const allowed = new Set(options.origins.map((origin) => normalOrigin(origin)).filter(Boolean));
  const lastRefetch = new Map<string, number>();
  const refetchMs = options.manifestRefetchMs ?? 60_000;

  const writer = groupCommit((batch) => store.insertReceipts(batch), {
    // SQLite has one writer. PostgreSQL: one batch commits while the next fills; more in flight only
    // made batches smaller (more commits, more CPU per receipt) in the bench.
    maxInFlight: store.engine === "postgres" ? 2 : 1,
    ...options.groupCommit,
  });
  const limiter = rateLimiter(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE);
  const failedAdmin = rateLimiter(ADMIN_FAILURES_PER_MINUTE);

  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_RECEIPT_BYTES,
    // Slow clients (slowloris, a body trickled byte by byte) get 408 instead of holding a
    // connection: the whole request must arrive within requestTimeout.
    requestTimeout: requestTimeoutMs,
    connectionTimeout: 15_000,
    // Node checks for overdue requests every 30 s by default: often enough to answer 408 on time.
    http: {
      headersTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs / 2),
    },
    trustProxy: options.trustProxy ?? false,
    // Refuse rather than strip unknown fields or coerce types: the stored body is exactly what was sent.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });

  // A failure of ours (the database is down, the disk is full) is logged for the operator, without
  // the request's address, and answered with no detail: its text may name hosts, paths or SQL.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send(error);
    console.error(
      `kelisim receipts: ${request.method} ${request.routeOptions.url ?? "?"} failed: ${error.message}`,
    );
    return reply.code(500).send({ error: "internal-error" });
  });

  // Every answer: not to be sniffed into another type, cached by the browser or a proxy (an export
  // holds personal data), or sent on as a referrer. HSTS is the TLS terminator's (README: nginx).
  app.addHook("onSend", async (_request, reply, payload) => {
    reply
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "no-store")
      .header("referrer-policy", "no-referrer");
    return payload;
  });

  const allowedOriginOf = (request: FastifyRequest): string | null => {
    const header = request.headers.origin;
    const origin = typeof header === "string" ? normalOrigin(header) : null;
    return origin && allowed.has(origin) ? origin : null;
  };

  const corsFor = (reply: FastifyReply, origin: string) =>
    reply
      .header("access-control-allow-origin", origin)
      .header("access-control-allow-methods", "POST")
      .header("access-control-allow-headers", "content-type")
      .header("access-control-max-age", "86400")
      .header("vary", "Origin");

  // Stored manifest versions never change or go away: remembered here, the hot path asks the
  // database only about a hash it has not seen yet.
  const known = new Set<string>();
  const knownManifest = async (origin: string, hash: string): Promise<boolean> => {
    const key = `${origin} ${hash}`;
    if (known.has(key)) return true;
    let found = await store.hasManifest(origin, hash);
    // A school may have published a new manifest since the last fetch: look once, not per request.
    const last = lastRefetch.get(origin) ?? 0;
    if (!found && Date.now() - last >= refetchMs) {
      lastRefetch.set(origin, Date.now());
      found = (await fetchOriginManifest(store, origin)) === hash;
    }
    if (found) known.add(key);
    return found;
  };

  app.options("/receipts", async (request, reply) => {
    const origin = allowedOriginOf(request);
    if (!origin) return reply.code(403).send({ error: "origin-not-allowed" });
    return corsFor(reply, origin).code(204).send();
  });

  app.post<{ Body: ConsentReceipt }>("/receipts", {
    schema: { body: receiptSchema },
    // Origin is checked before the body is parsed or validated: a stranger gets 403 whatever it sends.
    onRequest: async (request, reply) => {
      if (!allowedOriginOf(request)) return reply.code(403).send({ error: "origin-not-allowed" });
      // The address is only a key of an in-memory counter, dropped each minute: never stored.
      if (!limiter.allow(request.ip))
        return reply.code(429).header("retry-after", "60").send({ error: "too-many-requests" });
    },
    handler: async (request, reply) => {
      const origin = allowedOriginOf(request) as string;
      corsFor(reply, origin);
      const receipt = request.body;
      const now = Date.now();
      // Stored as sent and exported by origin, so it must be the page's origin exactly as the
      // widget writes it (location.origin), not merely one that normalises to it.
      if (receipt.origin !== origin)
        return reply
          .code(422)
          .send({ error: "origin-mismatch", message: "receipt origin differs from the page's" });
      const problem = receiptProblem(receipt, now);
      if (problem) return reply.code(422).send(problem);
      if (!(await knownManifest(origin, receipt.manifestHash)))
        return reply
          .code(422)
          .send({ error: "unknown-manifest", message: "no manifest version with this hash" });
      const outcome = await writer.submit(receipt, new Date(now).toISOString());
      // A retry of a stored receipt is a success (the widget then forgets it); the same id with
      // other content is refused and changes nothing.
      if (outcome === "conflict")
        return reply
          .code(409)
          .send({ error: "receipt-id-taken", message: "a different receipt has this id" });
      return reply.code(outcome === "stored" ? 201 : 200).send({ receiptId: receipt.receiptId, outcome });
    },
  });

  app.register(async (admin) => {
    admin.addHook("onRequest", async (request, reply) => {
      const token = options.adminToken;
      const header = request.headers.authorization ?? "";
      if (token && sameToken(header, `Bearer ${token}`)) return;
      // Guessing the token: a few wrong tries a minute per address, then 429 (counted in memory only).
      if (!failedAdmin.allow(request.ip))
        return reply.code(429).header("retry-after", "60").send({ error: "too-many-requests" });
      return reply.code(401).send({ error: "admin-token-required" });
    });
    // Manifest uploads keep the exact text: parse JSON bodies as strings here.
    admin.removeContentTypeParser("application/json");
    admin.addContentTypeParser(
      "application/json",
      { parseAs: "string", bodyLimit: 512 * 1024 },
      (_req, body, done) => done(null, body),
    );

    const send = async (reply: FastifyReply, format: unknown, rows: ExportedReceipt[], origin: string) => {
      const hashes = [...new Set(rows.map((row) => row.receipt.manifestHash))];
      const data: AuditExport = toAuditExport(rows, await store.manifestsOf(origin, hashes));
      if (format === "csv") return reply.type("text/csv; charset=utf-8").send(toCsv(data));
      return reply.send(data);
    };

    admin.get<{ Params: { id: string }; Querystring: { format?: string } }>(
      "/admin/receipts/:id",
      async (request, reply) => {
        const id = request.params.id.toLowerCase();
        // Not a receipt id at all: nothing to look up (PostgreSQL would refuse it as a uuid).
        if (!RECEIPT_ID.test(id)) return reply.code(404).send({ error: "no-such-receipt" });
        const row = await store.byId(id);
        if (!row) return reply.code(404).send({ error: "no-such-receipt" });
        return send(reply, request.query.format, [row], row.receipt.origin);
      },
    );

    admin.get<{ Querystring: { origin?: string; from?: string; to?: string; format?: string } }>(
      "/admin/receipts",
      async (request, reply) => {
        const { from, to, format } = request.query;
        const origin = normalOrigin(request.query.origin ?? "");
        if (!origin || !from || !to || !plainDate(from) || !plainDate(to))
          return reply.code(400).send({ error: "need origin, from, to (ISO dates)" });
        const rows = await store.byOriginAndPeriod(
          origin,
          new Date(from).toISOString(),
          new Date(to).toISOString(),
        );
        return send(reply, format, rows, origin);
      },
    );

    admin.post<{ Querystring: { origin?: string }; Body: string }>(
      "/admin/manifests",
      async (request, reply) => {
        const origin = normalOrigin(request.query.origin ?? "");
        if (!origin || !allowed.has(origin)) return reply.code(400).send({ error: "origin-not-allowed" });
        try {
          return reply.code(201).send({ hash: await storeManifestText(store, origin, String(request.body)) });
        } catch {
          return reply.code(400).send({ error: "manifest-not-json" });
        }
      },
    );
  });

  return app;
};
