// What a page did when there is no declaration to compare it with: neutral facts for the extension's
// observed report and its history, never a grade. The same rules as declared-versus-observed (the
// earliest request per third-party host, the bundled tracker list, analytics and advertising need a
// consent choice first), so a site reads the same before and after it publishes a manifest.
import { HOME_COUNTRY } from "../manifest/view-context.ts";
import { CONSENT_BOUND_CATEGORIES, lookupTracker } from "../trackers/lookup.ts";
import { consentFinding, type Observed, thirdPartyRequests } from "./compare.ts";
import type { Finding, ObservedResource, TrackerInfo } from "./types.ts";

/**
 * Why a consent-bound host counts as contacted too early. Without a declaration the page may use a
 * consent tool Kelisim cannot read, so with no record the only sure case is a request that started
 * before the page first painted ("before-shown": no consent choice could have been on screen). With
 * this site's Kelisim record: before the visitor said yes, or despite a refusal.
 */
export type EarlyContact =
  | "before-shown"
  | Exclude<Extract<Finding, { kind: "before-consent" }>["reason"], "no-consent">;

export interface ObservedParty {
  host: string;
  /** Organisation, country and category from the tracker list; absent for an unknown host. */
  tracker?: TrackerInfo;
  /** ISO country when known; null for an unknown host. */
  country: string | null;
  abroad: boolean;
  /** Analytics or advertising: a kind of service that needs the visitor's consent before it runs. */
  consentBound: boolean;
  /** Why a consent-bound host was contacted too early, or null when that cannot be said for sure. */
  early: EarlyContact | null;
}

export interface ObservedReport {
  parties: ObservedParty[];
  /** Countries outside Kazakhstan the known hosts belong to, each once, in first-seen order. */
  abroadCountries: string[];
  consentBoundCount: number;
  earlyCount: number;
  /** Names only: the extension never reads a value. */
  cookieNames: string[];
  localStorageKeys: string[];
  sessionStorageKeys: string[];
}

function earlyContact(request: ObservedResource, observed: Observed): EarlyContact | null {
  if (observed.consent === null) {
    const paint = observed.firstPaintAt ?? null;
    return paint !== null && request.startedAt < paint ? "before-shown" : null;
  }
  // Without a declaration there are no categories: every analytics or advertising host counts as one.
  const reason = consentFinding(request, "analytics", observed.consent)?.reason ?? null;
  return reason === "no-consent" ? null : reason;
}

export function describeObserved(observed: Observed): ObservedReport {
  const parties = thirdPartyRequests(observed.resources, observed.pageHost).map((request): ObservedParty => {
    const tracker = lookupTracker(request.host, request.path);
    const consentBound = tracker !== undefined && CONSENT_BOUND_CATEGORIES.has(tracker.category);
    const early = consentBound ? earlyContact(request, observed) : null;
    const country = tracker?.country ?? null;
    const party = { host: request.host, country, abroad: country !== null && country !== HOME_COUNTRY };
    return { ...party, ...(tracker ? { tracker } : {}), consentBound, early };
  });
  const abroadCountries = [
    ...new Set(parties.flatMap((party) => (party.abroad && party.country ? [party.country] : []))),
  ];
  return {
    parties,
    abroadCountries,
    consentBoundCount: parties.filter((party) => party.consentBound).length,
    earlyCount: parties.filter((party) => party.early !== null).length,
    cookieNames: [...new Set(observed.cookieNames)],
    localStorageKeys: [...new Set(observed.localStorageKeys)],
    sessionStorageKeys: [...new Set(observed.sessionStorageKeys)],
  };
}

/** What two observed reports are compared on: who was contacted, where, and whether too early. */
export function observedPartiesKey(report: ObservedReport): string {
  return report.parties
    .map(
      (party) =>
        `${party.tracker?.organisation ?? party.host}@${party.country ?? ""}${party.early ? "!" : ""}`,
    )
    .sort()
    .join("|");
}
