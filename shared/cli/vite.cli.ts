// Prebuilds the CLI for installed users (no Vite at run time): `vite build -c shared/cli/vite.cli.ts`
// writes dist/cli/kelisim.mjs, which shared/cli/bin.mjs prefers over the TypeScript source.
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    ssr: "shared/cli/main.ts",
    outDir: "dist/cli",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rolldownOptions: {
      // Loaded only by `kelisim scan`, from the installed optional dependency (it is large and spawns
      // the browser itself), never bundled.
      external: ["playwright-core"],
      output: { entryFileNames: "kelisim.mjs", format: "es" },
    },
  },
});
