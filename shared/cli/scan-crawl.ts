// Visits a site as a first-time visitor who never answers the banner: a fresh browser context, no
// clicks, same-site links followed breadth-first up to a page limit. Records every request (with the
// page it happened on), the cookies and Web Storage keys the pages left, and where the site points
// at its manifest (the same places the extension looks: link, widget script, inline, well-known).
import type { Browser, Page } from "playwright-core";
import { siteOf } from "../compare/declared.ts";

export interface SeenRequest {
  url: string;
  host: string;
  path: string;
  /** Playwright's resource type: script, image, sub_frame (document), xhr, fetch, font… */
  type: string;
  startedAt: number;
  page: string;
}

export interface SeenCookie {
  name: string;
  domain: string;
  /** Epoch seconds; -1 for a session cookie. */
  expires: number;
}

export interface ManifestPointer {
  source: "link" | "widget-script" | "inline" | "well-known";
  url?: string;
  text?: string;
}

export interface Crawl {
  startUrl: string;
  pages: string[];
  requests: SeenRequest[];
  cookies: SeenCookie[];
  localStorageKeys: string[];
  sessionStorageKeys: string[];
  pointer: ManifestPointer;
}

export type CrawlFailure = { failure: string; url: string };

export interface CrawlOptions {
  pages: number;
  timeoutMs: number;
}

/** What a page says about itself, read in the page (no DOM types here: this file runs in Node). */
interface PageFacts {
  links: string[];
  local: string[];
  session: string[];
  link: string | null;
  widget: string | null;
  inline: string | null;
}

// Runs inside the page; self-contained because Playwright sends its source text.
const readPage = (): PageFacts => {
  type El = { getAttribute(name: string): string | null; textContent: string | null; href?: string };
  const page = globalThis as unknown as {
    document: { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> };
    localStorage?: { length: number; key(i: number): string | null };
    sessionStorage?: { length: number; key(i: number): string | null };
  };
  const keys = (area: "localStorage" | "sessionStorage"): string[] => {
    try {
      const store = page[area];
      if (!store) return [];
      return Array.from({ length: store.length }, (_, i) => store.key(i) ?? "").filter(Boolean);
    } catch {
      return [];
    }
  };
  const doc = page.document;
  return {
    links: Array.from(doc.querySelectorAll("a[href]"), (a) => a.href ?? ""),
    local: keys("localStorage"),
    session: keys("sessionStorage"),
    link: doc.querySelector('link[rel~="privacy-manifest" i]')?.href ?? null,
    widget: doc.querySelector("script[data-manifest]")?.getAttribute("data-manifest") ?? null,
    inline: doc.querySelector("script#privacy-manifest")?.textContent ?? null,
  };
};

const withoutHash = (url: string): string => url.split("#")[0] ?? url;

/** Chromium's net error name (net::ERR_NAME_NOT_RESOLVED → ERR_NAME_NOT_RESOLVED), or a timeout. */
const failureOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  if (/Timeout \d+ms exceeded/i.test(message)) return "timeout";
  return /net::(ERR_[A-Z_]+)/.exec(message)?.[1] ?? (message.split("\n")[0] || "unknown");
};

async function settle(page: Page): Promise<void> {
  // Trackers often fire after load; a polling one never lets the network go idle, so this is capped.
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => {});
}

export async function crawl(
  browser: Browser,
  startUrl: string,
  options: CrawlOptions,
): Promise<Crawl | CrawlFailure> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const requests: SeenRequest[] = [];
  let current = startUrl;
  context.on("request", (request) => {
    try {
      const url = new URL(request.url());
      if (url.protocol !== "http:" && url.protocol !== "https:") return;
      requests.push({
        url: url.href,
        host: url.hostname,
        path: url.pathname,
        type: request.resourceType(),
        startedAt: Date.now(),
        page: current,
      });
    } catch {
      // data:, blob: and malformed URLs are not network requests.
    }
  });
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(options.timeoutMs);
    const queue = [withoutHash(startUrl)];
    const queued = new Set(queue);
    const visited: string[] = [];
    const local = new Set<string>();
    const session = new Set<string>();
    let site = "";
    let facts: PageFacts | null = null;
    while (queue.length && visited.length < options.pages) {
      current = queue.shift() as string;
      let status: number | undefined;
      try {
        status = (await page.goto(current, { waitUntil: "load" }))?.status();
      } catch (error) {
        // The first page decides whether the site could be scanned at all; later ones are skipped.
        if (visited.length === 0) return { failure: failureOf(error), url: current };
        continue;
      }
      if (visited.length === 0) {
        if (status !== undefined && status >= 400) return { failure: `HTTP ${status}`, url: current };
        // A redirect (http → https, → www.) decides which site is "the site".
        site = siteOf(new URL(page.url()).hostname);
      }
      await settle(page);
      const read = await page.evaluate(readPage).catch(() => null);
      visited.push(page.url());
      if (read === null) continue;
      facts ??= read;
      for (const key of read.local) local.add(key);
      for (const key of read.session) session.add(key);
      for (const href of read.links) {
        const link = (() => {
          try {
            return new URL(withoutHash(href));
          } catch {
            return null;
          }
        })();
        if (!link || (link.protocol !== "http:" && link.protocol !== "https:")) continue;
        if (siteOf(link.hostname) !== site || queued.has(link.href)) continue;
        queued.add(link.href);
        queue.push(link.href);
      }
    }
    const cookies = (await context.cookies()).map(({ name, domain, expires }) => ({ name, domain, expires }));
    const first = new URL(visited[0] ?? startUrl);
    const resolve = (value: string | null | undefined) => {
      try {
        return value ? new URL(value, first).href : null;
      } catch {
        return null;
      }
    };
    const link = resolve(facts?.link);
    const widget = resolve(facts?.widget);
    const pointer: ManifestPointer = link
      ? { source: "link", url: link }
      : widget
        ? { source: "widget-script", url: widget }
        : typeof facts?.inline === "string"
          ? { source: "inline", text: facts.inline }
          : { source: "well-known", url: new URL("/.well-known/privacy-manifest.json", first).href };
    return {
      startUrl,
      pages: visited,
      requests,
      cookies,
      localStorageKeys: [...local].sort(),
      sessionStorageKeys: [...session].sort(),
      pointer,
    };
  } finally {
    await context.close();
  }
}

/** Reads the manifest the way a browser navigation would (same resolver and proxy, no CORS). */
export async function fetchManifestText(
  browser: Browser,
  url: string,
  timeoutMs: number,
): Promise<{ text: string } | { failure: string; status?: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { timeout: timeoutMs });
    if (!response) return { failure: "no-response" };
    if (!response.ok()) return { failure: `HTTP ${response.status()}`, status: response.status() };
    return { text: (await response.body()).toString("utf8") };
  } catch (error) {
    return { failure: failureOf(error) };
  } finally {
    await context.close();
  }
}
