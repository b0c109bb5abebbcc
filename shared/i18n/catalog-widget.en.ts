// Strings of the widget's banner path (banner, preferences, placeholders, viewer chrome). They ship in
// kelisim.js itself, so they stay short; everything about rendering a manifest lives in catalog-common
// (loaded with the lazy viewer). Consent category labels are repeated here on purpose: importing the
// common catalog would put all its strings on the banner path.
import type { Message } from "./format.ts";

export const widgetEn = {
  "banner.label": "Privacy notice",
  "banner.title": "Your privacy on this site",
  "banner.body":
    "{operator} uses what is strictly necessary to run this site. With your consent it also uses: {categories}.",
  "banner.bodyNone": "{operator} uses only what is strictly necessary to run this site.",
  "banner.ask": "Accept all, reject all or choose; you can change your mind at any time.",
  "banner.gpc": "Your browser sent a Global Privacy Control signal: we turned the optional categories off.",
  "banner.changed": "Since you last agreed, {operator} has changed what it declares:",
  "banner.noManifest": "This site's privacy declaration could not be read, so nothing optional is loaded.",
  "action.acceptAll": "Accept all",
  "action.rejectAll": "Reject all",
  "action.choose": "Choose",
  "action.policy": "Privacy policy",
  "action.save": "Save my choice",
  "action.cancel": "Cancel",
  "action.close": "Close",
  "action.print": "Print",
  "action.settings": "Privacy settings",
  "diff.categories": "new consent categories: {list}",
  "diff.data": { one: "{count} new kind of personal data", other: "{count} new kinds of personal data" },
  "diff.recipients": "new recipients: {list}",
  "diff.technologies": "new third-party services: {list}",
  "diff.transfers": "new transfers abroad: {list}",
  "prefs.title": "Privacy settings",
  "prefs.intro":
    "Choose what you allow. Strictly necessary technologies are always on. You can change this at any time.",
  "prefs.alwaysOn": "Always on",
  "prefs.services": "Services",
  "prefs.cookies": "Cookies and storage",
  "prefs.none": "No third-party services are declared in this category.",
  "prefs.memoryOnly":
    "Your browser does not let this site store your choice, so it applies to this visit only.",
  "prefs.saved": "Your choice has been saved.",
  "life.session": "until the browser is closed",
  "cat.necessary": "Strictly necessary",
  "cat.necessary.about": "The site's own session, security and the record of your choice.",
  "cat.ip": "IP address and embedded content",
  "cat.ip.about":
    "Your IP address and device and browser data beyond what security needs: extended server logs, visit times, and embedded videos, maps and chats, which receive your IP address.",
  "cat.analytics": "Analytics",
  "cat.analytics.about":
    "Visit statistics: pages viewed, time on the site, device type, approximate location.",
  "cat.preferences": "Preferences",
  "cat.media": "Media",
  "cat.marketing": "Marketing",
  "embed.title": "Content from {provider} is blocked",
  "embed.body": "Loading it sends your IP address and browser data to {provider}{country}.",
  "embed.once": "Load once",
  "embed.always": "Always allow",
  "viewer.title": "Privacy policy",
  "viewer.loading": "Loading…",
  "viewer.failed": "The privacy policy could not be loaded.",
  "lang.label": "Language",
  // Joins the last two items of a list ("A, B and C"); spaces included.
  "list.and": " and ",
} as const satisfies Record<string, Message>;

export type WidgetKey = keyof typeof widgetEn;
