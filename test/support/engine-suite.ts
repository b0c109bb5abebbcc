// The set-up every engine browser test file shares: one Chromium and one static server per file
// (the built widget checked first), a fresh browser context per test, the server's request log cleared
// before each test, and no uncaught page error left behind after it.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { launchChromium } from "./chromium.ts";
import { type StaticServer, startStaticServer } from "./static-server.ts";
import { ensureWidgetBuilt } from "./widget-build.ts";

export interface EngineSuite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** This test's context (a new one per test). */
  readonly context: BrowserContext;
  /** Uncaught errors of the pages `watch` was given; each test ends with none. */
  readonly pageErrors: string[];
  /** Collects the page's uncaught errors into `pageErrors`; returns the page. */
  watch(page: Page): Page;
  /** A new page in this test's context, watched. */
  newPage(): Promise<Page>;
  /** How often the server was asked for exactly `path` in this test. */
  fetched(path: string): number;
}

export function engineSuite(
  options: {
    contextOptions?: BrowserContextOptions;
    /** Runs before each test's context is made (serve the test's manifest, reset the file's logs). */
    beforeEachTest?: (server: StaticServer) => void;
  } = {},
): EngineSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`engineSuite: no ${name} outside a test`);
    return value;
  };
  beforeAll(async () => {
    ensureWidgetBuilt();
    server = await startStaticServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    const files = need(server, "server");
    files.requests.length = 0;
    pageErrors.length = 0;
    options.beforeEachTest?.(files);
    context = await need(browser, "browser").newContext(options.contextOptions);
  });
  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });
  const suite: EngineSuite = {
    get browser() {
      return need(browser, "browser");
    },
    get server() {
      return need(server, "server");
    },
    get context() {
      return need(context, "context");
    },
    pageErrors,
    watch(page) {
      page.on("pageerror", (error) => pageErrors.push(error.message));
      return page;
    },
    newPage: async () => suite.watch(await suite.context.newPage()),
    fetched: (path) => suite.server.requests.filter((request) => request === path).length,
  };
  return suite;
}
