// Finds the organisation, category and country behind a third-party host, from the bundled CC0 list.
import type { TrackerCategory, TrackerInfo } from "../compare/types.ts";
import list from "./trackers.json" with { type: "json" };

interface TrackerRow {
  name: string;
  organisation: string;
  country: string;
  category: string;
  domains: string[];
}

interface Rule {
  host: string;
  /** path prefix, "" for any path */
  path: string;
  info: TrackerInfo;
}

// Longest rules first, so `yandex.ru/clck` (Metrica) wins over a bare `yandex.ru` and `vk.com/rtrg`
// (advertising) over `vk.com` (social).
const RULES: Rule[] = (list.trackers as TrackerRow[])
  .flatMap((row) =>
    row.domains.map((domain) => {
      const slash = domain.indexOf("/");
      return {
        host: slash === -1 ? domain : domain.slice(0, slash),
        path: slash === -1 ? "" : domain.slice(slash),
        info: {
          name: row.name,
          organisation: row.organisation,
          country: row.country,
          category: row.category as TrackerCategory,
        },
      };
    }),
  )
  .sort((a, b) => b.host.length + b.path.length - (a.host.length + a.path.length));

export function hostMatchesDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function lookupTracker(host: string, path = "/"): TrackerInfo | undefined {
  const normalisedHost = host.toLowerCase().replace(/\.$/, "");
  for (const rule of RULES) {
    if (!hostMatchesDomain(normalisedHost, rule.host)) continue;
    if (rule.path !== "" && !path.startsWith(rule.path)) continue;
    return rule.info;
  }
  return undefined;
}

/** Categories whose requests need the visitor's consent before they happen (94-V, product.md). */
export const CONSENT_BOUND_CATEGORIES: ReadonlySet<TrackerCategory> = new Set(["analytics", "advertising"]);
