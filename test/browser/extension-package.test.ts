// `npm run package:extension` output as the stores receive it: runs extension/store/package.mjs on the
// built dist/extension and dist/extension-firefox and opens each zip: the manifest at the root, every
// file it names present, icons of the sizes the stores ask for, no source maps, sources or test files,
// the Firefox add-on id; Mozilla's own addons-linter on the Firefox zip; the source archive rebuilt with
// the commands in its SOURCE.md gives the Firefox zip's files byte for byte; STORE.md in three languages.
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GECKO_ID } from "../../extension/manifest.config.ts";
import { REPO_ROOT } from "../support/static-server.ts";

const { version } = JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as {
  version: string;
};
const out = mkdtempSync(join(tmpdir(), "kelisim-store-"));
const zipPath = (kind: string) => join(out, `kelisim-${kind}-${version}.zip`);

/** Reads a zip's central directory (independently of extension/store/zip.mjs's writer). */
function readZip(path: string): Map<string, Buffer> {
  const bytes = readFileSync(path);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra;
  }
  return files;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

beforeAll(() => {
  const run = spawnSync(process.execPath, ["extension/store/package.mjs"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, STORE_OUT_DIR: out },
  });
  expect(run.status, run.stderr).toBe(0);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

type Manifest = {
  icons: Record<string, string>;
  action: { default_popup: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
};

describe.each([
  { kind: "chrome", dist: "dist/extension", sizes: ["16", "32", "48", "128"] },
  { kind: "firefox", dist: "dist/extension-firefox", sizes: ["48", "96"] },
])("the $kind store zip", ({ kind, dist, sizes }) => {
  let opened: Map<string, Buffer> | undefined;
  const files = () => {
    opened ??= readZip(zipPath(kind));
    return opened;
  };
  const manifest = () => JSON.parse(String(files().get("manifest.json"))) as Manifest;

  test("has the built manifest.json at its root", () => {
    expect(files().get("manifest.json")).toEqual(readFileSync(resolve(REPO_ROOT, dist, "manifest.json")));
  });

  test("holds exactly the built files, byte for byte", () => {
    const root = resolve(REPO_ROOT, dist);
    const built = filesUnder(root).map((path) => relative(root, path));
    expect([...files().keys()].sort()).toEqual(built.sort());
    for (const name of built) expect(files().get(name), name).toEqual(readFileSync(join(root, name)));
  });

  test("every file the manifest names is in the zip", () => {
    const { icons, action, options_ui, background } = manifest();
    const named = [
      ...Object.values(icons),
      ...Object.values(action.default_icon),
      action.default_popup,
      options_ui.page,
      ...(background.service_worker ? [background.service_worker] : []),
      ...(background.scripts ?? []),
    ];
    for (const name of named) expect(files().has(name), name).toBe(true);
  });

  test(`has icons of ${sizes.join("/")} px, each a PNG of its size`, () => {
    const { icons } = manifest();
    for (const size of sizes) expect(icons[size], size).toBeDefined();
    for (const [size, name] of Object.entries(icons)) {
      expect(pngSize(files().get(name) as Buffer), name).toEqual({
        width: Number(size),
        height: Number(size),
      });
    }
  });

  test("ships no source maps, sources or test files", () => {
    for (const [name, data] of files()) {
      expect(name).not.toMatch(/\.(map|ts|tsx)$|(^|\/)(test|tests|__tests__)\/|\.test\.|(^|\/)\./);
      if (name.endsWith(".js")) expect(String(data), name).not.toContain("sourceMappingURL");
    }
  });
});

test("the Firefox zip has its gecko id and passes addons-linter with 0 errors", () => {
  const manifest = JSON.parse(String(readZip(zipPath("firefox")).get("manifest.json"))) as Manifest;
  expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
  const lint = spawnSync(
    resolve(REPO_ROOT, "node_modules/.bin/addons-linter"),
    [zipPath("firefox"), "--output", "json"],
    { cwd: REPO_ROOT, encoding: "utf8", timeout: 90_000 },
  );
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{"))) as {
    metadata: { id: string };
    errors: { code: string; message: string }[];
  };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  expect(report.metadata.id).toBe(GECKO_ID);
}, 120_000);

test("the source archive rebuilds the Firefox zip's files with SOURCE.md's command", () => {
  const source = readZip(zipPath("source"));
  const guide = String(source.get("SOURCE.md"));
  expect(guide).toContain("npm ci");
  expect(guide).toContain("npx vite build --mode extension-firefox");
  for (const name of [
    "package.json",
    "package-lock.json",
    "vite.config.ts",
    "extension/manifest.config.ts",
  ]) {
    expect(source.has(name), name).toBe(true);
  }
  expect(
    [...source.keys()].filter((name) => name.startsWith("test/") || name.includes("node_modules")),
  ).toEqual([]);

  const dir = mkdtempSync(join(tmpdir(), "kelisim-source-"));
  try {
    for (const [name, data] of source) {
      const path = join(dir, name);
      spawnSync("mkdir", ["-p", dirname(path)]);
      writeFileSync(path, data);
    }
    // `npm ci` would install what package-lock.json pins; the repo's own install is the same tree.
    symlinkSync(resolve(REPO_ROOT, "node_modules"), join(dir, "node_modules"));
    // A reviewer's shell, not vitest's environment (NODE_ENV=test would change what vite builds).
    const shell = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir };
    const build = spawnSync(
      resolve(dir, "node_modules/.bin/vite"),
      ["build", "--mode", "extension-firefox"],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 120_000,
        env: shell,
      },
    );
    expect(build.status, build.stderr).toBe(0);
    const rebuilt = resolve(dir, "dist/extension-firefox");
    const shipped = readZip(zipPath("firefox"));
    const names = filesUnder(rebuilt).map((path) => relative(rebuilt, path));
    expect(names.sort()).toEqual([...shipped.keys()].sort());
    for (const name of names) expect(readFileSync(join(rebuilt, name)), name).toEqual(shipped.get(name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);

test("the listing assets: a 128 px store icon and the 440×280 promo tile", () => {
  expect(pngSize(readFileSync(join(out, "listing/store-icon-128.png")))).toEqual({ width: 128, height: 128 });
  expect(pngSize(readFileSync(join(out, "listing/promo-tile-440x280.png")))).toEqual({
    width: 440,
    height: 280,
  });
});

describe("extension/STORE.md", () => {
  const text = readFileSync(resolve(REPO_ROOT, "extension/STORE.md"), "utf8");
  const section = (heading: string) => {
    const start = text.indexOf(`\n## ${heading}\n`);
    expect(start, heading).toBeGreaterThan(-1);
    const next = text.indexOf("\n## ", start + 1);
    return text.slice(start, next === -1 ? undefined : next);
  };
  const built = JSON.parse(
    readFileSync(resolve(REPO_ROOT, "dist/extension/manifest.json"), "utf8"),
  ) as Record<string, string[]>;
  const permissions = [
    ...(built.permissions ?? []),
    ...(built.optional_permissions ?? []),
    ...(built.optional_host_permissions ?? []),
  ];

  test.each([
    ["English (en)", "**Summary:**", /collects no data[\s\S]*no telemetry[\s\S]*no code from the network/],
    [
      "Русский (ru)",
      "**Краткое описание:**",
      /не собирает данных[\s\S]*Нет телеметрии[\s\S]*код из сети не загружается/,
    ],
    [
      "Қазақша (kk)",
      "**Қысқаша сипаттама:**",
      /деректер жинамайды[\s\S]*Телеметрия да[\s\S]*желіден код жүктелмейді/,
    ],
  ])(
    "%s: listing, privacy (no data, no telemetry, no remote code) and every permission justified",
    (heading, summaryLabel, privacy) => {
      const part = section(heading);
      expect(part).toMatch(privacy);
      // A permission added to the manifest fails here until it is explained in each language.
      for (const permission of permissions) expect(part, permission).toContain(`\`${permission}\``);
      const summary = part.split("\n").find((line) => line.startsWith(summaryLabel));
      // The Chrome Web Store's summary field takes at most 132 characters.
      expect(summary?.slice(summaryLabel.length).trim().length ?? 0).toBeGreaterThan(20);
      expect(summary?.slice(summaryLabel.length).trim().length ?? 999).toBeLessThanOrEqual(132);
    },
  );
});
