// The background's message handlers. One object that `satisfies BackgroundHandlers`, so a missing or
// mistyped handler fails the typecheck. Every payload goes through payload.ts first.

import { compareDeclaredWithObserved, thirdPartyRequests } from "../../shared/compare/compare.ts";
import { describeObserved } from "../../shared/compare/observed.ts";
import { parseManifest } from "../../shared/manifest/parse.ts";
import type { ValidationResult } from "../../shared/manifest/result.ts";
import { uiLanguage } from "../i18n.ts";
import type { BackgroundHandlers } from "../messages.ts";
import type { TabReport } from "../model.ts";
import { badgeLook, badgeSign } from "./badge.ts";
import { readCache, resolveDeclaration } from "./declaration.ts";
import { observationPayload, settingsPayload, tabIdPayload, urlPayload } from "./payload.ts";
import type { Platform } from "./platform.ts";
import {
  clearLocal,
  markRequested,
  readHistory,
  readReport,
  readSettings,
  readWatched,
  rememberSite,
  takeRequested,
  writeReport,
  writeSettings,
} from "./stores.ts";

export interface HandlerOptions {
  validateText?: (text: string) => ValidationResult;
  browserLanguages?: () => readonly string[];
}

function senderOrigin(url: string | undefined): string {
  if (url === undefined) throw new Error("content message without a page URL");
  return new URL(url).origin;
}

export function createHandlers(platform: Platform, options: HandlerOptions = {}) {
  const validateText = options.validateText ?? parseManifest;
  const browserLanguages = options.browserLanguages ?? (() => []);
  const { local, session } = platform;

  return {
    "cache:check": async (payload, { sender }) => {
      const { url } = urlPayload(payload);
      const entry = await readCache(local, senderOrigin(sender.url), platform.now());
      return { fresh: entry !== null && entry.url === url };
    },

    "page:observed": async (payload, { sender, tabId }) => {
      const observation = observationPayload(payload);
      const pageOrigin = senderOrigin(sender.url);
      // The page URL in the payload must belong to the frame that sent it.
      if (new URL(observation.pageUrl).origin !== pageOrigin || tabId === null) {
        throw new Error("observation does not match its sender");
      }
      const now = platform.now();
      const declaration = await resolveDeclaration({
        candidate: observation.candidate,
        pageOrigin,
        local,
        now,
        validateText,
      });
      const settings = await readSettings(local);
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
      await platform.setBadge(tabId, badgeLook(badge, uiLanguage(settings.language, browserLanguages())));
      // A site without a declaration is kept only when the visitor checked it, so watch mode never
      // turns the history into a log of every site visited.
      const requested = await takeRequested(session, tabId);
      if (manifest !== null || (declaration.state === "none" && requested)) {
        await rememberSite(local, {
          origin: pageOrigin,
          lastSeen: report.observedAt,
          manifestVersion: manifest?.manifestVersion ?? null,
          manifest,
          findings: findings.length,
          observed: observedReport,
        });
      }
      return { stored: true };
    },

    "tab:inspect": async (payload) => {
      const { tabId } = tabIdPayload(payload);
      const requestedAt = new Date(platform.now()).toISOString();
      await markRequested(session, tabId);
      await platform.injectCollector(tabId);
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
