// The published package as a webmaster gets it: `npm pack`, installed into an empty folder outside the
// repo (its dependencies beside it as tarballs), then used with no build step: the CLI through
// npx, and the ESM entry from a tiny Vite app whose TypeScript must see the package's types.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM_PATH } from "../support/chromium.ts";
import { type PackedInstall, packAndInstall } from "../support/packed-install.ts";
import { testReceipt } from "../support/receipt-fixture.ts";
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
      "dist/widget/kelisim-ui.js",
      "dist/widget/kelisim-sha256.js",
      "dist/widget/kelisim-viewer-kk.js",
      "dist/widget/kelisim-viewer-ru.js",
      "dist/widget/kelisim-viewer-en.js",
      "dist/widget/integrity.json",
      "dist/widget/privacy-manifest.schema.json",
      "dist/widget/esm/index.js",
      "dist/widget/esm/index.d.ts",
      "dist/widget/esm/types/widget/index.d.ts",
      "dist/cli/kelisim.mjs",
      "dist/server/receipts.mjs",
      "shared/cli/bin.mjs",
      "package.json",
      "README.md",
      // package.json says MIT; the licence text must ship with it.
      "LICENSE",
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
    const top = readdirSync(join(installed.dir, "node_modules")).filter((name) => !name.startsWith("."));
    // The widget's two, the scanner's browser driver and the receipts service's two storage drivers
    // (all three optional); better-sqlite3 brings its addon loader (bindings, prebuild-install and theirs).
    expect(top).toEqual(
      expect.arrayContaining(["idb", "kelisim", "playwright-core", "preact", "better-sqlite3", "postgres"]),
    );
    // Fastify is bundled into dist/server/receipts.mjs; no build tool or test framework is installed.
    for (const absent of ["fastify", "vite", "vitest", "typescript", "ajv", "autocannon"])
      expect(top).not.toContain(absent);
    const dependencies = Object.keys(
      JSON.parse(readFileSync(join(installed.dir, "node_modules/kelisim/package.json"), "utf8"))
        .optionalDependencies,
    ).sort();
    expect(dependencies).toEqual(["better-sqlite3", "playwright-core", "postgres"]);
  });
});

describe("installed: the CLI works with no build step", () => {
  test("npx kelisim --help lists every command and exits 0", () => {
    const { code, out } = kelisim("--help");
    expect(code).toBe(0);
    for (const command of ["validate", "extract", "init", "scan", "receipts"]) expect(out).toContain(command);
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

describe("installed: the receipts service", () => {
  const bin = () => join(installed.dir, "node_modules/kelisim/shared/cli/bin.mjs");
  const env = () => {
    const clean = { ...process.env };
    delete clean.KELISIM_CLI_SOURCE;
    delete clean.NODE_PATH;
    return clean;
  };

  test("kelisim receipts serve --db ./receipts.sqlite starts on SQLite and stores a POSTed receipt", async () => {
    const port = 21_000 + Math.floor(Math.random() * 20_000);
    const origin = "http://school.test";
    const child = spawn(
      process.execPath,
      [bin(), "receipts", "serve", "--db", "./receipts.sqlite", "--origin", origin, "--port", String(port)],
      { cwd: installed.dir, env: { ...env(), KELISIM_ADMIN_TOKEN: "t" } },
    );
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    try {
      await expect
        .poll(() => out, { timeout: 20_000, interval: 100 })
        .toContain(`listening on http://127.0.0.1:${port} (sqlite)`);
      const service = `http://127.0.0.1:${port}`;
      const manifest = readFileSync(join(REPO_ROOT, "test/fixtures/manifests/valid/minimal.json"), "utf8");
      const upload = await fetch(`${service}/admin/manifests?origin=${encodeURIComponent(origin)}`, {
        method: "POST",
        headers: { authorization: "Bearer t", "content-type": "application/json" },
        body: manifest,
      });
      expect(upload.status).toBe(201);
      const { hash } = (await upload.json()) as { hash: string };
      const receiptId = crypto.randomUUID();
      const posted = await fetch(`${service}/receipts`, {
        method: "POST",
        headers: { origin, "content-type": "application/json" },
        body: JSON.stringify(
          testReceipt(origin, hash, {
            receiptId,
            summary: { categories: [], dataCategories: [], recipients: [], technologies: [], transfers: [] },
          }),
        ),
      });
      expect(posted.status, await posted.clone().text()).toBe(201);
      const exported = await fetch(`${service}/admin/receipts/${receiptId}`, {
        headers: { authorization: "Bearer t" },
      });
      expect(await exported.json()).toMatchObject({ receipts: [{ receiptId }] });
      expect(existsSync(join(installed.dir, "receipts.sqlite"))).toBe(true);
    } finally {
      child.kill("SIGTERM");
    }
  }, 60_000);

  test("without its optional dependencies: one line saying how to install them, exit 1; validate still works", () => {
    const driver = join(installed.dir, "node_modules/better-sqlite3");
    renameSync(driver, `${driver}.away`);
    try {
      const result = spawnSync(
        process.execPath,
        [bin(), "receipts", "serve", "--db", "./r.sqlite", "--origin", "http://school.test"],
        { cwd: installed.dir, env: env(), encoding: "utf8", timeout: 30_000 },
      );
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        "kelisim receipts: the receipts service needs its optional dependencies; install them with: npm install better-sqlite3 postgres",
      ]);
      const valid = join(installed.dir, "valid.json");
      copyFileSync(join(REPO_ROOT, "test/fixtures/manifests/valid/minimal.json"), valid);
      expect(kelisim("validate", valid).code).toBe(0);
    } finally {
      renameSync(`${driver}.away`, driver);
    }
  });
});
