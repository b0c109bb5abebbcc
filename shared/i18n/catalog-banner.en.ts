// The banner's strings: the only catalog on the banner path (kelisim.js). Everything else the
// widget says (preferences, placeholders, viewer chrome) is in catalog-widget, which travels
// with the lazily loaded app chunk. Consent category labels are here because the banner names them.
import type { Message } from "./format.ts";

export const bannerEn = {
  "banner.title": "Your privacy on this site",
  "banner.body":
    "{operator} uses what is strictly necessary to run this site. With your consent it also uses: {categories}.",
  "banner.bodyNone": "{operator} uses only what is strictly necessary to run this site.",
  "banner.ask": "Accept all, reject all or choose; you can change your mind at any time.",
  "banner.gpc": "Your browser sent a Global Privacy Control signal: we turned the optional categories off.",
  "banner.noManifest": "This site's privacy declaration could not be read, so nothing optional is loaded.",
  "action.acceptAll": "Accept all",
  "action.rejectAll": "Reject all",
  "action.choose": "Choose",
  "action.policy": "Privacy policy",
  "cat.necessary": "Strictly necessary",
  "cat.ip": "IP address and embedded content",
  "cat.analytics": "Analytics",
  "cat.preferences": "Preferences",
  "cat.media": "Media",
  "cat.marketing": "Marketing",
  "lang.label": "Language",
  // Joins the last two items of a list ("A, B and C"); spaces included.
  "list.and": " and ",
} as const satisfies Record<string, Message>;

export type BannerKey = keyof typeof bannerEn;
