// The background's message handlers. One object that `satisfies BackgroundHandlers`, so a missing or
// mistyped handler fails the typecheck. Every payload goes through payload.ts first.

import { compareDeclaredWithObserved, thirdPartyRequests } from "../../shared/compare/compare.ts";
import { describeObserved } from "../../shared/compare/observed.ts";
import { parseManifest } from "../../shared/manifest/parse.ts";
import type { ValidationResult } from "../../shared/manifest/result.ts";
import { uiLanguage } from "../i18n.ts";
import type { BackgroundHandlers } from "../messages.ts";
import type { PageObservation, Settings, TabReport } from "../model.ts";
import { badgeLook, badgeSign } from "./badge.ts";
import { type CacheEntry, readCacheAndSettings, resolveDeclaration } from "./declaration.ts";
import { observationPayload, settingsPayload, tabIdPayload } from "./payload.ts";
import type { Platform } from "./platform.ts";
import {
  clearLocal,
  readHistory,
  readReport,
  readSettings,
  readWatched,
  rememberSite,
  writeReport,
  writeSettings,
} from "./stores.ts";

export interface HandlerOptions {
  validateText?: (text: string) => ValidationResult;
  browserLanguages?: () => readonly string[];
}

export interface Inspection {
  /** Runs the collector in a tab and records what it hands back. */
  inspectTab(tabId: number, options: Pick<ObservationContext, "requested">): Promise<void>;
}

interface ObservationContext {
  tabId: number;
  /** The page's origin as the browser vouches for it (the tab's URL), never the page's word. */
  pageOrigin: string;
  /**
   * Whether the visitor asked for this inspection (a click, the popup), not watch mode: only then is a
   * site without a declaration remembered.
   */
  requested: boolean;
  settings: Settings;
  cache: CacheEntry | null;
}

export function createInspection(platform: Platform, options: HandlerOptions = {}): Inspection {
  const validateText = options.validateText ?? parseManifest;
  const browserLanguages = options.browserLanguages ?? (() => []);
  const { local, session } = platform;

  /**
   * Judges one observation, stores the report, sets the badge and remembers the site. `settings` and
   * `cache` come already read (inspectTab reads both in one go before the injection).
   */
  async function recordObservation(observation: PageObservation, context: ObservationContext): Promise<void> {
    const { tabId, pageOrigin } = context;
    // The page URL in the observation must belong to the tab's page (it navigated meanwhile, or lies).
    if (new URL(observation.pageUrl).origin !== pageOrigin) {
      throw new Error("observation does not match its sender");
    }
    const now = platform.now();
    const { declaration, cached } = await resolveDeclaration({
      candidate: observation.candidate,
      pageOrigin,
      local,
      now,
      validateText,
      cache: context.cache,
    });
    const { settings } = context;
    let { resources, cookieNames } = observation;
    let watched = false;
    if (settings.watchMode) {
      const early = await readWatched(session, tabId);
      const allCookies = await platform.cookieNames(observation.pageUrl);
      resources = [...early, ...resources];
      if (allCookies !== null) cookieNames = [...new Set([...cookieNames, ...allCookies])];
      watched = early.length > 0 || allCookies !== null;
    }
    const pageHost = new URL(observation.pageUrl).hostname;
    const manifest = declaration.state === "valid" ? declaration.manifest : null;
    const observed = { ...observation, resources, cookieNames, pageHost };
    const findings = manifest === null ? [] : compareDeclaredWithObserved(manifest, observed);
    const observedReport = describeObserved(observed);
    const badge = badgeSign(declaration, findings);
    const report: TabReport = {
      tabId,
      pageUrl: observation.pageUrl,
      origin: pageOrigin,
      observedAt: new Date(now).toISOString(),
      declaration,
      consent: observation.consent,
      findings,
      observed: {
        thirdPartyHosts: thirdPartyRequests(resources, pageHost).map((resource) => resource.host),
        cookieNames,
        storageKeys: [...observation.localStorageKeys, ...observation.sessionStorageKeys],
        watched,
      },
      observedReport,
      badge,
      scriptMs: observation.scriptMs,
    };
    await writeReport(session, report);
    await cached;
    await platform.setBadge(tabId, badgeLook(badge, uiLanguage(settings.language, browserLanguages())));
    // A site without a declaration is kept only when the visitor checked it, so watch mode never
    // turns the history into a log of every site visited.
    if (manifest !== null || (declaration.state === "none" && context.requested)) {
      await rememberSite(local, {
        origin: pageOrigin,
        lastSeen: report.observedAt,
        manifestVersion: manifest?.manifestVersion ?? null,
        manifest,
        findings: findings.length,
        observed: observedReport,
      });
    }
  }

  /**
   * Runs the collector in the tab and records what it hands back. The tab's URL (activeTab, or watch
   * mode's host permission) gives the origin, so the declaration cache and the settings are read in one
   * go before the injection and the collector is told which declaration URL it need not fetch (and
   * whether it declares anything); the collector answers through the injection's result, so the page
   * sends no message at all.
   */
  async function inspectTab(
    tabId: number,
    { requested }: Pick<ObservationContext, "requested">,
  ): Promise<void> {
    const tabUrl = await platform.tabUrl(tabId);
    if (tabUrl === null || !/^https?:/.test(tabUrl)) throw new Error("this tab cannot be inspected");
    const pageOrigin = new URL(tabUrl).origin;
    const { cache, settings } = await readCacheAndSettings(local, pageOrigin, platform.now());
    const collected = await platform.injectCollector(
      tabId,
      cache === null ? null : { url: cache.url, declares: cache.declaration.state !== "none" },
    );
    // Nothing comes back when the collector failed or the page went away meanwhile.
    if (collected === undefined || collected === null) throw new Error("the page was not inspected");
    await recordObservation(observationPayload(collected), {
      tabId,
      pageOrigin,
      requested,
      settings,
      cache,
    });
  }

  return { inspectTab };
}

export function createHandlers(
  platform: Platform,
  options: HandlerOptions = {},
  inspection: Inspection = createInspection(platform, options),
) {
  const { local, session } = platform;

  return {
    "tab:inspect": async (payload) => {
      const { tabId } = tabIdPayload(payload);
      const requestedAt = new Date(platform.now()).toISOString();
      // The report is written before this answers; the popup gets it from storage.session.
      await inspection.inspectTab(tabId, { requested: true });
      return { started: true, requestedAt };
    },

    "report:get": async (payload) => readReport(session, tabIdPayload(payload).tabId),

    "consent:open": async (payload) => ({
      opened: await platform.openSitePreferences(tabIdPayload(payload).tabId),
    }),

    "settings:get": async () => readSettings(local),

    "settings:set": async (payload) => writeSettings(local, settingsPayload(payload)),

    "history:list": async () => readHistory(local),

    "history:clear": async () => {
      await clearLocal(local);
      return { cleared: true };
    },
  } satisfies BackgroundHandlers;
}
