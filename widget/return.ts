// kelisim-return.js, the returning visitor's light path: kelisim.js loads it instead of kelisim-app.js
// when a choice is stored. If the full engine left a verdict (widget/engine/verdict.ts) for this very
// choice, this widget version and the SHA-256 of exactly the manifest text served now, the stored
// choice is applied as the full engine would apply it — Consent Mode update, gated elements released,
// the floating button — without the validator, the engine or Preact. Anything else (no verdict, one
// byte of the manifest changed, another version, an expired choice, receipts still to send, no Web
// Crypto) loads kelisim-app.js and goes the full way; nothing is released here on a text that was not
// validated. kelisim-app.js also takes over, with what this path released (`shown`), on the first
// action: a click, an API call that changes or reads receipts, another tab's choice, `#privacy`, a
// placeholder or an inline policy to draw.
import { CREATED_SKEW_MS } from "../shared/consent/check-record.ts";
import type { ConsentRecord } from "../shared/consent/record.ts";
import type { Language } from "../shared/manifest/types.ts";
import { APP_HOOK, type AppContext, type AppHandle, type AppHook } from "./app-api.ts";
import { savedLanguage } from "./boot/language.ts";
import type { Peek } from "./boot/peek.ts";
import type { ApiEngine, ApiState } from "./engine/api.ts";
import type { ShownChoice } from "./engine/engine.ts";
import { env, reportOnce } from "./engine/env.ts";
import { createGate, type Gate } from "./engine/gate.ts";
import { SYNC_CHANNEL } from "./engine/tab-sync.ts";
import { hashText, type Verdict } from "./engine/verdict.ts";
import fabCss from "./ui/fab.css?inline";
import { FAB_ICON, FAB_LABELS, fabPosition } from "./ui/fab.ts";
import { WIDGET_VERSION } from "./version.ts";

interface Stored {
  record: ConsentRecord;
  sequence: number;
  verdict: Verdict;
  language: unknown;
}

/** The current choice and its verdict from kelisim.js's peek, when both exist and no receipt waits. */
function storedOf(peek: Peek): Stored | null {
  const [record, , sequence, verdict, outbox] = peek.found ?? [];
  return record && verdict && outbox === 0
    ? {
        record: record as ConsentRecord,
        sequence: typeof sequence === "number" ? sequence : 0,
        verdict: verdict as Verdict,
        language: peek.language,
      }
    : null;
}

/** Does the verdict hold for this record, now, for this text? Every condition the full engine decided on. */
async function holds(stored: Stored, text: string | null): Promise<boolean> {
  const { record, verdict } = stored;
  const now = env.now();
  // The record's origin and shape were checked when the verdict was written; the hash says it is
  // the same record still.
  return (
    text !== null &&
    verdict.widgetVersion === WIDGET_VERSION &&
    verdict.receiptId === record.receiptId &&
    now < verdict.until &&
    Date.parse(record.created) <= now + CREATED_SKEW_MS &&
    typeof verdict.choices === "object" &&
    Array.isArray(verdict.languages) &&
    (await hashText(text)) === verdict.textHash &&
    (await hashText(env.stringify(record))) === verdict.recordHash
  );
}

/** The floating button in plain DOM, as FloatingButton.tsx draws it; pressing it hands over. */
function drawFab(root: ShadowRoot, lang: Language, position: string, press: () => void): HTMLElement {
  // Not sheet.ts's cache: this chunk adopts one sheet, once.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(fabCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const wrapper = document.createElement("div");
  wrapper.className = "k-root";
  wrapper.lang = lang;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "k-fab";
  button.dataset.kelisimView = "floating-button";
  button.dataset.position = position;
  button.title = FAB_LABELS[lang];
  button.setAttribute("aria-label", button.title);
  const svg = "http://www.w3.org/2000/svg";
  const icon = document.createElementNS(svg, "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("focusable", "false");
  const path = document.createElementNS(svg, "path");
  path.setAttribute("d", FAB_ICON);
  icon.append(path);
  button.append(icon);
  button.onclick = press;
  wrapper.append(button);
  root.append(wrapper);
  return button;
}

const script = document.currentScript as (HTMLScriptElement & { [APP_HOOK]?: AppHook }) | null;
const hook = script?.[APP_HOOK];

function startReturn(context: AppContext, boot: AppHook["boot"]): AppHandle {
  // env is kelisim.js's own (widget/return/boot-env.ts): its captured globals, its reports.
  const { config } = context;
  let full: Promise<AppHandle | null> | null = null;
  let fullHandle: AppHandle | null = null;
  let shown: ShownChoice | undefined;
  let gate: Gate | undefined;
  let channel: BroadcastChannel | undefined;
  let fab: HTMLElement | undefined;
  // "Nothing granted yet" until the verdict is found to hold.
  let light: ApiState | null = null;
  const notYet: ApiState = {
    choices: {},
    record: null,
    persistent: true,
    needsPrompt: false,
    reasons: [],
    diff: null,
    manifestError: null,
  };
  const changeListeners = new Set<(record: ConsentRecord) => void>();
  let announce: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    announce = resolve;
  });

  /** kelisim-app.js, started with what this path released; from here on it answers everything. */
  const takeOver = (): Promise<AppHandle | null> => {
    if (full) return full;
    gate?.disconnect();
    channel?.close();
    fab?.setAttribute("aria-busy", "true");
    full = boot
      .load(config.scriptUrl, config.nonce)
      .then((startApp) => {
        fab?.parentElement?.remove();
        const handle = startApp(shown ? { ...context, shown } : context);
        // Reads stay with this path until the full engine has decided: it says "nothing" before that.
        void handle.engine.ready.then(() => {
          fullHandle = handle;
        });
        handle.engine.onChange((record) => {
          for (const listener of changeListeners) listener(record);
        });
        return handle;
      })
      .catch((error: unknown) => {
        fab?.removeAttribute("aria-busy");
        reportOnce("app", "error", "Kelisim: could not start the consent engine.", error);
        return null;
      });
    return full;
  };
  const fullWay = () => takeOver().then((handle) => handle?.engine.ready);
  const later = <T>(act: (engine: ApiEngine) => Promise<T>): Promise<T> =>
    takeOver().then((handle) =>
      handle
        ? act(handle.engine)
        : Promise.reject(new Error("Kelisim: the consent engine could not be loaded")),
    );

  async function begin(): Promise<void> {
    const [got, peek] = await Promise.all([context.manifestText, context.peek]);
    const stored = storedOf(peek);
    const doc = document;
    if (
      stored === null ||
      typeof BroadcastChannel !== "function" ||
      doc.querySelector("[data-kelisim-policy]") !== null ||
      !(await holds(stored, got.text))
    )
      return fullWay();
    const { record, verdict } = stored;
    const choices = verdict.choices;
    shown = { record, sequence: stored.sequence, heard: [] };
    // Another tab's choice: the full engine adopts it (and the store's latest) with all its effects.
    channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      shown?.heard.push([event.data?.record, event.data?.sequence]);
      void takeOver();
    };
    light = { ...notYet, choices: { ...choices }, record };
    boot.pushConsentUpdate(globalThis as { dataLayer?: unknown[] }, choices);
    gate = createGate(doc, {
      // Once handed over (even from inside this very scan, before `gate` is set), this gate
      // releases nothing more: the full engine's gate decides from then on.
      settled: () => full === null,
      isDeclared: (id) => Object.hasOwn(choices, id),
      isGranted: (id) => choices[id] === true,
      warnUndeclared: () => true,
      // A blocked embed gets its placeholder from the Preact UI.
      blocked: (element) => void (element.localName === "iframe" && takeOver()),
    });
    const lang =
      [savedLanguage(), stored.language].find((asked): asked is Language =>
        verdict.languages.includes(asked as Language),
      ) ?? verdict.language;
    if (config.dataset.floatingButton !== "false" && !full)
      context.withRoot((root) => {
        if (!full)
          fab = drawFab(root, lang, fabPosition(config.dataset.position ?? "bottom"), () =>
            open("preferences"),
          );
      });
    addEventListener("hashchange", () => void (location.hash === "#privacy" && takeOver()));
  }

  const open = (view: "banner" | "preferences" | "policy") =>
    void takeOver().then((handle) => handle?.open(view));

  void begin()
    .catch(() => fullWay())
    .then(announce);

  const engine: ApiEngine = {
    ready,
    getState: () => fullHandle?.engine.getState() ?? light ?? notYet,
    has(category) {
      if (fullHandle) return fullHandle.engine.has(category);
      if (light === null) return false;
      if (!Object.hasOwn(light.choices, category))
        throw new TypeError(`Kelisim: unknown consent category "${category}"`);
      return light.choices[category] === true;
    },
    acceptAll: () => later((full) => full.acceptAll()),
    rejectAll: () => later((full) => full.rejectAll()),
    set: (choices, method, by) => later((full) => full.set(choices, method, by)),
    withdraw: () => later((full) => full.withdraw()),
    receipts: () => later((full) => full.receipts()),
    onChange(listener) {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
  };
  return { engine, open };
}

if (hook) hook.define((context) => startReturn(context, hook.boot));
else console.error("[kelisim] kelisim-return.js must be loaded by kelisim.js");
