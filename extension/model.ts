// The data the extension's parts exchange and store. Everything here is JSON-serialisable because it
// travels through runtime messages and lives in storage.session / storage.local.

import type { ObservedReport } from "../shared/compare/observed.ts";
import type { ConsentSnapshot, Finding, ObservedResource } from "../shared/compare/types.ts";
import type { ManifestIssue } from "../shared/manifest/result.ts";
import type { Language, PrivacyManifest } from "../shared/manifest/types.ts";

export type { ObservedParty, ObservedReport } from "../shared/compare/observed.ts";
export type {
  ConsentSnapshot,
  Finding,
  ObservedResource,
  TrackerCategory,
  TrackerInfo,
} from "../shared/compare/types.ts";

/** Where the content script found the declaration, in discovery order. */
export type ManifestSource = "link" | "widget-script" | "inline" | "well-known";

export type FetchFailure = "timeout" | "too-large" | "network" | "http" | "cross-origin";

/** What the content script found. Untrusted: the background validates every field. */
export interface ManifestCandidate {
  source: ManifestSource;
  /** Absolute URL for fetched candidates; absent for inline JSON. */
  url?: string;
  /** Raw JSON text (inline or fetched), absent when cached or failed. */
  text?: string;
  /** HTTP status of the fetch. */
  status?: number;
  failure?: FetchFailure;
  /** The background said this URL is cached and fresh, so the content script did not fetch it. */
  cached?: boolean;
}

/**
 * What the background's cache holds for a page's origin, told to the collector: the declaration URL it
 * need not fetch, and whether that URL declares anything (if not, there is no consent record to read).
 */
export interface CachedDeclaration {
  url: string;
  declares: boolean;
}

/** What the collector (content/collect.ts) hands back to the background. */
export interface PageObservation {
  pageUrl: string;
  candidate: ManifestCandidate | null;
  resources: ObservedResource[];
  cookieNames: string[];
  localStorageKeys: string[];
  sessionStorageKeys: string[];
  consent: ConsentSnapshot | null;
  /** Epoch ms of the page's first (contentful) paint; null when it has not painted (e.g. a background tab). */
  firstPaintAt: number | null;
  /** Time the content script spent on the main thread (ms). */
  scriptMs: number;
}

export type Declaration =
  | { state: "none" }
  | { state: "invalid"; source: ManifestSource; url?: string; errors: ManifestIssue[] }
  | {
      state: "valid";
      source: ManifestSource;
      url?: string;
      manifest: PrivacyManifest;
      warnings: ManifestIssue[];
    };

export type BadgeSign = "declared" | "warning" | "invalid" | "none";

/** One inspection of one tab, kept in storage.session under `report:<tabId>`. */
export interface TabReport {
  tabId: number;
  pageUrl: string;
  origin: string;
  observedAt: string;
  declaration: Declaration;
  consent: ConsentSnapshot | null;
  findings: Finding[];
  observed: {
    thirdPartyHosts: string[];
    cookieNames: string[];
    storageKeys: string[];
    /** Watch mode added requests and cookies seen by the background. */
    watched: boolean;
  };
  /** The same observations as neutral facts (organisation, country, consent timing), for every page. */
  observedReport: ObservedReport;
  badge: BadgeSign;
  scriptMs: number;
}

export interface Settings {
  /** null = follow the browser's languages */
  language: Language | null;
  watchMode: boolean;
}
export const DEFAULT_SETTINGS: Settings = { language: null, watchMode: false };

/**
 * A site remembered locally for the options page (history and compare): with its declaration, or
 * observed only (no declaration published; remembered only when the visitor checked it themselves).
 */
export interface HistoryEntry {
  origin: string;
  lastSeen: string;
  /** null: observed only. */
  manifestVersion: string | null;
  manifest: PrivacyManifest | null;
  findings: number;
  /** What the page did on that check; absent in entries stored before observed reports existed. */
  observed?: ObservedReport;
}
