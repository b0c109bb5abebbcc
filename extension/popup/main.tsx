// The popup's first module, kept tiny: it starts the tab's inspection at once, then loads the UI. The
// content script runs while the UI's code downloads and evaluates instead of after it. No JSX here:
// it would make preact a static import, evaluated before the inspection could start. The page loads it
// `async`, so it runs as soon as it has arrived, without waiting for the style sheet or the rest of the
// document (the UI's modules are preloaded by the page, see preloadModules in vite.extension.ts).
import "../ui/styles.css";
import { startInspection } from "./start-inspection.ts";

void startInspection();
const { mountPopup } = await import("./popup.tsx");
if (document.readyState === "loading") {
  await new Promise((parsed) => document.addEventListener("DOMContentLoaded", parsed, { once: true }));
}
const root = document.getElementById("app");
if (root) mountPopup(root);
