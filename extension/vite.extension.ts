// Owned by the extension: builds dist/extension/ (Chromium) and dist/extension-firefox/ from one source.
// `root` is extension/ so manifest paths read `popup/index.html`, not `extension/popup/index.html`.

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { crx } from "@crxjs/vite-plugin";
import type { Plugin, UserConfig } from "vite";
import { makeManifest } from "./manifest.config.ts";

const EXTENSION_ROOT = import.meta.dirname;

/**
 * crxjs lists scripts injected with `?script` under web_accessible_resources for every site. We inject
 * with scripting.executeScript, which needs no such entry, and an exposed file lets any site detect the
 * extension; so the entry is dropped from the written manifest.
 */
function dropWebAccessibleResources(outDir: string): Plugin {
  return {
    name: "kelisim:drop-web-accessible-resources",
    enforce: "post",
    writeBundle() {
      const path = resolve(outDir, "manifest.json");
      const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      delete manifest.web_accessible_resources;
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export function extensionConfig(mode: string): UserConfig {
  const target = mode === "extension-firefox" ? "firefox" : "chrome";
  if (mode !== "extension" && mode !== "extension-firefox") {
    throw new Error(`unknown extension build mode "${mode}" (use extension or extension-firefox)`);
  }
  const outDir = resolve(EXTENSION_ROOT, "..", "dist", mode);
  return {
    root: EXTENSION_ROOT,
    // _locales (name and description only) are copied as-is.
    publicDir: resolve(EXTENSION_ROOT, "public"),
    define: { "process.env.NODE_ENV": '"production"' },
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      // Readable output helps store reviewers (no remote code, nothing obfuscated) and costs little.
      minify: false,
      // Pages no manifest key names: the popup's "what you can ask the school for".
      rollupOptions: { input: { ask: resolve(EXTENSION_ROOT, "ask/index.html") } },
    },
    plugins: [crx({ manifest: makeManifest(target), browser: target }), dropWebAccessibleResources(outDir)],
  };
}
