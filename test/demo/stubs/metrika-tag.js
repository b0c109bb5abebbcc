// Local stand-in for https://mc.yandex.ru/metrika/tag.js — nothing leaves the machine. It only shows
// that the widget released it (after consent to "analytics").
(() => {
  window.__demoAnalytics = (window.__demoAnalytics || []).concat("Yandex Metrica");
  document.dispatchEvent(new CustomEvent("demo:analytics", { detail: "Yandex Metrica (үлгі)" }));
  console.info("[demo] Yandex Metrica stub loaded");
})();
