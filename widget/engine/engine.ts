// The consent engine: loads the manifest and the stored choice, decides whether to ask, releases
// gated elements, records receipts and tells the page. Works with no UI; the UI reads `getState()`
// and calls the actions (widget/contract.ts). Nothing here throws into the page: `ready` never
// rejects, and actions reject only for caller mistakes (unknown category ids).
import { checkRecord, untrustedBecause } from "../../shared/consent/check-record.ts";
import { consentExpiry } from "../../shared/consent/reconsent.ts";
import type {
  ConsentMethod,
  ConsentReceipt,
  ConsentRecord,
  IndicatedBy,
} from "../../shared/consent/record.ts";
import { summarizeManifest } from "../../shared/consent/summary.ts";
import {
  isLanguage,
  matchLanguageTag,
  negotiateLanguage,
  offeredLanguages,
} from "../../shared/i18n/negotiate.ts";
import { type Digest, manifestHashVia } from "../../shared/manifest/hash-via.ts";
import { sha256 } from "../../shared/manifest/sha256.ts";
import type { Language } from "../../shared/manifest/types.ts";
import type { Engine, EngineState } from "../contract.ts";
import { WIDGET_VERSION } from "../version.ts";
import { pushConsentUpdate } from "./consent-mode.ts";
import { decide } from "./decide.ts";
import { applyChangeEffects } from "./effects.ts";
import { env, guard, reportOnce } from "./env.ts";
import { createGate } from "./gate.ts";
import { checkManifestText } from "./manifest-source.ts";
import { findManifestText, type ManifestText } from "./manifest-text.ts";
import { normalizeChoices, offeredCategories } from "./offered.ts";
import { buildReceipt, postReceipt } from "./receipt.ts";
import { createConsentStore } from "./store.ts";
import { createTabSync } from "./tab-sync.ts";
import { hashText } from "./verdict.ts";

export interface EngineOptions {
  document: Document;
  /** Absolute URL of the manifest (`data-manifest` or the well-known default). */
  manifestUrl: string;
  /** `data-lang` */
  language?: string | null;
  /** `data-receipts` */
  receiptsUrl?: string | null;
  serverCookie?: boolean;
  reloadOnWithdraw?: boolean;
  /** navigator.globalPrivacyControl === true */
  gpc?: boolean;
  /** The manifest text, when kelisim.js has already fetched it for the banner (else fetched here). */
  manifestText?: Promise<ManifestText>;
  /** Set when the light path (widget/return.ts) has already applied a stored choice to the page. */
  shown?: ShownChoice;
  /** Told of each gated element that stays blocked once the engine has decided (kelisim-app.js loads
   * the UI for an iframe's placeholder). */
  blocked?: (element: Element) => void;
}

/** What the light path released, handed to the full engine when it takes over (first click, another tab). */
export interface ShownChoice {
  record: ConsentRecord;
  sequence: number;
  /** Messages from other tabs the light path heard before handing over. */
  heard: [ConsentRecord, number][];
}

export interface KelisimEngine extends Engine {
  /** False before `ready` (nothing is granted yet); TypeError for ids the banner does not offer. */
  has(category: string): boolean;
  receipts(): Promise<ConsentReceipt[]>;
  /** Called with the new record after every change of the choice (here or in another tab). */
  onChange(listener: (record: ConsentRecord) => void): () => void;
  /** Stops observing the page and other tabs (tests, single-page apps that unmount). */
  dispose(): void;
}

export function createEngine(options: EngineOptions): KelisimEngine {
  return startEngine(
    options,
    () => options.manifestText ?? findManifestText(options.document, options.manifestUrl),
    () => sha256,
  );
}

/**
 * createEngine with the way to the manifest text given: kelisim-app.js always has the text kelisim.js
 * fetched, so its bundle leaves out the fetching (findManifestText) that the ESM entry needs. Likewise
 * the plain-TypeScript SHA-256 for pages without crypto.subtle: kelisim-app.js loads it there only.
 */
export function startEngine(
  options: EngineOptions,
  manifestText: () => Promise<ManifestText>,
  sha256Fallback: () => Digest | Promise<Digest>,
): KelisimEngine {
  const manifestHash = manifestHashVia(sha256Fallback);
  const doc = options.document;
  const gpc = options.gpc === true;
  const store = createConsentStore();
  const stateListeners = new Set<(state: EngineState) => void>();
  const changeListeners = new Set<(record: ConsentRecord) => void>();
  let settled = false;
  // The manifest's SHA-256, needed only for receipts: computed after start-up has decided and drawn,
  // never on the path to the banner or to released scripts.
  let hashing: Promise<string> = Promise.resolve("");
  let indicatedBy: IndicatedBy = "self";
  // The manifest text the validator accepted (null until then): the cached verdict names its hash.
  let validatedText: string | null = null;
  const categories = offeredCategories(null);
  let state: EngineState = {
    manifest: null,
    manifestError: null,
    categories,
    choices: normalizeChoices(categories, {}),
    record: null,
    needsPrompt: false,
    reasons: [],
    diff: null,
    gpc,
    language: negotiateLanguage({
      explicit: options.language,
      htmlLang: doc.documentElement.lang,
      browser: navigator.languages,
      fallback: "kk",
    }),
    persistent: true,
  };

  function update(patch: Partial<EngineState>): void {
    state = { ...state, ...patch, persistent: store.persistent };
    for (const listener of stateListeners) guard("subscriber", () => listener(state));
  }

  const gate = createGate(doc, {
    settled: () => settled,
    isDeclared: (id) => state.manifest !== null && state.categories.some((category) => category.id === id),
    isGranted: (id) => state.choices[id] === true,
    warnUndeclared: () => state.manifest !== null,
    ...(options.blocked ? { blocked: options.blocked } : {}),
  });

  /** Applies a new choice to the page; returns the categories it withdrew. */
  function adopt(record: ConsentRecord, before: Record<string, boolean>): string[] {
    const choices = normalizeChoices(state.categories, record.choices);
    update({ record, choices, needsPrompt: false, reasons: [], diff: null });
    gate.scan();
    const withdrawn = applyChangeEffects({
      doc,
      manifest: state.manifest,
      record,
      before,
      serverCookie: options.serverCookie === true,
    });
    for (const listener of changeListeners) guard("change listener", () => listener(record));
    return withdrawn;
  }

  // Scripts that already ran cannot be un-run; a reload is the only way to be rid of them.
  function reloadIfWithdrawn(withdrawn: string[]): void {
    if (withdrawn.length > 0 && options.reloadOnWithdraw) guard("reload", () => doc.location.reload());
  }

  // The sequence number the shown choice was stored under (0: none, or not stored). The one order
  // between tabs: what the store committed last wins, in every tab and on the next page view.
  let sequence = 0;
  /** Is (record, at) later than the shown choice? Without a store (both 0): the clock, then the id. */
  function isLater(record: ConsentRecord, at: number): boolean {
    const current = state.record;
    if (current === null) return true;
    if (at !== sequence) return at > sequence;
    return record.created !== current.created
      ? record.created > current.created
      : record.receiptId > current.receiptId;
  }
  // The latest message that came before start-up had read the store: weighed once it has.
  let early: [ConsentRecord, number] | null = null;
  function receive(record: ConsentRecord, at: number): void {
    if (!settled) {
      if (early === null || at > early[1]) early = [record, at];
      return;
    }
    if (record.receiptId === state.record?.receiptId || !isLater(record, at)) return;
    sequence = at;
    reloadIfWithdrawn(adopt(record, state.choices));
  }
  const sync = guard("tab sync", () => createTabSync(receive));

  async function sendReceipt(receipt: ConsentReceipt): Promise<void> {
    if (options.receiptsUrl && (await postReceipt(options.receiptsUrl, receipt))) {
      await store.unqueue(receipt.receiptId);
    }
  }

  async function record(choices: Record<string, boolean>, method: ConsentMethod): Promise<void> {
    const before = state.choices;
    const receipt = buildReceipt({
      origin: doc.location.origin,
      manifest: state.manifest,
      manifestHash: await hashing,
      summary: summarizeManifest(state.manifest),
      choices: normalizeChoices(state.categories, choices),
      method,
      language: state.language,
      indicatedBy,
      gpc,
      nowMs: env.now(),
    });
    // Applied before it is stored: the choice holds for this page view even if storage fails.
    const withdrawn = adopt(receipt, before);
    const at = await store.save(receipt, Boolean(options.receiptsUrl));
    // A choice another tab stored after this one stands (its message says so, or will).
    if (at > sequence) {
      sequence = at;
      if (state.record !== receipt) adopt(receipt, state.choices);
      void saveVerdict(receipt);
    }
    update({});
    guard("tab sync", () => sync?.post(receipt, at));
    void sendReceipt(receipt);
    // Only after the receipt is stored and sent (keepalive survives the reload).
    reloadIfWithdrawn(withdrawn);
  }

  /**
   * The decision for `current` under the validated manifest, kept so the next page view with the same
   * manifest text can skip the validator (widget/engine/verdict.ts). Only for a choice that holds.
   */
  async function saveVerdict(current: ConsentRecord): Promise<void> {
    const manifest = state.manifest;
    if (manifest === null || validatedText === null) return;
    const [textHash, recordHash] = await Promise.all([
      hashText(validatedText),
      hashText(env.stringify(current)),
    ]).catch(() => [null, null]);
    if (textHash === null || recordHash === null) return;
    await store.saveVerdict({
      textHash,
      widgetVersion: WIDGET_VERSION,
      receiptId: current.receiptId,
      recordHash,
      until: Math.min(Date.parse(current.expires), consentExpiry(Date.parse(current.created), manifest)),
      choices: normalizeChoices(state.categories, current.choices),
      language: state.language,
      languages: offeredLanguages(manifest.languages),
    });
  }

  async function start(): Promise<void> {
    const [text, stored] = await Promise.all([manifestText(), store.load()]);
    const loaded = checkManifestText(text);
    if (loaded.error) reportOnce("manifest", "error", loaded.error);
    const manifest = loaded.manifest;
    const offered = offeredCategories(manifest);
    const language = negotiateLanguage({
      explicit: isLanguage(stored.language) ? stored.language : options.language,
      htmlLang: doc.documentElement.lang,
      browser: navigator.languages,
      available: manifest?.languages,
      fallback: manifest?.defaultLanguage ?? "kk",
    });
    warnUnofferedLanguage(options.language, manifest?.languages);
    if (loaded.manifest) validatedText = text.text;
    let previous = stored.record;
    let storedSequence = stored.sequence;
    const shown = options.shown;
    // Taken over from the light path: the page shows `shown.record`, so that is where this engine
    // starts, and what the store or other tabs have since is adopted as a change (with its effects).
    // Heard by the light path, unchecked: the same checks as this engine's own tab sync.
    const since = (shown?.heard ?? []).filter(
      ([heard, at]) => typeof at === "number" && checkRecord(heard) === "ok",
    );
    if (shown) {
      if (previous && previous.receiptId !== shown.record.receiptId) since.push([previous, storedSequence]);
      previous = shown.record;
      storedSequence = shown.sequence;
    }
    const distrust = previous && untrustedBecause(previous, doc.location.origin, env.now());
    if (distrust) {
      reportOnce(
        "record",
        "warn",
        `Kelisim: the stored choice is ignored, ${distrust}; the visitor is asked again.`,
      );
      previous = null;
    }
    settled = true;
    if (previous) sequence = storedSequence;
    const decision = decide(previous, manifest, offered, env.now());
    update({
      manifest,
      manifestError: loaded.error,
      categories: offered,
      language,
      record: previous,
      ...decision,
    });
    if (early) receive(...early);
    for (const [later, at] of since) receive(later, at);
    // Consent Mode hears every load with a stored choice, not only changes (the light path told it).
    if (previous && !shown)
      guard("consent-mode", () => pushConsentUpdate(globalThis as { dataLayer?: unknown[] }, state.choices));
    gate.scan();
    if (manifest) hashing = manifestHash(loaded.served).catch(() => "");
    for (const receipt of stored.outbox) void sendReceipt(receipt);
    if (previous && !state.needsPrompt && !shown && state.record === previous) void saveVerdict(previous);
    // GPC is the visitor's own signal: with no valid choice it is recorded as one (all optional off).
    if (gpc && state.needsPrompt) {
      await record({}, "gpc");
      update({ needsPrompt: true, reasons: decision.reasons, diff: decision.diff });
    }
  }

  const ready = start().catch((error: unknown) => {
    settled = true;
    reportOnce("start", "error", "Kelisim: could not start; nothing gated is released.", error);
  });

  function checkIds(choices: Record<string, boolean>): void {
    for (const id of Object.keys(choices)) {
      if (!state.categories.some((category) => category.id === id)) {
        throw new TypeError(`Kelisim: unknown consent category "${id}"`);
      }
      if (typeof choices[id] !== "boolean") throw new TypeError(`Kelisim: "${id}" must be true or false`);
    }
  }

  function allOptional(value: boolean): Record<string, boolean> {
    return Object.fromEntries(state.categories.map((category) => [category.id, value]));
  }

  return {
    ready,
    getState: () => state,
    subscribe(listener) {
      stateListeners.add(listener);
      return () => void stateListeners.delete(listener);
    },
    acceptAll: () => ready.then(() => record(allOptional(true), "accept-all")),
    rejectAll: () => ready.then(() => record(allOptional(false), "reject-all")),
    async set(choices, method = "custom", by) {
      if (typeof choices !== "object" || choices === null)
        throw new TypeError("Kelisim: set() needs an object");
      await ready;
      checkIds(choices);
      if (by) indicatedBy = by;
      await record({ ...state.choices, ...choices }, method);
    },
    withdraw: () => ready.then(() => record(allOptional(false), "withdraw")),
    setLanguage(language: Language) {
      if (!isLanguage(language)) throw new TypeError(`Kelisim: unknown language "${String(language)}"`);
      // Only the manifest's languages are offered (see offeredLanguages); before it is read, any.
      if (state.manifest !== null && !offeredLanguages(state.manifest.languages).includes(language)) {
        warnUnofferedLanguage(language, state.manifest.languages);
        return;
      }
      update({ language });
      void store.saveLanguage(language);
    },
    releaseOnce: (element) => guard("releaseOnce", () => gate.releaseOnce(element)),
    has(category) {
      if (!settled) return false;
      checkIds({ [category]: true });
      return state.choices[category] === true;
    },
    receipts: () => ready.then(() => store.receipts()),
    onChange(listener) {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
    dispose() {
      gate.disconnect();
      sync?.close();
    },
  };
}

/**
 * `data-lang` (or setLanguage) asking for a language the manifest does not declare: the banner stays
 * in the manifest's languages, and the webmaster hears why, once, instead of a silent Kazakh banner.
 */
function warnUnofferedLanguage(
  asked: string | null | undefined,
  declared: readonly Language[] | undefined,
): void {
  if (asked === null || asked === undefined || declared === undefined) return;
  const offered = offeredLanguages(declared);
  const language = matchLanguageTag(asked);
  if (language !== null && offered.includes(language)) return;
  reportOnce(
    "language",
    "warn",
    `Kelisim: language "${asked}" is not one of the manifest's languages (${offered.join(", ")}); ` +
      "the banner and the policy are shown in those. Add its texts to the manifest and list it in `languages` to offer it.",
  );
}
