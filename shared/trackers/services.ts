// The services a school embeds in its site (analytics counters, videos, maps, chats), read from the
// one tracker list the extension and the scanner also use. `declareService` turns one of them into
// what the manifest must say: its technologies (the tag or embed and its cookies), the recipient,
// and, when the provider is outside Kazakhstan, the cross-border transfer.
import { nameMatchesPattern } from "../compare/declared.ts";
import type { Recipient, Technology, TechnologyKind, Text, Transfer } from "../manifest/types.ts";
import list from "./trackers.json" with { type: "json" };

interface SiteRow {
  id: string;
  kind: TechnologyKind;
  consent: string;
  recipientKind: string;
  purpose: Text;
  cookies: { name: string; maxAgeSeconds: number | null }[];
  cookieDomains?: string[];
}

interface ServiceRow {
  name: string;
  organisation: string;
  country: string;
  domains: string[];
  site?: SiteRow;
}

export interface KnownService {
  id: string;
  name: string;
  organisation: string;
  country: string;
  /** Hosts only (path-scoped rules of the tracker list are dropped: a manifest declares hosts). */
  domains: string[];
  site: SiteRow;
}

export const KNOWN_SERVICES: readonly KnownService[] = (list.trackers as ServiceRow[])
  .filter((row): row is ServiceRow & { site: SiteRow } => row.site !== undefined)
  .map((row) => ({
    id: row.site.id,
    name: row.name,
    organisation: row.organisation,
    country: row.country,
    // A path-scoped rule (`yandex.ru/clck`) would widen to the whole host: leave it out.
    domains: row.domains.filter((domain) => !domain.includes("/")),
    site: row.site,
  }));

/**
 * The known service that documents a cookie (or storage key) of this name, such as Metrica's
 * `_ym_uid` or Google Analytics' `_ga_*`: a tag sets these on the school's own domain, so the name,
 * not the host, says whose they are.
 */
export function serviceForCookieName(name: string): KnownService | undefined {
  return KNOWN_SERVICES.find((service) =>
    service.site.cookies.some((cookie) => nameMatchesPattern(name, cookie.name)),
  );
}

export interface ServiceDeclaration {
  technologies: Technology[];
  recipient: Recipient;
  transfer: Transfer | null;
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "cookie";

/**
 * What a school declares for a service it embeds, with ids that do not clash with `takenIds`
 * (technology, recipient and transfer ids of the manifest), in the consent category it chose.
 */
export function declareService(
  service: KnownService,
  category: string,
  takenIds: Iterable<string>,
): ServiceDeclaration {
  const taken = new Set(takenIds);
  const { site } = service;
  const provider: Text = service.organisation;
  const embed: Technology = {
    id: unique(site.id, taken),
    kind: site.kind,
    name: service.name,
    domains: service.domains,
    firstParty: false,
    category,
    provider,
    purpose: site.purpose,
    country: service.country,
  };
  const cookies = site.cookies.map(
    (cookie): Technology => ({
      id: unique(`${site.id}-${slug(cookie.name)}`, taken),
      kind: "cookie",
      name: cookie.name,
      ...(site.cookieDomains !== undefined ? { domains: site.cookieDomains } : {}),
      // A tag such as Metrica sets its cookies on the school's own domain; an embed sets them on its own.
      firstParty: site.cookieDomains === undefined,
      maxAgeSeconds: cookie.maxAgeSeconds,
      category,
      provider,
      purpose: site.purpose,
      country: service.country,
    }),
  );
  const recipient: Recipient = {
    id: unique(site.id, taken),
    kind: site.recipientKind,
    name: service.organisation,
    role: "third-party",
    country: service.country,
    domains: service.domains,
  };
  const transfer: Transfer | null =
    service.country === "KZ"
      ? null
      : {
          id: unique(`${site.id}-transfer`, taken),
          toCountry: service.country,
          recipient: recipient.id,
          basis: "consent",
        };
  return { technologies: [embed, ...cookies], recipient, transfer };
}
