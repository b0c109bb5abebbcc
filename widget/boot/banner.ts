// The first-layer notice, in plain DOM: it is on the banner path, where every byte is paid by every
// visitor, so it does not wait for Preact (the preferences and the viewer, loaded later, use it).
// Non-modal, fixed to the viewport (so the page never shifts), in the top layer via the Popover API
// where available (above any z-index the host page uses). Names the operator and the optional
// categories, links to the policy, and offers Accept all / Reject all / Choose with the same styling:
// rejecting is exactly as easy as accepting.
//
// Every element is created once and only its text changes, so focus stays where it is across a
// language switch, and a dialog opened from "Choose" or the policy link can return focus to it.

import type { BannerKey } from "../../shared/i18n/catalog-banner.en.ts";
import { LANGUAGES, type Language } from "../../shared/manifest/types.ts";
import { safely } from "../engine/env.ts";
import { bannerT } from "./banner-text.ts";
import { LANGUAGE_NAMES, LANGUAGE_SHORT_NAMES } from "./language.ts";

export interface BannerContent {
  lang: Language;
  /** The languages the switch offers (the manifest's own); the switch hides when there is one. */
  languages: readonly Language[];
  operator: string;
  /** The optional categories' labels as one list ("A, B and C"); "" when there are none. */
  categories: string;
  /** The manifest could not be used: say so instead of naming what is asked. */
  noManifest: boolean;
  /** Global Privacy Control was honoured. */
  gpc: boolean;
  /** Re-consent: what changed since the visitor agreed (built by the UI from the engine's diff). */
  changes: { intro: string; lines: string[]; summary: string } | null;
}

export type BannerAction = "accept-all" | "reject-all" | "choose";

export interface BannerHandlers {
  action(action: BannerAction): void;
  language(language: Language): void;
}

export interface BannerView {
  readonly shown: boolean;
  /** The visitor pressed Accept all or Reject all here: the banner must not come back by itself. */
  readonly answered: boolean;
  /** Replaced by the Preact UI when it takes over from kelisim.js. */
  handlers: BannerHandlers;
  show(content: BannerContent): void;
  hide(): void;
}

const ACTIONS = [
  ["accept-all", "action.acceptAll"],
  ["reject-all", "action.rejectAll"],
  ["choose", "action.choose"],
] as const;

type Children = (Node | string)[];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Children = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function createBanner(root: ShadowRoot, position: string, handlers: BannerHandlers): BannerView {
  let shown = false;
  let answered = false;
  const legend = el("legend", { class: "k-status" });
  const switcher = el("fieldset", { class: "k-langs" });
  const languageButtons = LANGUAGES.map((language) =>
    el("button", { type: "button", class: "k-lang", lang: language, title: LANGUAGE_NAMES[language] }, [
      LANGUAGE_SHORT_NAMES[language],
    ]),
  );
  const title = el("h2", { id: "kelisim-banner-title" });
  const body = el("p");
  const changes = el("div", { "data-kelisim-changes": "" });
  const gpcNote = el("p", { "data-kelisim-gpc": "" });
  const ask = document.createTextNode("");
  // A real link: the #privacy hash opens the viewer.
  const policyLink = el("a", { href: "#privacy" });
  const actionButtons = ACTIONS.map(([action]) =>
    el("button", { type: "button", class: "k-btn", "data-action": action }),
  );
  const section = el(
    "section",
    {
      class: "k-banner k-panel",
      "data-kelisim-view": "banner",
      "data-position": position,
      popover: "manual",
      "aria-labelledby": "kelisim-banner-title",
    },
    [
      switcher,
      title,
      body,
      changes,
      gpcNote,
      el("p", {}, [ask, " ", policyLink]),
      el("div", { class: "k-actions" }, actionButtons),
    ],
  );
  switcher.append(legend, ...languageButtons);
  const wrapper = el("div", { class: "k-root" }, [section]);

  const view: BannerView = {
    get shown() {
      return shown;
    },
    get answered() {
      return answered;
    },
    handlers,
    show(content) {
      const { lang } = content;
      wrapper.lang = lang;
      section.lang = lang;
      legend.textContent = bannerT("lang.label", lang);
      switcher.hidden = content.languages.length < 2;
      LANGUAGES.forEach((language, index) => {
        const button = languageButtons[index];
        if (!button) return;
        button.hidden = !content.languages.includes(language);
        button.setAttribute("aria-pressed", String(language === lang));
      });
      const say = (key: BannerKey, params?: Record<string, string>) => bannerT(key, lang, params);
      const { operator, categories } = content;
      title.textContent = say("banner.title");
      body.textContent = content.noManifest
        ? say("banner.noManifest")
        : categories !== ""
          ? say("banner.body", { operator, categories })
          : say("banner.bodyNone", { operator });
      const changed = content.changes;
      changes.hidden = changed === null || changed.lines.length === 0;
      changes.replaceChildren();
      if (changed !== null && !changes.hidden) {
        changes.append(
          el("p", {}, [changed.intro]),
          el(
            "ul",
            {},
            changed.lines.map((line) => el("li", {}, [line])),
          ),
        );
        if (changed.summary !== "") changes.append(el("p", {}, [changed.summary]));
      }
      gpcNote.hidden = !content.gpc;
      gpcNote.textContent = content.gpc ? say("banner.gpc") : "";
      ask.data = say("banner.ask");
      policyLink.textContent = say("action.policy");
      ACTIONS.forEach(([, key], index) => {
        const button = actionButtons[index];
        if (button) button.textContent = bannerT(key, lang);
      });
      if (shown) return;
      shown = true;
      // First in the shadow root: the banner comes before the dialogs in reading order.
      root.prepend(wrapper);
      try {
        (section as HTMLElement & { showPopover?: () => void }).showPopover?.();
      } catch {
        // Popovers unsupported: the fixed position and z-index still apply.
      }
    },
    hide() {
      shown = false;
      wrapper.remove();
    },
  };

  section.addEventListener(
    "click",
    safely((event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest("button") : null;
      if (target === null) return;
      const action = target.getAttribute("data-action");
      if (action !== null) {
        answered ||= action !== "choose";
        view.handlers.action(action as BannerAction);
      } else if (target.lang) view.handlers.language(target.lang as Language);
    }),
  );
  return view;
}
