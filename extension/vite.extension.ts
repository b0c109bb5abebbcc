// Owned by the extension: builds dist/extension/ (Chromium) and dist/extension-firefox/ from one source.
// `root` is extension/ so manifest paths read `popup/index.html`, not `extension/popup/index.html`.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { crx } from "@crxjs/vite-plugin";
import { build, type Plugin, type Rolldown, type UserConfig } from "vite";
import { makeManifest } from "./manifest.config.ts";

type RolldownOutput = Rolldown.RolldownOutput;

const EXTENSION_ROOT = import.meta.dirname;

/**
 * The hashes in entry chunks' names may depend on more than what is written into them (crxjs rewrites
 * chunks after they are named), so two builds of one source could differ in name only. Entry chunks are
 * renamed by a hash of what is actually written: a rebuild from the source archive, anywhere, gives the
 * same files byte for byte (AMO reviewers rebuild and compare).
 */
function reproducibleEntryChunks(outDir: string): Plugin {
  return {
    name: "kelisim:reproducible-entry-chunks",
    enforce: "post",
    writeBundle(_options, bundle) {
      const texts = Object.keys(bundle).filter((name) => /\.(js|html|json)$/.test(name));
      for (const chunk of Object.values(bundle)) {
        const hashed = chunk.type === "chunk" && chunk.isEntry && /-[\w-]{8}\.js$/.test(chunk.fileName);
        if (!hashed || !existsSync(resolve(outDir, chunk.fileName))) continue;
        const code = readFileSync(resolve(outDir, chunk.fileName));
        const digest = createHash("sha256").update(code).digest("base64url").slice(0, 8);
        const fileName = chunk.fileName.replace(/-[\w-]{8}\.js$/, `-${digest}.js`);
        if (fileName === chunk.fileName) continue;
        renameSync(resolve(outDir, chunk.fileName), resolve(outDir, fileName));
        for (const name of texts.filter((text) => text !== chunk.fileName)) {
          const path = resolve(outDir, name);
          if (!existsSync(path)) continue;
          const text = readFileSync(path, "utf8");
          const next = text.replaceAll(basename(chunk.fileName), basename(fileName));
          if (next !== text) writeFileSync(path, next);
        }
      }
    },
  };
}

/**
 * `<link rel=modulepreload>` for every module a page imports, written by us instead of vite (its
 * `modulePreload` is off, so no preload helper is bundled into each page's first module). A page's
 * static imports as vite would list them; and for the popup also the modules its first module imports
 * later: that module starts the inspection and then imports the UI, so without a preload the UI's
 * modules would be requested only after it has run. Preloaded, the browser fetches and compiles them
 * while the first module runs and the content script works (nothing runs until it is imported).
 */
function preloadModules({ withLazy }: { withLazy: readonly string[] }): Plugin {
  return {
    name: "kelisim:preload-modules",
    transformIndexHtml: {
      order: "post",
      handler(_html, { path, chunk, bundle }) {
        if (chunk === undefined || bundle === undefined) return;
        const closure = (roots: readonly string[], into = new Set<string>()) => {
          for (const name of roots) {
            const output = bundle[name];
            if (into.has(name) || output?.type !== "chunk") continue;
            into.add(name);
            closure(output.imports, into);
          }
          return into;
        };
        const preloaded = closure(chunk.imports);
        const lazy = withLazy.includes(path) ? closure(chunk.dynamicImports) : new Set<string>();
        return [...preloaded, ...[...lazy].filter((name) => !preloaded.has(name))].map((name) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `/${name}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}

const COLLECTOR_MODULE = "virtual:kelisim/collect-in-page";

/**
 * The collector (content/collect.ts and what it imports) as one self-contained function,
 * `collectInPage(cached)`, for scripting.executeScript({ func, args }): the browser sends the
 * function's source to the page, so nothing in it may refer to anything outside it. It is bundled on its
 * own (an IIFE, like crxjs's content scripts) and that code becomes the function's body, at build time;
 * no code is evaluated from a string at run time.
 */
function collectorFunction(parent: Pick<UserConfig, "define" | "resolve">): Plugin {
  const resolvedId = `\0${COLLECTOR_MODULE}`;
  return {
    name: "kelisim:collector-function",
    resolveId: (id) => (id === COLLECTOR_MODULE ? resolvedId : null),
    async load(id) {
      if (id !== resolvedId) return null;
      const built = await build({
        configFile: false,
        logLevel: "warn",
        root: EXTENSION_ROOT,
        ...parent,
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          minify: false,
          target: "es2022",
          lib: {
            entry: resolve(EXTENSION_ROOT, "content/collect.ts"),
            formats: ["iife"],
            name: "kelisimCollector",
          },
        },
      });
      const outputs = (Array.isArray(built) ? built : [built]) as RolldownOutput[];
      const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === "chunk");
      if (chunk === undefined) throw new Error("the collector did not build");
      for (const module of chunk.moduleIds) this.addWatchFile(module);
      return [
        "export function collectInPage(cached) {",
        chunk.code,
        "return kelisimCollector.observePage(cached);",
        "}",
        "",
      ].join("\n");
    },
  };
}

export function extensionConfig(mode: string): UserConfig {
  const target = mode === "extension-firefox" ? "firefox" : "chrome";
  // extension-watch-test: the Chromium build with watch mode's permissions granted at install, for
  // tests only (test/browser/extension-watch.test.ts builds it; packaging never reads it).
  if (mode !== "extension" && mode !== "extension-firefox" && mode !== "extension-watch-test") {
    throw new Error(
      `unknown extension build mode "${mode}" (use extension, extension-firefox or extension-watch-test)`,
    );
  }
  const grantWatchAtInstall = mode === "extension-watch-test";
  const outDir = resolve(EXTENSION_ROOT, "..", "dist", mode);
  const define = { "process.env.NODE_ENV": '"production"' };
  // Module paths (kept as comments in the readable output) through node_modules as laid out, not its
  // real location: the same source gives the same files whether node_modules is installed in place
  // (npm ci, as AMO reviewers rebuild) or linked, so the store zip can be rebuilt byte for byte.
  const resolveOptions = { preserveSymlinks: true };
  return {
    root: EXTENSION_ROOT,
    // _locales (name and description only) are copied as-is.
    publicDir: resolve(EXTENSION_ROOT, "public"),
    define,
    resolve: resolveOptions,
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      // Readable output helps store reviewers (no remote code, nothing obfuscated) and costs little.
      minify: false,
      // The pages' <link rel=modulepreload> tags are written by preloadModules (below).
      modulePreload: false,
      // Pages no manifest key names: the popup's "what you can ask the school for".
      rollupOptions: {
        input: { ask: resolve(EXTENSION_ROOT, "ask/index.html") },
        output: {
          codeSplitting: {
            // What the popup's first module needs before it can start the inspection, in one file
            // instead of one per module (each request is a round trip through the browser, which
            // counts on a busy machine). The background and the other pages import these too.
            groups: [
              // Preact, its hooks and its JSX runtime: one file for every page instead of three.
              { name: "preact", test: /node_modules\/preact\// },
              {
                name: "start",
                test: /extension\/(popup\/start-inspection|background\/stores|ui\/connection|messages|native-runtime|model)\.ts$/,
              },
            ],
          },
        },
      },
    },
    plugins: [
      crx({ manifest: makeManifest(target, { grantWatchAtInstall }), browser: target }),
      collectorFunction({ define, resolve: resolveOptions }),
      reproducibleEntryChunks(outDir),
      preloadModules({ withLazy: ["/popup/index.html"] }),
    ],
  };
}
