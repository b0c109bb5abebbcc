import type { UserConfig } from "vite";

// Owned by the extension: builds dist/extension/ (Chromium) and dist/extension-firefox/.
export function extensionConfig(mode: string): UserConfig {
  throw new Error(`extension build mode "${mode}" is not set up yet`);
}
