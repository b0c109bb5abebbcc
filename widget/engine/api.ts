// `window.Kelisim` (and the ESM entry's API): the engine's actions for page scripts, with argument
// checks that fail loudly for the caller (TypeError / rejected promise) but never for the page.
// In kelisim.js the API exists from the first moment while the engine is still loading (it lives in
// kelisim-app.js): until then reads answer "nothing granted yet" and actions wait for it.
import type { ConsentReceipt, ConsentRecord } from "../../shared/consent/record.ts";
import type { EngineState, ManifestDiff, PromptReason, View } from "../contract.ts";
import { WIDGET_VERSION } from "../version.ts";
import type { KelisimEngine } from "./engine.ts";

export interface KelisimConsent {
  /** Per offered category; required ones always true. */
  choices: Record<string, boolean>;
  /** The latest receipt, or null when the visitor has not chosen yet. */
  record: ConsentRecord | null;
  /** false when the choice is kept for this page view only (IndexedDB unavailable). */
  persistent: boolean;
  /** The banner is (or would be, without a UI) asking; `reasons` and `diff` say why. */
  needsPrompt: boolean;
  reasons: PromptReason[];
  diff: ManifestDiff | null;
  /** One line when the manifest could not be used (nothing gated is released then). */
  manifestError: string | null;
}

export type KelisimChangeListener = (record: ConsentRecord) => void;

export interface KelisimApi {
  readonly version: string;
  /** Resolves once the manifest and the stored choice are known; never rejects. */
  readonly ready: Promise<void>;
  getConsent(): KelisimConsent;
  has(category: string): boolean;
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  set(choices: Record<string, boolean>): Promise<void>;
  open(view?: View): void;
  on(event: "change", listener: KelisimChangeListener): () => void;
  receipts(): Promise<ConsentReceipt[]>;
  withdraw(): Promise<void>;
}

const VIEWS: readonly View[] = ["banner", "preferences", "policy"];

/** The part of the engine state getConsent() reports. */
export type ApiState = Pick<
  EngineState,
  "choices" | "record" | "persistent" | "needsPrompt" | "reasons" | "diff" | "manifestError"
>;

/** What the API needs of an engine: the full one, or the returning visitor's light path (widget/return.ts). */
export type ApiEngine = Pick<
  KelisimEngine,
  "ready" | "has" | "acceptAll" | "rejectAll" | "set" | "withdraw" | "receipts" | "onChange"
> & { getState(): ApiState };

/** Where the API finds the engine. */
export interface ApiBackend {
  /** The engine once it exists; null while kelisim-app.js is loading. */
  current(): ApiEngine | null;
  /** Resolves with the engine, or null if it could not be loaded (then nothing is ever granted). */
  engine: Promise<ApiEngine | null>;
  open(view: View): void;
}

const NOT_STARTED: KelisimConsent = {
  choices: {},
  record: null,
  persistent: true,
  needsPrompt: false,
  reasons: [],
  diff: null,
  manifestError: null,
};

/** The API over an engine that is already running (the ESM entry). */
export function directBackend(engine: KelisimEngine, open: (view: View) => void): ApiBackend {
  return { current: () => engine, engine: Promise.resolve(engine), open };
}

export function createKelisimApi(backend: ApiBackend): KelisimApi {
  const withEngine = <T>(act: (engine: ApiEngine) => Promise<T>): Promise<T> =>
    backend.engine.then((engine) =>
      engine ? act(engine) : Promise.reject(new Error("Kelisim: the consent engine could not be loaded")),
    );
  return Object.freeze({
    version: WIDGET_VERSION,
    ready: backend.engine
      .then((engine) => engine?.ready)
      .then(
        () => undefined,
        () => undefined,
      ),
    getConsent(): KelisimConsent {
      const engine = backend.current();
      if (engine === null) return { ...NOT_STARTED, choices: {}, reasons: [] };
      const state = engine.getState();
      return {
        choices: { ...state.choices },
        record: state.record,
        persistent: state.persistent,
        needsPrompt: state.needsPrompt,
        reasons: [...state.reasons],
        diff: state.diff,
        manifestError: state.manifestError,
      };
    },
    // Nothing is granted before the engine has decided (the engine itself says the same before ready).
    has: (category: string) => backend.current()?.has(category) ?? false,
    acceptAll: () => withEngine((engine) => engine.acceptAll()),
    rejectAll: () => withEngine((engine) => engine.rejectAll()),
    set: (choices: Record<string, boolean>) => withEngine((engine) => engine.set(choices, "api")),
    open(view: View = "preferences") {
      if (!VIEWS.includes(view)) throw new TypeError(`Kelisim: unknown view "${String(view)}"`);
      backend.open(view);
    },
    on(event: "change", listener: KelisimChangeListener) {
      if (event !== "change") throw new TypeError(`Kelisim: unknown event "${String(event)}"`);
      if (typeof listener !== "function") throw new TypeError("Kelisim: on() needs a function");
      let off: (() => void) | null = null;
      let removed = false;
      void backend.engine.then((engine) => {
        if (engine && !removed) off = engine.onChange(listener);
      });
      return () => {
        removed = true;
        off?.();
      };
    },
    receipts: () => withEngine((engine) => engine.receipts()),
    withdraw: () => withEngine((engine) => engine.withdraw()),
  });
}
