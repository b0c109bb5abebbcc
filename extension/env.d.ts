// The collector (content/collect.ts) built into one self-contained function for
// scripting.executeScript({ func }) (collectorFunction in vite.extension.ts).
declare module "virtual:kelisim/collect-in-page" {
  export function collectInPage(
    cached: import("./model.ts").CachedDeclaration | null,
  ): Promise<import("./model.ts").PageObservation>;
}
