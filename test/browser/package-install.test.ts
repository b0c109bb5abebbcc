// The published package as a webmaster gets it: `npm pack`, installed into an empty folder outside the
// repo (offline, its dependencies beside it as tarballs), then used with no build step: the CLI through
// npx, and the ESM entry from a tiny Vite app whose TypeScript must see the package's types.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM_PATH } from "../support/chromium.ts";
import { type PackedInstall, packAndInstall } from "../support/packed-install.ts";
import { REPO_ROOT, startStaticServer } from "../support/static-server.ts";

let installed: PackedInstall;

const run = (command: string, args: string[], cwd = installed.dir) => {
  const env = { ...process.env };
  // Neither the clone's source mode nor the repo's modules may leak into the installed package.
  delete env.KELISIM_CLI_SOURCE;
  delete env.NODE_PATH;
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const kelisim = (...args: string[]) => run("npx", ["--no", "--offline", "kelisim", ...args]);
/** For a command that talks to a server in this process: spawnSync would block that server. */
const kelisimAsync = (...args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve) => {
    const env = { ...process.env };
    delete env.KELISIM_CLI_SOURCE;
    delete env.NODE_PATH;
    const child = spawn("npx", ["--no", "--offline", "kelisim", ...args], { cwd: installed.dir, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => resolve({ code, out, err }));
  });

beforeAll(() => {
  installed = packAndInstall();
}, 120_000);

describe("npm pack: what the tarball holds", () => {
  test("the prebuilt widget, its lazy chunks, the ESM entry with types, the schema, SRI values and the CLI", () => {
    for (const file of [
      "dist/widget/kelisim.js",
      "dist/widget/kelisim-app.js",
      "dist/widget/kelisim-viewer-kk.js",
      "dist/widget/kelisim-viewer-ru.js",
      "dist/widget/kelisim-viewer-en.js",
      "dist/widget/integrity.json",
      "dist/widget/privacy-manifest.schema.json",
      "dist/widget/esm/index.js",
      "dist/widget/esm/index.d.ts",
      "dist/widget/esm/types/widget/index.d.ts",
      "dist/cli/kelisim.mjs",
      "shared/cli/bin.mjs",
      "package.json",
      "README.md",
    ])
      expect(installed.files).toContain(file);
  });

  test("nothing a user does not need: no sources, tests, extension build or source maps", () => {
    const unneeded = installed.files.filter(
      (file) =>
        /^(widget|extension|test|dist\/extension[^/]*)\//.test(file) ||
        (file.startsWith("shared/") && file !== "shared/cli/bin.mjs") ||
        file.endsWith(".map") ||
        /\.tsx?$/.test(file.replace(/\.d\.ts$/, "")),
    );
    expect(unneeded).toEqual([]);
  });

  test("the installed package resolves nothing from the repo: its dependencies are its own", () => {
    expect(installed.dir.startsWith(REPO_ROOT)).toBe(false);
    expect(
      readdirSync(join(installed.dir, "node_modules"))
        .filter((name) => !name.startsWith("."))
        .sort(),
    ).toEqual(["idb", "kelisim", "playwright-core", "preact"].sort());
  });
});

describe("installed: the CLI works with no build step", () => {
  test("npx kelisim --help lists every command and exits 0", () => {
    const { code, out } = kelisim("--help");
    expect(code).toBe(0);
    for (const command of ["validate", "extract", "init", "scan"]) expect(out).toContain(command);
  });

  test("npx kelisim validate: 0 for a valid manifest, 1 for a broken one", () => {
    const valid = join(installed.dir, "valid.json");
    const broken = join(installed.dir, "broken.json");
    copyFileSync(join(REPO_ROOT, "test/fixtures/manifests/valid/minimal.json"), valid);
    copyFileSync(join(REPO_ROOT, "test/fixtures/manifests/invalid/dangling-references.json"), broken);
    const ok = kelisim("validate", valid);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain("valid (");
    const bad = kelisim("validate", broken);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("dangling-reference");
    // It ran the prebuilt CLI: Vite (the clone's fallback) is not installed.
    expect(existsSync(join(installed.dir, "node_modules/vite"))).toBe(false);
  });
});

describe("installed: init and scan", () => {
  test("npx kelisim init writes a site whose printed tag works; npx kelisim scan finds it clean", async () => {
    const site = join(installed.dir, "www");
    const init = kelisim("init", site, "--name", "№ 9 мектеп", "--lang", "kk");
    expect(init.code, init.err).toBe(0);
    const tag = init.out.trim().split("\n").at(-1) ?? "";
    expect(tag).toMatch(/^<script src="\/kelisim\/kelisim.js"/);
    writeFileSync(
      join(site, "index.html"),
      `<!doctype html><html lang="kk"><head>${tag}</head><body>Мектеп</body></html>`,
    );
    const server = await startStaticServer(site);
    try {
      const rules = `--host-resolver-rules=MAP school.test ${server.origin.slice("http://".length)}`;
      const scan = await kelisimAsync(
        "scan",
        "http://school.test/",
        "--json",
        "--browser",
        CHROMIUM_PATH,
        `--browser-arg=${rules}`,
      );
      expect(scan.code, scan.err).toBe(0);
      const report = JSON.parse(scan.out);
      expect(report).toMatchObject({
        clean: true,
        manifest: { url: "http://school.test/.well-known/privacy-manifest.json", valid: true },
      });
      // The widget's files were fetched from dir/kelisim/, as the tag says.
      expect(server.requests).toEqual(
        expect.arrayContaining(["/kelisim/kelisim.js", "/.well-known/privacy-manifest.json"]),
      );
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe("installed: the ESM entry in a bundler project", () => {
  test("a tiny Vite app imports createKelisim and builds; tsc resolves the package's types", () => {
    const { dir } = installed;
    writeFileSync(
      join(dir, "index.html"),
      '<!doctype html><html><body><script type="module" src="./main.ts"></script></body></html>\n',
    );
    writeFileSync(
      join(dir, "main.ts"),
      [
        'import { createKelisim, type KelisimConsent, type PrivacyManifest } from "kelisim";',
        'const { api } = createKelisim({ manifestUrl: "/.well-known/privacy-manifest.json" });',
        "const show = (consent: KelisimConsent) => console.log(consent);",
        "api.ready.then(() => show(api.getConsent()));",
        'export const languages: PrivacyManifest["languages"] = ["kk"];',
        // Proves the types are real, not `any`: a wrong option must be a type error.
        "// @ts-expect-error manifestUrl is a string",
        "createKelisim({ manifestUrl: 42 });",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022", "DOM"],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ["main.ts"],
      }),
    );
    const tsc = run(process.execPath, [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", dir]);
    expect(tsc.code, tsc.out + tsc.err).toBe(0);

    const vite = run(process.execPath, [
      join(REPO_ROOT, "node_modules/vite/bin/vite.js"),
      "build",
      "--logLevel",
      "error",
    ]);
    expect(vite.code, vite.err).toBe(0);
    const assets = join(dir, "dist/assets");
    const bundle = readdirSync(assets)
      .filter((name) => name.endsWith(".js"))
      .map((name) => readFileSync(join(assets, name), "utf8"))
      .join("\n");
    // The engine is in the app's bundle: its manifest URL and IndexedDB store name.
    expect(bundle).toContain("/.well-known/privacy-manifest.json");
    expect(bundle).toContain("kelisim");
  }, 60_000);
});
