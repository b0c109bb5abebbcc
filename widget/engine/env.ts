// Globals the engine needs, captured when the script starts: a hostile or sloppy page may replace
// `fetch`, `JSON.parse` or `console` later, and the engine must keep working (or at least not crash).
// Everything here is read once, at module evaluation, before any page code that runs after us.

const g = globalThis;

export const env = {
  fetch: typeof g.fetch === "function" ? g.fetch.bind(g) : undefined,
  parseJson: JSON.parse,
  stringify: JSON.stringify,
  setTimeout: g.setTimeout.bind(g),
  /** The next frame; a timer where there is none (workers, or a page that removed it). */
  nextFrame:
    typeof g.requestAnimationFrame === "function"
      ? g.requestAnimationFrame.bind(g)
      : (callback: () => void) => g.setTimeout(callback, 16),
  clearTimeout: g.clearTimeout.bind(g),
  error: console.error.bind(console),
  warn: console.warn.bind(console),
  now: Date.now,
};

const reported = new Set<string>();

/** Logs once per `key` for the page view, so a failing store does not flood the console. */
export function reportOnce(key: string, level: "error" | "warn", ...parts: unknown[]): void {
  if (reported.has(key)) return;
  reported.add(key);
  try {
    env[level]("[kelisim]", ...parts);
  } catch {
    // A console that throws must not break the page.
  }
}

/** For tests: lets the next page view's reports through again. */
export function forgetReports(): void {
  reported.clear();
}

/**
 * A way in from the page (a timer, an event, a promise callback, the script's start): whatever it
 * throws, for instance because the page broke a global we rely on, stops here with one console line
 * for the page view. Nothing is released by a path that failed.
 */
export function safely<A extends unknown[], R>(work: (...args: A) => R): (...args: A) => R | undefined {
  return (...args) => {
    try {
      return work(...args);
    } catch (error) {
      return failClosed(error);
    }
  };
}

/** The one line for an error at a way in (also a rejection handler: a broken `then` rejects). */
export function failClosed(error: unknown): undefined {
  reportOnce("entry", "error", "Kelisim: stopped by an error; nothing gated is released.", error);
  return undefined;
}

/** Runs `work`, swallowing and reporting anything it throws: nothing may escape into the page. */
export function guard<T>(key: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    reportOnce(`guard:${key}`, "error", `internal error in ${key}:`, error);
    return undefined;
  }
}
