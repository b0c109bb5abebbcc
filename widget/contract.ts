// The seam between the consent engine (widget/engine/) and the visitor-facing UI (widget/ui/).
// The engine works and is tested with no UI; the UI only reads engine state and calls its actions.
// Types only: nothing here ships bytes.

import type { ConsentMethod, ConsentRecord, IndicatedBy } from "../shared/consent/record.ts";
import type { Language, PrivacyManifest, Technology, Text } from "../shared/manifest/types.ts";
import type { BannerView } from "./boot/banner.ts";

/** A consent category as the banner offers it (manifest `consent.categories` or the defaults). */
export interface OfferedCategory {
  id: string;
  /** Manifest label, if any; otherwise the UI uses its own catalog for the default ids. */
  label?: Text;
  description?: Text;
  required: boolean;
  /** Technologies (cookies, scripts, iframes…) the manifest files under this category. */
  technologies: Technology[];
}

/** What changed in the manifest since the visitor last agreed (for the re-consent banner). */
export interface ManifestDiff {
  addedCategories: string[];
  addedDataCategories: string[];
  addedRecipients: string[];
  addedTechnologies: string[];
  addedTransfers: string[];
}

export type PromptReason =
  | "first-visit"
  | "material-change"
  | "new-category"
  | "expired"
  | "storage-unavailable";

export interface EngineState {
  /** null while the manifest is loading, or when it failed (see `manifestError`). */
  manifest: PrivacyManifest | null;
  /** One-line description of why the manifest could not be used, for the console and the UI. */
  manifestError: string | null;
  categories: OfferedCategory[];
  /** Current choice per category; required categories are always true. */
  choices: Record<string, boolean>;
  /** The stored record behind `choices`, if any. */
  record: ConsentRecord | null;
  /** True when the visitor must be asked (banner shown); reasons say why. */
  needsPrompt: boolean;
  reasons: PromptReason[];
  diff: ManifestDiff | null;
  /** navigator.globalPrivacyControl was true and was applied. */
  gpc: boolean;
  language: Language;
  /** false when IndexedDB could not be used; the choice then lasts for this page view only. */
  persistent: boolean;
}

export type View = "banner" | "preferences" | "policy";

export interface Engine {
  readonly ready: Promise<void>;
  getState(): EngineState;
  /** Subscribes to every state change; returns the unsubscribe function. */
  subscribe(listener: (state: EngineState) => void): () => void;
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  /** Sets the given categories; others keep their value. Throws for unknown category ids. */
  set(choices: Record<string, boolean>, method?: ConsentMethod, indicatedBy?: IndicatedBy): Promise<void>;
  withdraw(): Promise<void>;
  setLanguage(language: Language): void;
  /** Releases one gated element now without storing a choice ("load once"). */
  releaseOnce(element: Element): void;
}

/** Implemented by widget/ui; the engine entry calls it once it has a state to show. */
export interface UiHost {
  /** Show a view; "banner" is shown by the engine entry whenever `needsPrompt` is true. */
  open(view: View): void;
}

/** What the UI needs to know about how it was embedded (all optional: the ESM entry has no script tag). */
export interface UiOptions {
  /** Absolute URL of kelisim.js (`document.currentScript.src`, captured at start); lazy chunks sit beside it. */
  scriptUrl?: string;
  /** The script tag's data-* attributes (`position`, `floatingButton`…), as `element.dataset` gives them. */
  dataset?: Readonly<Record<string, string | undefined>>;
  /** kelisim.js's CSP nonce, for the viewer chunks. */
  nonce?: string;
  /** The banner kelisim.js created (and may be showing); the UI creates its own when absent (ESM). */
  banner?: BannerView;
}

export type MountUi = (engine: Engine, shadowRoot: ShadowRoot, options?: UiOptions) => UiHost;
