// Packs the repository as `npm pack` would publish it and installs the tarball into an empty folder
// outside the repo (so nothing resolves from the repo's node_modules): the package's own dependencies
// are packed from the repo's installed copies and installed beside it as tarballs; their dependencies
// (better-sqlite3's addon loader) come from npm's cache, or the registry when not cached.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./static-server.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export interface PackedInstall {
  /** The empty project the tarball was installed into. */
  dir: string;
  tarball: string;
  /** Paths inside the tarball (package/ prefix removed). */
  files: string[];
}

const npm = (args: string[], cwd: string): string =>
  execFileSync(NPM, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The shipped build; `npm pack` itself runs it through "prepack", skipped here to not race other tests. */
export function ensurePackageBuilt(): void {
  const built = [
    "dist/cli/kelisim.mjs",
    "dist/server/receipts.mjs",
    "dist/widget/integrity.json",
    "dist/widget/esm/index.d.ts",
  ];
  if (!built.every((file) => existsSync(join(REPO_ROOT, file))))
    execFileSync(NPM, ["run", "build:package"], { cwd: REPO_ROOT, stdio: "inherit" });
}

export function packAndInstall(): PackedInstall {
  ensurePackageBuilt();
  const work = mkdtempSync(join(tmpdir(), "kelisim-pack-"));
  const [packed] = JSON.parse(
    npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], REPO_ROOT),
  ) as [{ filename: string; files: { path: string }[] }];
  const tarball = join(work, packed.filename);
  const { dependencies = {}, optionalDependencies = {} } = JSON.parse(
    npm(["pkg", "get", "dependencies", "optionalDependencies", "--json"], REPO_ROOT),
  ) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
  const deps = join(work, "deps");
  mkdirSync(deps);
  for (const name of [...Object.keys(dependencies), ...Object.keys(optionalDependencies)])
    npm(
      ["pack", join(REPO_ROOT, "node_modules", name), "--ignore-scripts", "--pack-destination", deps],
      work,
    );
  const dir = join(work, "site");
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), '{ "name": "tiny-app", "private": true, "type": "module" }\n');
  const depTarballs = readdirSync(deps).map((name) => join(deps, name));
  npm(
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, ...depTarballs],
    dir,
  );
  // Offline, with scripts off, better-sqlite3's install step (download or compile its native addon) does
  // not run: put in place the addon that step built for the clone (same version, same machine).
  const addon = "node_modules/better-sqlite3/build/Release/better_sqlite3.node";
  if (existsSync(join(dir, "node_modules/better-sqlite3")))
    cpSync(join(REPO_ROOT, addon), join(dir, addon), { recursive: true });
  return { dir, tarball, files: packed.files.map((file) => file.path) };
}
