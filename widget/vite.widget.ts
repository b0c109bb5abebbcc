import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import type { Plugin, UserConfig } from "vite";
import { APP_HOOK } from "./app-api.ts";

// Owned by the widget: builds dist/widget/.
//   mode "widget"     → dist/widget/kelisim.js, the drop-in IIFE: the banner path only (widget/kelisim.ts)
//   mode "widget-app" → dist/widget/kelisim-app.js, loaded by kelisim.js after the banner is painted:
//                       the validating engine (widget/app.ts)
//   mode "widget-ui"  → dist/widget/kelisim-ui.js, loaded by kelisim-app.js when more than the banner is
//                       needed: the Preact UI (widget/ui-chunk.ts)
//   mode "widget-sha256" → dist/widget/kelisim-sha256.js, loaded by kelisim-app.js only where
//                       crypto.subtle is missing (plain http): SHA-256 for the receipt (widget/sha256-chunk.ts)
//   mode "widget-return" → dist/widget/kelisim-return.js, loaded instead of kelisim-app.js when a choice
//                       is stored: the returning visitor's light path (widget/return.ts)
//   mode "widget-esm" → dist/widget/esm/index.js + .d.ts for bundler users, and the manifest JSON
//                       Schema copied to dist/widget/privacy-manifest.schema.json
// emptyOutDir is off everywhere: the widget, viewer and ESM builds share dist/widget/.
const ROOT = resolve(import.meta.dirname, "..");
const OUT = resolve(ROOT, "dist/widget");

/** TypeScript 7 has no compiler API, so declarations come from the tsc binary itself. */
function declarations(): Plugin {
  return {
    name: "kelisim-declarations",
    apply: "build",
    closeBundle() {
      // `typescript/bin/tsc` is not in the package's exports map; locate it beside package.json.
      const tsc = resolve(
        dirname(createRequire(import.meta.url).resolve("typescript/package.json")),
        "bin/tsc",
      );
      try {
        execFileSync(process.execPath, [tsc, "-p", resolve(ROOT, "widget/tsconfig.esm.json")], {
          cwd: ROOT,
          stdio: "inherit",
        });
      } catch {
        // tsc still writes the declarations on type errors; `npm run typecheck` is the gate for those.
        this.warn("tsc reported type errors while writing the ESM declarations (see above)");
      }
      // Bundlers look for index.d.ts beside index.js; the tree under types/ mirrors the sources.
      writeFileSync(resolve(OUT, "esm/index.d.ts"), 'export * from "./types/widget/index.js";\n');
      const schema = resolve(ROOT, "shared/manifest/schema.json");
      if (existsSync(schema)) {
        mkdirSync(OUT, { recursive: true });
        copyFileSync(schema, resolve(OUT, "privacy-manifest.schema.json"));
      }
    },
  };
}

/**
 * A page may replace `Promise` after kelisim.js has started (an old polyfill, or hostile code), and
 * every `new Promise` and `Promise.all` in the bundles would then call the page's. A bundle-wide
 * `var Promise` inside the IIFE pins each bundle to the platform's: kelisim.js captures it as it
 * starts, and kelisim-app.js (loaded later) takes kelisim.js's from its loader hook.
 */
const CAPTURE_PROMISE: Record<string, string> = {
  widget: "var Promise=globalThis.Promise;",
  "widget-app": `var Promise=document.currentScript?.${APP_HOOK}?.Promise||globalThis.Promise;`,
  "widget-return": `var Promise=document.currentScript?.${APP_HOOK}?.Promise||globalThis.Promise;`,
  "widget-ui": `var Promise=document.currentScript?.${APP_HOOK}?.Promise||globalThis.Promise;`,
  "widget-sha256": "",
};

const IIFE_NAMES: Record<string, string> = {
  widget: "KelisimWidget",
  "widget-app": "KelisimApp",
  "widget-return": "KelisimReturn",
  "widget-ui": "KelisimUi",
  "widget-sha256": "KelisimSha256",
};

/** kelisim-return.js uses kelisim.js's env.ts module (widget/return/boot-env.ts), not a copy of it. */
function bootEnv(): Plugin {
  const own = resolve(ROOT, "widget/engine/env.ts");
  return {
    name: "kelisim-boot-env",
    enforce: "pre",
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === own ? resolve(ROOT, "widget/return/boot-env.ts") : null;
    },
  };
}

export function widgetConfig(mode: string): UserConfig {
  const esm = mode === "widget-esm";
  const entries: Record<string, [string, string]> = {
    widget: ["widget/kelisim.ts", "kelisim.js"],
    "widget-app": ["widget/app.ts", "kelisim-app.js"],
    "widget-return": ["widget/return.ts", "kelisim-return.js"],
    "widget-ui": ["widget/ui-chunk.ts", "kelisim-ui.js"],
    "widget-sha256": ["widget/sha256-chunk.ts", "kelisim-sha256.js"],
  };
  const iife = entries[mode];
  if (!esm && !iife) throw new Error(`unknown widget build mode "${mode}"`);
  return {
    publicDir: false,
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: esm ? [declarations()] : mode === "widget-return" ? [bootEnv()] : [],
    build: {
      outDir: esm ? resolve(OUT, "esm") : OUT,
      emptyOutDir: false,
      target: "es2020",
      minify: true,
      sourcemap: false,
      lib: esm
        ? { entry: resolve(ROOT, "widget/index.ts"), formats: ["es"], fileName: () => "index.js" }
        : {
            entry: resolve(ROOT, iife?.[0] ?? ""),
            formats: ["iife"],
            name: IIFE_NAMES[mode] ?? "Kelisim",
            fileName: () => iife?.[1] ?? "",
          },
      rolldownOptions: {
        // Bundler users already depend on these (package.json dependencies); no second copy.
        external: esm ? ["idb", "preact", /^preact\//] : [],
        output: { minify: true, ...(iife ? { intro: CAPTURE_PROMISE[mode] } : {}) },
      },
    },
  };
}
