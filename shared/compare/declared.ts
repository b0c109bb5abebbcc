// What a manifest declares about the page itself: third-party hosts, cookie and storage names, and which
// consent category each declared host belongs to. The comparison reads only this.
import type { PrivacyManifest, Technology } from "../manifest/types.ts";

/** Second-level suffixes common on Kazakh and neighbouring sites, so cdn.school.edu.kz counts as the site. */
const SHARED_SUFFIXES = new Set([
  "edu.kz",
  "com.kz",
  "org.kz",
  "gov.kz",
  "net.kz",
  "mil.kz",
  "com.ru",
  "org.ru",
  "co.uk",
  "com.tr",
]);

/** The registrable part of a host (approximate, no public-suffix list is bundled). */
export function siteOf(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(":")) return host;
  const labels = host.toLowerCase().split(".");
  const lastTwo = labels.slice(-2).join(".");
  return SHARED_SUFFIXES.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}

export function isThirdParty(host: string, pageHost: string): boolean {
  return siteOf(host) !== siteOf(pageHost);
}

/** `*.example.com` matches example.com and its subdomains; a plain host matches only itself. */
export function hostMatchesPattern(host: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  if (wanted.startsWith("*.")) {
    const base = wanted.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === wanted;
}

/** Cookie and storage names may contain `*` wildcards (`_ym_*`). */
export function nameMatchesPattern(name: string, pattern: string): boolean {
  if (!pattern.includes("*")) return name === pattern;
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`).test(name);
}

export interface DeclaredHost {
  pattern: string;
  /** Consent category of the technology that declares it, or null for a recipient's domain. */
  category: string | null;
}

export interface DeclaredSurface {
  hosts: DeclaredHost[];
  cookies: string[];
  localStorage: string[];
  sessionStorage: string[];
}

function namesOf(technologies: Technology[], kind: Technology["kind"]): string[] {
  return technologies
    .filter((t) => t.kind === kind && typeof t.name === "string")
    .map((t) => t.name as string);
}

export function declaredSurface(manifest: PrivacyManifest): DeclaredSurface {
  const technologies = manifest.technologies ?? [];
  const hosts: DeclaredHost[] = [];
  for (const technology of technologies) {
    for (const pattern of technology.domains ?? []) hosts.push({ pattern, category: technology.category });
  }
  for (const recipient of manifest.recipients ?? []) {
    for (const pattern of recipient.domains ?? []) hosts.push({ pattern, category: null });
  }
  return {
    hosts,
    cookies: namesOf(technologies, "cookie"),
    localStorage: namesOf(technologies, "local-storage"),
    sessionStorage: namesOf(technologies, "session-storage"),
  };
}

export function findDeclaredHost(surface: DeclaredSurface, host: string): DeclaredHost | undefined {
  return surface.hosts.find((declared) => hostMatchesPattern(host, declared.pattern));
}
