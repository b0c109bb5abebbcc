// Declared versus observed: the findings a report lists and the badge warns about. Never a score: each
// finding is a concrete, checkable fact about this page load.
import type { PrivacyManifest } from "../manifest/types.ts";
import { CONSENT_BOUND_CATEGORIES, lookupTracker } from "../trackers/lookup.ts";
import { declaredSurface, findDeclaredHost, isThirdParty, nameMatchesPattern } from "./declared.ts";
import type { ConsentSnapshot, Finding, ObservedResource } from "./types.ts";

export interface Observed {
  pageHost: string;
  resources: ObservedResource[];
  cookieNames: string[];
  localStorageKeys: string[];
  sessionStorageKeys: string[];
  consent: ConsentSnapshot | null;
  /** Epoch ms of the page's first paint, when known: anything requested earlier ran before the page showed anything. */
  firstPaintAt?: number | null;
}

/** Storage the consent tool itself needs (our widget's language choice etc.): strictly necessary. */
const CONSENT_TOOL_KEY = /^kelisim/i;
/** Consent categories that never need a choice. */
const ALWAYS_ON = new Set(["necessary"]);

/** The earliest request per third-party host, keeping its path for path-scoped tracker rules. */
export function thirdPartyRequests(resources: ObservedResource[], pageHost: string): ObservedResource[] {
  const earliest = new Map<string, ObservedResource>();
  for (const resource of resources) {
    if (!isThirdParty(resource.host, pageHost)) continue;
    const seen = earliest.get(resource.host);
    if (seen === undefined || resource.startedAt < seen.startedAt) earliest.set(resource.host, resource);
  }
  return [...earliest.values()].sort((a, b) => a.host.localeCompare(b.host));
}

export function consentFinding(request: ObservedResource, category: string, consent: ConsentSnapshot | null) {
  if (ALWAYS_ON.has(category)) return null;
  const tracker = lookupTracker(request.host, request.path);
  const base = { kind: "before-consent" as const, host: request.host, startedAt: request.startedAt };
  const withTracker = tracker ? { ...base, tracker } : base;
  if (consent === null) return { ...withTracker, reason: "no-consent" as const, consentAt: null };
  if (consent.choices[category] !== true)
    return { ...withTracker, reason: "refused" as const, consentAt: consent.created };
  // Granted, but the request started before the visitor said yes.
  if (request.startedAt < Date.parse(consent.created)) {
    return { ...withTracker, reason: "before" as const, consentAt: consent.created };
  }
  return null;
}

export function compareHosts(manifest: PrivacyManifest, observed: Observed): Finding[] {
  const surface = declaredSurface(manifest);
  const findings: Finding[] = [];
  for (const request of thirdPartyRequests(observed.resources, observed.pageHost)) {
    const tracker = lookupTracker(request.host, request.path);
    const declared = findDeclaredHost(surface, request.host);
    if (declared === undefined) {
      findings.push(
        tracker
          ? { kind: "undeclared-host", host: request.host, tracker }
          : { kind: "undeclared-host", host: request.host },
      );
    }
    // The declared category wins; an undeclared known analytics/ads host is treated as "analytics".
    const category =
      declared?.category ?? (tracker && CONSENT_BOUND_CATEGORIES.has(tracker.category) ? "analytics" : null);
    if (category === null) continue;
    const finding = consentFinding(request, category, observed.consent);
    if (finding) findings.push(finding);
  }
  return findings;
}

export function compareStorage(manifest: PrivacyManifest, observed: Observed): Finding[] {
  const surface = declaredSurface(manifest);
  const undeclared = (name: string, patterns: string[]) =>
    !CONSENT_TOOL_KEY.test(name) && !patterns.some((pattern) => nameMatchesPattern(name, pattern));
  return [
    ...observed.cookieNames
      .filter((name) => undeclared(name, surface.cookies))
      .map((name): Finding => ({ kind: "undeclared-cookie", name })),
    ...observed.localStorageKeys
      .filter((name) => undeclared(name, surface.localStorage))
      .map((name): Finding => ({ kind: "undeclared-storage", name, area: "local" })),
    ...observed.sessionStorageKeys
      .filter((name) => undeclared(name, surface.sessionStorage))
      .map((name): Finding => ({ kind: "undeclared-storage", name, area: "session" })),
  ];
}

/** Recipients, storage and technologies abroad that no `transfers` entry covers. */
export function compareTransfers(manifest: PrivacyManifest): Finding[] {
  const transfers = manifest.transfers ?? [];
  const covered = (country: string, recipientId?: string) =>
    transfers.some(
      (t) => t.toCountry === country || (recipientId !== undefined && t.recipient === recipientId),
    );
  const home = manifest.operator.country || "KZ";
  const findings: Finding[] = [];
  const flag = (label: string, country: string | undefined, recipientId?: string) => {
    if (country === undefined || country === home || covered(country, recipientId)) return;
    if (findings.some((f) => f.kind === "abroad-without-transfer" && f.recipient === label)) return;
    findings.push({ kind: "abroad-without-transfer", recipient: label, country });
  };
  for (const recipient of manifest.recipients ?? []) flag(recipient.id, recipient.country, recipient.id);
  for (const storage of manifest.storage ?? []) flag(storage.id, storage.country);
  for (const technology of manifest.technologies ?? []) {
    if (!technology.firstParty) flag(technology.id, technology.country);
  }
  return findings;
}

export function compareDeclaredWithObserved(manifest: PrivacyManifest | null, observed: Observed): Finding[] {
  // No declaration: the popup stays neutral (observed hosts are listed, nothing is judged).
  if (manifest === null) return [];
  return [
    ...compareHosts(manifest, observed),
    ...compareStorage(manifest, observed),
    ...compareTransfers(manifest),
  ];
}
