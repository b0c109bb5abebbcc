// Deletes the cookies a manifest lists for a withdrawn category. A cookie can only be deleted with
// the same domain and path it was set with, and document.cookie does not tell us those, so every
// reachable variant is expired: host-only and each parent domain, `/` and each prefix of the current
// path (with and without the trailing slash). Wildcard names (`_ga_*`) are matched against the
// names document.cookie shows.

// A date in the past deletes in every browser. No `max-age=0`: it adds nothing, and happy-dom reads it
// as "expires this millisecond", which made the unit test depend on timing.
const EXPIRED = "=; expires=Thu, 01 Jan 1970 00:00:00 GMT";

function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

/** Cookie names present in `cookieHeader` (document.cookie) that match any of `patterns`. */
export function matchingCookieNames(cookieHeader: string, patterns: readonly string[]): string[] {
  const names = cookieHeader
    .split(";")
    .map((pair) => pair.split("=")[0]?.trim() ?? "")
    .filter(Boolean);
  const matchers = patterns.map(wildcardToRegExp);
  return [...new Set(names.filter((name) => matchers.some((matcher) => matcher.test(name))))];
}

/** null = host-only (no Domain attribute); then the host and each parent with at least two labels. */
export function domainVariants(hostname: string): (string | null)[] {
  const variants: (string | null)[] = [null];
  // IP addresses and single-label hosts (localhost) only take host-only cookies.
  if (/^[\d.]+$/.test(hostname) || hostname.includes(":") || !hostname.includes(".")) return variants;
  const labels = hostname.split(".");
  for (let start = 0; start < labels.length - 1; start++) variants.push(labels.slice(start).join("."));
  return variants;
}

export function pathVariants(pathname: string): string[] {
  const variants = new Set(["/"]);
  const segments = pathname.split("/").filter(Boolean);
  let prefix = "";
  for (const segment of segments) {
    prefix += `/${segment}`;
    variants.add(prefix);
    variants.add(`${prefix}/`);
  }
  return [...variants];
}

/** The `document.cookie = …` assignments that expire `names` in every reachable variant. */
export function cookieExpiryWrites(
  names: readonly string[],
  location: { hostname: string; pathname: string; protocol: string },
): string[] {
  const secure = location.protocol === "https:" ? "; secure" : "";
  const writes: string[] = [];
  for (const name of names) {
    for (const domain of domainVariants(location.hostname)) {
      for (const path of pathVariants(location.pathname)) {
        writes.push(`${name}${EXPIRED}; path=${path}${domain ? `; domain=${domain}` : ""}${secure}`);
      }
    }
  }
  return writes;
}

export function deleteCookies(doc: Document, patterns: readonly string[]): string[] {
  if (patterns.length === 0) return [];
  const names = matchingCookieNames(doc.cookie, patterns);
  for (const write of cookieExpiryWrites(names, doc.location)) doc.cookie = write;
  return names;
}
