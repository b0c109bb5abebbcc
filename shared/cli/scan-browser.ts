// Finds a Chrome or Chromium already on the machine (Playwright's own browser download is never used)
// and launches it headless through playwright-core, which is an optional dependency of the package.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

const CANDIDATES: Record<string, string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
    "/usr/bin/microsoft-edge",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
  ],
};

export type BrowserProblem =
  | { problem: "browserNotFound"; tried: string[] }
  | { problem: "browserMissing"; path: string }
  | { problem: "noPlaywright" }
  | { problem: "launchFailed"; reason: string };

/** --browser wins, then CHROME_PATH / CHROMIUM_PATH, then the usual install places of this OS. */
export function findBrowser(
  given: string | undefined,
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  platform: string = process.platform,
): { path: string } | BrowserProblem {
  if (given !== undefined)
    return exists(given) ? { path: given } : { problem: "browserMissing", path: given };
  const tried = [env.CHROME_PATH, env.CHROMIUM_PATH, ...(CANDIDATES[platform] ?? [])].filter(
    (path): path is string => typeof path === "string" && path !== "",
  );
  const found = tried.find((path) => exists(path));
  return found ? { path: found } : { problem: "browserNotFound", tried };
}

export async function launchBrowser(path: string, args: string[]): Promise<Browser | BrowserProblem> {
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    return { problem: "noPlaywright" };
  }
  try {
    return await chromium.launch({
      executablePath: path,
      headless: true,
      args: [
        // Chromium refuses to start as root with its sandbox (containers, CI runners).
        ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        ...args,
      ],
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
    return { problem: "launchFailed", reason };
  }
}
