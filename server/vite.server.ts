// Prebuilds the receipts service: `vite build -c server/vite.server.ts` writes dist/server/receipts.mjs,
// which server/entry.mjs prefers. Dependencies stay external (SSR build), better-sqlite3 is native.
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    ssr: "server/cli.ts",
    outDir: "dist/server",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rolldownOptions: { output: { entryFileNames: "receipts.mjs", format: "es" } },
  },
});
