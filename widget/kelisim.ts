// The drop-in IIFE (dist/widget/kelisim.js): the banner path. A classic script that works with `defer`
// or `async`, anywhere in the page, and included twice starts once. It does only what must happen
// before the banner shows, and shows it:
//   1. Consent Mode's `default` goes into dataLayer synchronously, before anything else.
//   2. `window.Kelisim` exists at once (its actions wait for the engine).
//   3. The manifest is fetched and IndexedDB is asked whether a choice is stored, in parallel.
//   4. Nothing stored and the manifest names its operator and categories → the banner, in plain DOM.
// Then it loads kelisim-app.js (widget/app.ts): the engine that validates the whole manifest, decides,
// stores and releases, and loads the Preact UI (kelisim-ui.js: preferences, floating button,
// placeholders, viewer) once more than this banner is needed. When a
// choice is stored it loads kelisim-return.js (widget/return.ts) instead, which releases the stored
// choice without the validator while the engine's cached verdict holds, and loads kelisim-app.js
// otherwise or on the first action. Gated elements are inert in the page's own markup, so nothing
// can run before the engine (or a verdict it left for exactly this manifest text) releases it.

import { negotiateLanguage, offeredLanguages } from "../shared/i18n/negotiate.ts";
import type { Language } from "../shared/manifest/types.ts";
import { type AppHandle, RETURN_FILE } from "./app-api.ts";
import { loadAppChunk } from "./boot/app-loader.ts";
import bannerCss from "./boot/banner.css?inline";
import { type BannerAction, type BannerView, createBanner } from "./boot/banner.ts";
import { askedCategories, operatorText } from "./boot/banner-text.ts";
import { type FirstLook, firstLook } from "./boot/first-look.ts";
import { rememberLanguage, savedLanguage } from "./boot/language.ts";
import { peekStoredChoice } from "./boot/peek.ts";
import type { View } from "./contract.ts";
import { createKelisimApi } from "./engine/api.ts";
import { pushConsentDefault } from "./engine/consent-mode.ts";
import { env, failClosed, guard, reportOnce, safely } from "./engine/env.ts";
import { findManifestText } from "./engine/manifest-text.ts";
import { findOwnScript, readScriptConfig } from "./engine/script-config.ts";
import { adoptStyles } from "./ui/sheet.ts";

type KelisimWindow = Window & { Kelisim?: unknown; dataLayer?: unknown[]; [INSTANCE]?: unknown };

/**
 * Marks our own instance (so a second copy of the script starts nothing) and is the documented second
 * way to reach the API. Not the `Kelisim` name itself: an element with id or name "Kelisim" or the
 * page's own global would look like an instance there.
 */
const INSTANCE: unique symbol = Symbol.for("kelisim");

const PRIVACY_HASH = "#privacy";

function start(win: KelisimWindow, doc: Document): void {
  if (win[INSTANCE]) return;
  pushConsentDefault(win);
  const config = readScriptConfig(doc, findOwnScript(doc));
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const manifestText = findManifestText(doc, config.manifestUrl);

  // undefined until tried; null when the page made it impossible (then nothing is ever shown).
  let root: ShadowRoot | null | undefined;
  // The shadow host is created only when something must be shown, once, after <body> exists.
  const withRoot = (use: (shadow: ShadowRoot) => void) => {
    const mount = () => {
      if (root === undefined && doc.body) {
        root = null;
        try {
          const element = doc.createElement("div");
          element.setAttribute("data-kelisim-host", "");
          doc.body.appendChild(element);
          const shadow = element.attachShadow({ mode: "open" });
          adoptStyles(shadow, bannerCss);
          root = shadow;
        } catch (error) {
          reportOnce(
            "entry",
            "error",
            "Kelisim: could not attach its shadow root; nothing gated is released.",
            error,
          );
        }
      }
      if (root) guard("ui", () => use(root as ShadowRoot));
    };
    if (doc.body) mount();
    else doc.addEventListener("DOMContentLoaded", mount, { once: true });
  };

  let app: AppHandle | null = null;
  let loading: Promise<AppHandle | null> | null = null;
  let announceApp: (handle: AppHandle | null) => void = () => {};
  const appReady = new Promise<AppHandle | null>((resolve) => {
    announceApp = resolve;
  });
  let banner: BannerView | null = null;

  // The first call picks the chunk: the light path (kelisim-return.js) when a choice is stored.
  const loadApp = safely((file?: string): Promise<AppHandle | null> => {
    loading ??= loadAppChunk(config.scriptUrl, config.nonce, file)
      .then((startApp) => {
        app = startApp({
          config,
          gpc,
          manifestText,
          env,
          withRoot,
          banner: bannerIn,
          answered: () => banner?.answered === true,
          peek: peeked,
        });
        return app;
      })
      .catch((error: unknown) => {
        reportOnce(
          "app",
          "error",
          "Kelisim: could not start the consent engine; nothing gated is released.",
          error,
        );
        return null;
      })
      .then((handle) => {
        announceApp(handle);
        return handle;
      });
    return loading;
  });
  const open = safely((view: View) => void loadApp()?.then((handle) => handle?.open(view)));

  const api = createKelisimApi({
    current: () => app?.engine ?? null,
    engine: appReady.then((handle) => handle?.engine ?? null),
    open,
  });
  Object.defineProperty(win, INSTANCE, { value: api });
  // The page's own `Kelisim` (a global, or an element's id or name) is left as it is.
  if ("Kelisim" in win)
    reportOnce(
      "name",
      "warn",
      'Kelisim: the page has its own window.Kelisim; the API is at window[Symbol.for("kelisim")].',
    );
  else Object.defineProperty(win, "Kelisim", { value: api });

  // Until the app takes the banner over, its buttons are answered here.
  let shownLook: FirstLook | null = null;
  const bannerIn = (shadow: ShadowRoot): BannerView => {
    banner ??= createBanner(shadow, config.dataset.position ?? "bottom", {
      action(action: BannerAction) {
        if (action === "choose") return open("preferences");
        banner?.hide();
        void loadApp();
        const choice = action === "accept-all" ? api.acceptAll() : api.rejectAll();
        choice.catch((error: unknown) =>
          reportOnce("choice", "warn", "Kelisim: could not apply the choice", error),
        );
      },
      language(language: Language) {
        rememberLanguage(language);
        if (shownLook) banner?.show(firstContent(shownLook, language));
      },
    });
    return banner;
  };

  const firstContent = (look: FirstLook, lang: Language) => ({
    lang,
    languages: offeredLanguages(look.languages),
    operator: operatorText(look.operator, lang, look.defaultLanguage),
    categories: askedCategories(look.categories, lang, look.defaultLanguage),
    noManifest: false,
    gpc,
    changes: null,
  });

  const peeked = peekStoredChoice();
  // A stored choice (or a store that cannot tell): the engine decides, and starts loading now rather
  // than after the manifest, so a returning visitor's released scripts do not wait twice.
  void peeked.then(
    safely((peek) => {
      if (peek.stored !== false) void loadApp(peek.stored ? RETURN_FILE : undefined);
    }),
    failClosed,
  );
  void Promise.all([manifestText, peeked]).then(
    safely(([got, peek]) => {
      const look = guard("first look", () => (peek.stored === false ? firstLook(got) : null)) ?? null;
      // An unusual manifest: the engine decides, and reports precisely what is wrong with it.
      if (look === null || app !== null) return void loadApp();
      // The engine loads once the banner is painted, not before it; after 500 ms at the latest (a
      // background tab gets no frames, and a banner that failed to draw must not hold it back).
      env.setTimeout(loadApp, 500);
      withRoot((shadow) => {
        const lang = negotiateLanguage({
          explicit: savedLanguage() ?? peek.language ?? config.language,
          htmlLang: doc.documentElement.lang,
          browser: navigator.languages,
          available: look.languages,
          fallback: look.defaultLanguage,
        });
        shownLook = look;
        bannerIn(shadow).show(firstContent(look, lang));
        env.nextFrame(() => env.setTimeout(loadApp, 0));
      });
    }),
    failClosed,
  );

  doc.addEventListener(
    "click",
    safely((event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest("[data-kelisim-open]") : null;
      if (!target) return;
      event.preventDefault();
      const asked = target.getAttribute("data-kelisim-open");
      open(asked === "policy" || asked === "banner" ? asked : "preferences");
    }),
  );
  // The app's UI opens the viewer for #privacy; it only has to be loaded.
  const onHash = safely(() => {
    if (location.hash === PRIVACY_HASH) void loadApp();
  });
  win.addEventListener("hashchange", onHash);
  onHash();
}

safely(start)(window, document);
