/// <reference types="vitest/config" />
// One config, one build per mode (package.json "build" runs them all): widget, widget-app, widget-return,
// widget-ui, widget-sha256, widget-viewer,
// widget-esm, extension, extension-firefox, studio. Vitest (mode "test") reads the `test` block.
import { defineConfig, type UserConfig } from "vite";
import { extensionConfig } from "./extension/vite.extension.ts";
import { studioConfig } from "./studio/vite.studio.ts";
import { viewerConfig } from "./widget/vite.viewer.ts";
import { widgetConfig } from "./widget/vite.widget.ts";

const CHROMIUM_TESTS = "test/browser/**/*.test.ts";

export default defineConfig(({ mode }): UserConfig => {
  if (mode === "studio") return studioConfig();
  if (mode === "widget-viewer") return viewerConfig(mode);
  if (mode.startsWith("widget")) return widgetConfig(mode);
  if (mode.startsWith("extension")) return extensionConfig(mode);
  return {
    test: {
      reporters: ["default", "./test/support/summary-reporter.ts"],
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: ["test/unit/**/*.test.{ts,tsx}"],
            environment: "node",
            css: true,
            // Fast unit tests first, then the Chromium ones.
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: {
            name: "browser",
            include: [CHROMIUM_TESTS],
            environment: "node",
            testTimeout: 60_000,
            hookTimeout: 60_000,
            // Each file launches Chromium; two at once is what 2 cores carry.
            maxWorkers: 2,
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  };
});
