// Turns what the crawl saw into findings, with the one comparison the extension also uses
// (shared/compare), plus what only a whole-site scan can say: technologies declared but not seen, and
// cookies the manifest lists without a lifetime. Also drafts a `technologies` section from what was seen.
import { compareDeclaredWithObserved, consentFinding, thirdPartyRequests } from "../compare/compare.ts";
import { hostMatchesPattern, isThirdParty, nameMatchesPattern } from "../compare/declared.ts";
import type { Finding, TrackerCategory, TrackerInfo } from "../compare/types.ts";
import type { PrivacyManifest, Technology } from "../manifest/types.ts";
import { CONSENT_BOUND_CATEGORIES, lookupTracker } from "../trackers/lookup.ts";
import { serviceForCookieName } from "../trackers/services.ts";
import type { Crawl } from "./scan-crawl.ts";

export type ScanFinding =
  | (Finding & { page?: string })
  | { kind: "no-manifest"; url: string }
  | { kind: "invalid-manifest"; url: string; errors: string[] }
  | { kind: "cookie-without-lifetime"; name: string; technology: string };

export interface NotSeen {
  technology: string;
  kind: Technology["kind"];
  what: string;
  category: string;
}

export interface ThirdParty {
  host: string;
  page: string;
  declared: boolean;
  tracker?: TrackerInfo;
}

export interface Analysis {
  findings: ScanFinding[];
  notSeen: NotSeen[];
  thirdParties: ThirdParty[];
}

const pageHostOf = (crawl: Crawl): string => new URL(crawl.pages[0] ?? crawl.startUrl).hostname;

export function analyse(crawl: Crawl, manifest: PrivacyManifest | null): Analysis {
  const pageHost = pageHostOf(crawl);
  const resources = crawl.requests.map(({ host, path, startedAt }) => ({ host, path, startedAt }));
  const cookieNames = [...new Set(crawl.cookies.map((cookie) => cookie.name))].sort();
  const technologies = manifest?.technologies ?? [];
  const declaredHosts = [
    ...technologies.flatMap((t) => t.domains ?? []),
    ...(manifest?.recipients ?? []).flatMap((r) => r.domains ?? []),
  ];
  const pageOf = (host: string) => crawl.requests.find((request) => request.host === host)?.page ?? "";
  const thirdParties = thirdPartyRequests(resources, pageHost).map((request): ThirdParty => {
    const tracker = lookupTracker(request.host, request.path);
    const seen = {
      host: request.host,
      page: pageOf(request.host),
      declared: declaredHosts.some((pattern) => hostMatchesPattern(request.host, pattern)),
    };
    return tracker ? { ...seen, tracker } : seen;
  });
  // The visitor never answers the banner, so every request happened without consent.
  const compared = compareDeclaredWithObserved(manifest, {
    pageHost,
    resources,
    cookieNames,
    localStorageKeys: crawl.localStorageKeys,
    sessionStorageKeys: crawl.sessionStorageKeys,
    consent: null,
  });
  // With no (valid) manifest the comparison judges nothing (the extension stays neutral there), but
  // a known analytics or advertising host contacted on load is a fact the webmaster must hear.
  const unjudged =
    manifest === null
      ? thirdPartyRequests(resources, pageHost).flatMap((request) => {
          const tracker = lookupTracker(request.host, request.path);
          const finding =
            tracker && CONSENT_BOUND_CATEGORIES.has(tracker.category)
              ? consentFinding(request, "analytics", null)
              : null;
          return finding ? [finding] : [];
        })
      : [];
  const findings: ScanFinding[] = [...compared, ...unjudged].map((finding) =>
    "host" in finding ? { ...finding, page: pageOf(finding.host) } : finding,
  );
  const names = (kind: Technology["kind"]) =>
    kind === "cookie"
      ? cookieNames
      : kind === "local-storage"
        ? crawl.localStorageKeys
        : kind === "session-storage"
          ? crawl.sessionStorageKeys
          : null;
  for (const technology of technologies) {
    if (
      technology.kind !== "cookie" ||
      technology.name === undefined ||
      technology.maxAgeSeconds !== undefined
    )
      continue;
    for (const name of cookieNames.filter((seen) => nameMatchesPattern(seen, technology.name as string)))
      findings.push({ kind: "cookie-without-lifetime", name, technology: technology.id });
  }
  const notSeen: NotSeen[] = [];
  for (const technology of technologies) {
    const named = names(technology.kind);
    const { id, kind, category } = technology;
    if (named && technology.name !== undefined) {
      if (!named.some((name) => nameMatchesPattern(name, technology.name as string)))
        notSeen.push({ technology: id, kind, what: technology.name, category });
    } else if (!technology.firstParty && technology.domains?.length) {
      const domains = technology.domains;
      if (!thirdParties.some((party) => domains.some((pattern) => hostMatchesPattern(party.host, pattern))))
        notSeen.push({ technology: id, kind, what: domains.join(", "), category });
    }
  }
  return { findings, notSeen, thirdParties };
}

const CATEGORY_OF: Record<TrackerCategory, string> = {
  analytics: "analytics",
  "tag-manager": "analytics",
  advertising: "marketing",
  crm: "marketing",
  social: "ip",
  embed: "ip",
  maps: "ip",
  chat: "ip",
};

const KIND_OF: Record<string, Technology["kind"]> = {
  script: "script",
  document: "iframe",
  image: "pixel",
  font: "font",
};

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "item";

/** A starting point for the manifest's `technologies`: review every category before publishing. */
export function draftTechnologies(crawl: Crawl, now = Date.now()): Technology[] {
  const pageHost = pageHostOf(crawl);
  const drafted: Technology[] = [];
  const ids = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; ids.has(candidate); n++) candidate = `${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };
  const resources = crawl.requests.map(({ host, path, startedAt }) => ({ host, path, startedAt }));
  for (const request of thirdPartyRequests(resources, pageHost)) {
    const tracker = lookupTracker(request.host, request.path);
    const type = crawl.requests.find((seen) => seen.host === request.host)?.type ?? "other";
    drafted.push({
      id: unique(slug(tracker?.name ?? request.host)),
      kind: KIND_OF[type] ?? "other",
      domains: [request.host],
      firstParty: false,
      category: tracker ? CATEGORY_OF[tracker.category] : "ip",
      ...(tracker ? { provider: tracker.organisation, country: tracker.country } : {}),
    });
  }
  // A tag's own cookies and keys (Metrica's _ym_uid, GA's _ga) sit on the school's domain: known by
  // name, they are drafted in the service's category, never as "necessary".
  const byName = (name: string) => {
    const service = serviceForCookieName(name);
    return service
      ? { category: service.site.consent, provider: service.organisation, country: service.country }
      : null;
  };
  for (const cookie of crawl.cookies) {
    const host = cookie.domain.replace(/^\./, "");
    const firstParty = !isThirdParty(host, pageHost);
    const tracker = firstParty ? undefined : lookupTracker(host);
    const known = tracker
      ? { category: CATEGORY_OF[tracker.category], provider: tracker.organisation, country: tracker.country }
      : byName(cookie.name);
    drafted.push({
      id: unique(`cookie-${slug(cookie.name)}`),
      kind: "cookie",
      name: cookie.name,
      firstParty,
      maxAgeSeconds: cookie.expires < 0 ? null : Math.max(0, Math.round(cookie.expires - now / 1000)),
      category: known?.category ?? (firstParty ? "necessary" : "ip"),
      ...(known ? { provider: known.provider, country: known.country } : {}),
    });
  }
  for (const [kind, keys] of [
    ["local-storage", crawl.localStorageKeys],
    ["session-storage", crawl.sessionStorageKeys],
  ] as const) {
    for (const name of keys.filter((key) => !/^kelisim/i.test(key))) {
      const known = byName(name);
      drafted.push({
        id: unique(`${kind}-${slug(name)}`),
        kind,
        name,
        firstParty: true,
        category: known?.category ?? "necessary",
        ...(known ? { provider: known.provider, country: known.country } : {}),
      });
    }
  }
  return drafted;
}
