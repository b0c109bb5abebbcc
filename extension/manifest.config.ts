// The extension's manifest for both targets. Least privilege: only activeTab, scripting and storage are
// granted at install; host access, webRequest and cookies are optional and asked for by the options
// page's "watch mode". A browser test reads both built manifest.json files and compares these lists.
import type { ManifestV3Export } from "@crxjs/vite-plugin";
import pkg from "../package.json" with { type: "json" };

export type ExtensionTarget = "chrome" | "firefox";

export const REQUIRED_PERMISSIONS = ["activeTab", "scripting", "storage"] as const;
export const OPTIONAL_PERMISSIONS = ["webRequest", "cookies"] as const;
export const OPTIONAL_HOST_PERMISSIONS = ["http://*/*", "https://*/*"] as const;

// Drawn by icons/make-icons.mjs: a neutral "declaration" glyph, never a tick (the extension does not grade).
// The sizes the stores ask for: 16/32/48/128 (Chrome), 48/96 (Firefox).
const ICONS = {
  "16": "icons/icon-16.png",
  "32": "icons/icon-32.png",
  "48": "icons/icon-48.png",
  "96": "icons/icon-96.png",
  "128": "icons/icon-128.png",
};

export const GECKO_ID = "kelisim@kelisim.kz";

/**
 * `grantWatchAtInstall` makes the test-only variant (`vite build --mode extension-watch-test`, never
 * packaged): watch mode's permissions become install-time ones, so a browser test can run the
 * background's observation path without the permission prompt a test cannot answer.
 */
export function makeManifest(
  target: ExtensionTarget,
  { grantWatchAtInstall = false }: { grantWatchAtInstall?: boolean } = {},
): ManifestV3Export {
  const permissions = grantWatchAtInstall
    ? {
        permissions: [...REQUIRED_PERMISSIONS, ...OPTIONAL_PERMISSIONS],
        host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
      }
    : {
        permissions: [...REQUIRED_PERMISSIONS],
        optional_permissions: [...OPTIONAL_PERMISSIONS],
        optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
      };
  const common = {
    manifest_version: 3,
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    version: pkg.version,
    default_locale: "en",
    icons: ICONS,
    action: { default_popup: "popup/index.html", default_title: "__MSG_extName__", default_icon: ICONS },
    options_ui: { page: "options/index.html", open_in_tab: true },
    ...permissions,
  };
  if (target === "chrome") {
    return { ...common, background: { service_worker: "background/index.ts", type: "module" } };
  }
  // Firefox MV3 runs background scripts (an event page), not a service worker; crxjs crashes when asked
  // to build a service_worker manifest for Firefox (toolchain guide §3).
  return {
    ...common,
    background: { scripts: ["background/index.ts"], type: "module" } as unknown as { scripts: string[] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: "142.0",
        data_collection_permissions: { required: ["none"] },
      },
    },
  };
}
