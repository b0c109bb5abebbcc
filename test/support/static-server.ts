// A tiny static file server on 127.0.0.1 (port 0) for browser tests: serves the repo's built files and
// fixture pages, lets a test add virtual routes (custom status, headers, delays), and logs every request
// so a test can prove a URL was never fetched.
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface Route {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Milliseconds before answering (to test timeouts). */
  delayMs?: number;
}
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every request path (with query) in arrival order. */
  requests: string[];
  route(path: string, route: Route | RouteHandler): void;
  /** Drops a route: the path is served from disk again. */
  unroute(path: string): void;
  /** Headers added to every file response (e.g. a Content-Security-Policy). */
  setHeaders(path: string, headers: Record<string, string>): void;
  close(): Promise<void>;
}

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

export async function startStaticServer(root: string = REPO_ROOT): Promise<StaticServer> {
  const routes = new Map<string, Route | RouteHandler>();
  const extraHeaders = new Map<string, Record<string, string>>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    const custom = routes.get(url.pathname);
    if (typeof custom === "function") return void (await custom(req, res));
    if (custom) {
      if (custom.delayMs) await new Promise((r) => setTimeout(r, custom.delayMs));
      res.writeHead(custom.status ?? 200, custom.headers ?? {});
      return void res.end(custom.body ?? "");
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const info = await stat(file);
      const path = info.isDirectory() ? join(file, "index.html") : file;
      const body = await readFile(path);
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(extraHeaders.get(url.pathname) ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, route) => void routes.set(path, route),
    unroute: (path) => void routes.delete(path),
    setHeaders: (path, headers) => void extraHeaders.set(path, headers),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
