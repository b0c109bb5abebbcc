// `window.Kelisim` (and the ESM entry's API): the engine's actions for page scripts, with argument
// checks that fail loudly for the caller (TypeError / rejected promise) but never for the page.
import type { ConsentReceipt, ConsentRecord } from "../../shared/consent/record.ts";
import type { ManifestDiff, PromptReason, View } from "../contract.ts";
import type { KelisimEngine } from "./engine.ts";
import { WIDGET_VERSION } from "./receipt.ts";

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

export function createKelisimApi(engine: KelisimEngine, openView: (view: View) => void): KelisimApi {
  return Object.freeze({
    version: WIDGET_VERSION,
    ready: engine.ready,
    getConsent(): KelisimConsent {
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
    has: (category: string) => engine.has(category),
    acceptAll: () => engine.acceptAll(),
    rejectAll: () => engine.rejectAll(),
    set: (choices: Record<string, boolean>) => engine.set(choices, "api"),
    open(view: View = "preferences") {
      if (!VIEWS.includes(view)) throw new TypeError(`Kelisim: unknown view "${String(view)}"`);
      openView(view);
    },
    on(event: "change", listener: KelisimChangeListener) {
      if (event !== "change") throw new TypeError(`Kelisim: unknown event "${String(event)}"`);
      if (typeof listener !== "function") throw new TypeError("Kelisim: on() needs a function");
      return engine.onChange(listener);
    },
    receipts: () => engine.receipts(),
    withdraw: () => engine.withdraw(),
  });
}
