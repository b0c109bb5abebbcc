// Types for crxjs's `?script` imports (the file name of a built content script).
/// <reference types="@crxjs/vite-plugin/client" />

// The collector (content/collect.ts) built into one self-contained function for
// scripting.executeScript({ func }) (collectorFunction in vite.extension.ts).
declare module "virtual:kelisim/collect-in-page" {
  export function collectInPage(
    cachedManifestUrl: string | null,
  ): Promise<import("./model.ts").PageObservation>;
}
