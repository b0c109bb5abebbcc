// Browser tests run against the BUILT widget. CI builds first (`npm run build`); a lone local run
// builds the drop-in file once if it is missing.
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "./static-server.ts";

export const WIDGET_FILE = resolve(REPO_ROOT, "dist/widget/kelisim.js");

export function ensureWidgetBuilt(): void {
  if (!existsSync(WIDGET_FILE))
    execSync("npx vite build --mode widget", { cwd: REPO_ROOT, stdio: "inherit" });
}

export function readEngineFixture(name: string): string {
  return readFileSync(resolve(REPO_ROOT, "test/fixtures/pages/engine", name), "utf8");
}
