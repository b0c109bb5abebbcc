import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, UserConfig } from "vite";

// Owned by the studio: builds dist/studio/, plain static files with relative URLs, so the folder works
// from any web server path and offline. The live preview runs the real built widget, so the widget's
// files (built first by `npm run build`) are copied into dist/studio/widget/.
const ROOT = resolve(import.meta.dirname, "..");
const WIDGET = resolve(ROOT, "dist/widget");
const OUT = resolve(ROOT, "dist/studio");

function copyWidget(): Plugin {
  return {
    name: "kelisim-studio-widget",
    apply: "build",
    closeBundle() {
      if (!existsSync(resolve(WIDGET, "kelisim.js"))) {
        throw new Error("dist/widget/kelisim.js is missing: build the widget before the studio");
      }
      mkdirSync(resolve(OUT, "widget"), { recursive: true });
      for (const file of readdirSync(WIDGET)) {
        if (/^kelisim(-app|-return|-ui|-sha256|-viewer-(kk|ru|en))?\.js$/.test(file)) {
          copyFileSync(resolve(WIDGET, file), resolve(OUT, "widget", file));
        }
      }
    },
  };
}

export function studioConfig(): UserConfig {
  return {
    root: resolve(ROOT, "studio"),
    base: "./",
    publicDir: false,
    plugins: [copyWidget()],
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: "es2022",
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { index: resolve(ROOT, "studio/index.html"), preview: resolve(ROOT, "studio/preview.html") },
      },
    },
  };
}
