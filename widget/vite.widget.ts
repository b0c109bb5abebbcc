import type { UserConfig } from "vite";

// Owned by the widget: builds dist/widget/ (the drop-in IIFE, lazily loaded chunks, the ESM entry).
export function widgetConfig(mode: string): UserConfig {
  throw new Error(`widget build mode "${mode}" is not set up yet`);
}
