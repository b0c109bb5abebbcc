// Prebuilds the receipts service: `vite build -c server/vite.server.ts` writes dist/server/receipts.mjs,
// which shared/cli/bin.mjs loads for `kelisim receipts`. Fastify and its pure-JS dependencies are
// bundled in: as a dependency of the package they would weigh on every `npm i kelisim`, and npm on
// Node 20 silently skips an optional fastify (its cookie dependency declares Node ≥ 22, yet runs on
// 20.19+). better-sqlite3 (native) and postgres stay external: the package's optional dependencies.
import { defineConfig } from "vite";

export default defineConfig({
  ssr: { noExternal: true, external: ["better-sqlite3", "postgres"] },
  build: {
    ssr: "server/cli.ts",
    outDir: "dist/server",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rolldownOptions: { output: { entryFileNames: "receipts.mjs", format: "es" } },
  },
});
