import type { UserConfig } from "vite";

// Owned by the widget UI: builds the lazily loaded chunk(s) beside dist/widget/kelisim.js.
export function viewerConfig(mode: string): UserConfig {
  throw new Error(`widget build mode "${mode}" is not set up yet`);
}
