// Strings of the widget's Preact UI (preferences, placeholders, viewer chrome), shipped in kelisim-app.js,
// on top of the banner's own catalog (catalog-banner, the only one in kelisim.js). Everything about
// rendering a manifest lives in catalog-common (loaded with the lazy viewer). Consent category labels are
// repeated on purpose: importing the common catalog would put all its strings here.
import { bannerEn } from "./catalog-banner.en.ts";
import type { Message } from "./format.ts";

export const widgetEn = {
  ...bannerEn,
  "banner.changed": "Since you last agreed, {operator} has changed what it declares:",
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
  "prefs.receipt": "Your consent receipt:",
  "life.session": "until the browser is closed",
  "cat.necessary.about": "The site's own session, security and the record of your choice.",
  "cat.ip.about":
    "Your IP address and device and browser data beyond what security needs: extended server logs, visit times, and embedded videos, maps and chats, which receive your IP address.",
  "cat.analytics.about":
    "Visit statistics: pages viewed, time on the site, device type, approximate location.",
  "embed.title": "Content from {provider} is blocked",
  "embed.body": "Loading it sends your IP address and browser data to {provider}{country}.",
  "embed.once": "Load once",
  "embed.always": "Always allow",
  "viewer.title": "Privacy policy",
  "viewer.loading": "Loading…",
  "viewer.failed": "The privacy policy could not be loaded.",
} as const satisfies Record<string, Message>;

export type WidgetKey = keyof typeof widgetEn;
