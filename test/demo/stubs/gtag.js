// Local stand-in for https://www.googletagmanager.com/gtag/js — nothing leaves the machine.
(() => {
  window.__demoAnalytics = (window.__demoAnalytics || []).concat("Google Analytics");
  document.dispatchEvent(new CustomEvent("demo:analytics", { detail: "Google Analytics (үлгі)" }));
  console.info("[demo] Google Analytics stub loaded");
})();
