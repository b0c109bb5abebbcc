// The three consent banners compared by run.mjs, each set up the way its own docs recommend, with the
// same three categories: necessary (always on), ip, analytics. `visible` runs in the page and says
// whether the first-layer banner is on screen.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export function benchManifest(root) {
  const manifest = JSON.parse(readFileSync(resolve(root, "test/fixtures/pages/ui/manifest.json"), "utf8"));
  manifest.consent.categories = manifest.consent.categories.filter((c) =>
    ["necessary", "ip", "analytics"].includes(c.id),
  );
  manifest.technologies = manifest.technologies.filter((t) =>
    ["necessary", "ip", "analytics"].includes(t.category),
  );
  return manifest;
}

// hideFromBots is turned off only because the automated browser reports navigator.webdriver.
const CC_CONFIG = `CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, ip: {}, analytics: {} },
  language: { default: "en", translations: { en: {
    consentModal: { title: "We use cookies", description: "Necessary, IP address and analytics.",
      acceptAllBtn: "Accept all", acceptNecessaryBtn: "Reject all", showPreferencesBtn: "Manage preferences" },
    preferencesModal: { title: "Preferences", acceptAllBtn: "Accept all", acceptNecessaryBtn: "Reject all",
      savePreferencesBtn: "Save", closeIconLabel: "Close", sections: [
        { title: "Necessary", description: "Always on.", linkedCategory: "necessary" },
        { title: "IP address", description: "Embedded content.", linkedCategory: "ip" },
        { title: "Analytics", description: "Visit statistics.", linkedCategory: "analytics" } ] } } } }
});`;

const KLARO_CONFIG = `var klaroConfig = {
  version: 1, elementID: "klaro", storageMethod: "cookie", cookieName: "klaro", default: false,
  mustConsent: false, acceptAll: true, hideDeclineAll: false, lang: "en",
  purposes: ["necessary", "ip", "analytics"],
  services: [
    { name: "session", title: "Session", purposes: ["necessary"], required: true },
    { name: "embeds", title: "Embedded content", purposes: ["ip"] },
    { name: "metrica", title: "Yandex Metrica", purposes: ["analytics"], cookies: [/^_ym/] }
  ]
};`;

// The gated analytics script every product releases on consent: it stamps when it ran.
const RELEASE_MARK = "window.__bench && (window.__bench.releasedAt = performance.now());";

export const PEERS = {
  kelisim: {
    label: "Kelisim",
    head: "",
    body: '<script src="/dist/widget/kelisim.js" data-manifest="/bench/manifest.json" defer></script>',
    // Everything the widget may load on a first visit: kelisim.js (before the banner), kelisim-app.js
    // (after it is painted) and kelisim-ui.js (once the visitor reaches for the banner; the measured
    // view never does, so "before acting" counts what was requested). `bannerPath` is what comes before
    // the banner; peers load all of theirs first.
    code: ["dist/widget/kelisim.js", "dist/widget/kelisim-app.js", "dist/widget/kelisim-ui.js"],
    bannerPath: ["dist/widget/kelisim.js"],
    // What a returning view may request: the light path (kelisim-return.js), or the full app when the
    // cached verdict does not hold. Counted only when requested.
    returningCode: [
      "dist/widget/kelisim.js",
      "dist/widget/kelisim-return.js",
      "dist/widget/kelisim-app.js",
      "dist/widget/kelisim-ui.js",
    ],
    // The measured window also waits for the engine to have started, so TBT and heap include it.
    settled: "window.Kelisim.ready",
    gated: `<script type="text/plain" data-consent="analytics">${RELEASE_MARK}</script>`,
    accept: "window.Kelisim.ready.then(() => window.Kelisim.acceptAll())",
    config: ["/bench/manifest.json"],
    visible: `(() => { const b = document.querySelector("[data-kelisim-host]")?.shadowRoot?.querySelector('[data-kelisim-view="banner"]'); return b ?? null; })()`,
  },
  cookieconsent: {
    label: "vanilla-cookieconsent 3.1",
    head: '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">',
    body:
      '<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js" defer></script>' +
      '<script src="/bench/cc-config.js" defer></script>',
    code: [
      "node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js",
      "node_modules/vanilla-cookieconsent/dist/cookieconsent.css",
    ],
    config: ["/bench/cc-config.js"],
    gated: `<script type="text/plain" data-category="analytics">${RELEASE_MARK}</script>`,
    accept: 'CookieConsent.acceptCategory("all")',
    visible: `document.querySelector("#cc-main .cm")`,
  },
  klaro: {
    label: "klaro 0.7",
    head: "",
    body:
      '<script src="/bench/klaro-config.js" defer></script>' +
      '<script src="/node_modules/klaro/dist/klaro.js" defer></script>',
    code: ["node_modules/klaro/dist/klaro.js"],
    config: ["/bench/klaro-config.js"],
    gated: `<script type="text/plain" data-type="application/javascript" data-name="metrica">${RELEASE_MARK}</script>`,
    accept: "(() => { const m = klaro.getManager(); m.changeAll(true); m.saveAndApplyConsents(); })()",
    visible: `document.querySelector(".klaro .cookie-notice:not(.cookie-notice-hidden), .klaro .cookie-modal")`,
  },
};

export function configFiles(root) {
  return {
    "/bench/manifest.json": JSON.stringify(benchManifest(root)),
    "/bench/cc-config.js": CC_CONFIG,
    "/bench/klaro-config.js": KLARO_CONFIG,
  };
}

export function benchPage(peer) {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Мектеп жаңалықтары ${i + 1}. Оқушылар мен ата-аналарға арналған хабарландырулар мен кесте.</p>`,
  ).join("\n");
  return `<!doctype html><html lang="kk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title>${peer?.head ?? ""}</head>
<body><h1>№ 1 мектеп</h1>${paragraphs}${peer?.gated ?? ""}${peer?.body ?? ""}</body></html>`;
}
