// Who is behind the manifest: the operator, the responsible person, and where to complain.
import type { Authority, Contact, Operator } from "./types.ts";
import type { ViewContext } from "./view-context.ts";
import { emailLink, httpsLink, optionalLink, phoneLink } from "./view-links.ts";
import type { AuthorityView, ContactView, OperatorView } from "./view-types.ts";

export function describeContact(contact: Contact, ctx: ViewContext): ContactView {
  return {
    name: ctx.optionalText(contact.name),
    role: ctx.optionalText(contact.role),
    address: ctx.optionalText(contact.address),
    email: optionalLink(contact.email, emailLink),
    phone: optionalLink(contact.phone, phoneLink),
  };
}

export function describeOperator(operator: Operator, ctx: ViewContext): OperatorView {
  return {
    name: ctx.text(operator.name),
    role: null,
    legalForm: ctx.optionalText(operator.legalForm),
    bin: operator.bin?.trim() || null,
    address: ctx.optionalText(operator.address),
    country: ctx.country(operator.country),
    website: optionalLink(operator.website, (value) => httpsLink(value, ctx.siteOrigin)),
    email: optionalLink(operator.email, emailLink),
    phone: optionalLink(operator.phone, phoneLink),
  };
}

/**
 * The manifest's authority, or Kazakhstan's authorised body for personal data protection
 * (94-V Art. 1(11-1), 27-1) — today the Ministry of Artificial Intelligence and Digital
 * Development, formerly the Ministry of Digital Development, Innovation and Aerospace Industry.
 */
export function describeAuthority(authority: Authority | undefined, ctx: ViewContext): AuthorityView {
  const name = ctx.optionalText(authority?.name);
  if (authority === undefined || name === null) {
    return {
      name: ctx.t("authority.defaultName"),
      role: ctx.t("authority.label"),
      url: null,
      isDefault: true,
    };
  }
  return {
    name,
    role: ctx.t("authority.label"),
    url: optionalLink(authority.url, (value) => httpsLink(value, ctx.siteOrigin)),
    isDefault: false,
  };
}
