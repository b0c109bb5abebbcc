// Links in the view model. A manifest is untrusted input: only mailto:, tel: and https: become
// links (never javascript:, data: or plain http:), and the text shown is always the raw value.
import { linkTarget } from "./sanitize.ts";
import type { ChannelType } from "./types.ts";
import type { LinkView } from "./view-types.ts";

const EMAIL = /^[^\s@<>()[\]\\,;:"'/?#]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}$/;

function plain(text: string): LinkView {
  return { text, href: null, host: null };
}

/**
 * An https link, or a site path (`/privacy`) joined to the site's https origin. The checks live in
 * sanitize.ts (`linkTarget`, shared with the validator's view of links); this adds only that a
 * path on a plain-http site stays text, because the view model links to https only.
 */
export function httpsLink(value: string, siteOrigin?: string): LinkView {
  const text = value.trim();
  const target = linkTarget(text, siteOrigin ?? "");
  if (target === null || !/^https:\/\//i.test(target.href)) return plain(text);
  return { text, href: target.href, host: target.host };
}

export function emailLink(value: string): LinkView {
  const text = value.trim();
  const address = text.replace(/^mailto:/i, "");
  return EMAIL.test(address) ? { text: address, href: `mailto:${address}`, host: null } : plain(text);
}

/** `+7 (7172) 55-00-00` → `tel:+77172550000`; anything else stays text. */
export function phoneLink(value: string): LinkView {
  const text = value.trim();
  const digits = text.replace(/^tel:/i, "").replace(/[\s().-]/g, "");
  return /^\+?[0-9]{5,15}$/.test(digits) ? { text, href: `tel:${digits}`, host: null } : plain(text);
}

/** How a rights channel becomes a link: email → mailto:, url/egov → https:, the rest stay text. */
export function channelLink(type: ChannelType, value: string, siteOrigin?: string): LinkView {
  if (type === "email") return emailLink(value);
  if (type === "url" || type === "egov") return httpsLink(value, siteOrigin);
  return plain(value.trim());
}

export function optionalLink(value: string | undefined, make: (value: string) => LinkView): LinkView | null {
  return value === undefined || value.trim() === "" ? null : make(value);
}
