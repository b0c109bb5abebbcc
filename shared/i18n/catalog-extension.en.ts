// The browser extension's own strings (popup and options page). Manifest rendering labels come from the
// common catalog. English is the source of truth; ru and kk are typed against its keys.
import type { Message } from "./format.ts";

export const extensionEn = {
  "app.title": "Kelisim",
  "app.languageLabel": "Language",
  "app.languageBrowser": "Browser language",

  "status.checking": "Checking this page…",
  "status.cannotInspect":
    "This page cannot be inspected (browser pages, the extension store and local files are off limits).",
  "status.noTab": "No tab to inspect.",
  "status.none": "This site publishes no privacy declaration.",
  "status.noneExplain": "Below is only what Kelisim saw this page do. This is not a rating.",
  "status.invalid": "A declaration is published but invalid",
  "status.invalidExplain":
    "The site publishes a privacy declaration, but it cannot be read because of these errors:",
  "status.valid": "Declaration version {version}, published {date}",
  "status.source.link": "Found through the page's link to the declaration",
  "status.source.widget-script": "Found through the consent widget on the page",
  "status.source.inline": "Found inside the page",
  "status.source.well-known": "Found at the site's standard address",
  "status.warnings": {
    one: "{count} remark about the declaration",
    other: "{count} remarks about the declaration",
  },

  "section.consent": "Your consent on this site",
  "section.findings": "Declared and observed",
  "section.observed": "Other sites this page contacted",
  "section.badge": "What the toolbar signs mean",
  "section.errors": "Errors in the declaration",

  "consent.none": "This browser holds no consent record for this site.",
  "consent.givenOn": "Given on {date}",
  "consent.version": "For declaration version {version}",
  "consent.method.accept-all": "Accepted everything",
  "consent.method.reject-all": "Refused everything optional",
  "consent.method.custom": "Chose category by category",
  "consent.method.gpc": "Set by the browser's Global Privacy Control signal",
  "consent.method.api": "Set by the site",
  "consent.method.withdraw": "Consent withdrawn",
  "consent.granted": "allowed",
  "consent.refused": "refused",
  "consent.openPreferences": "Open this site's privacy settings",
  "consent.openFailed": "The site's privacy settings could not be opened from here.",

  "findings.none": "Nothing observed on this page contradicts the declaration.",
  "findings.undeclaredHost": "{host} was contacted but is not declared",
  "findings.beforeConsent": "{host} (analytics) was contacted before you consented",
  "findings.withoutConsent": "{host} (analytics) was contacted without your consent",
  "findings.refusedConsent": "{host} (analytics) was contacted although you refused it",
  "findings.undeclaredCookie": "Cookie “{name}” is not declared",
  "findings.undeclaredLocal": "Local storage entry “{name}” is not declared",
  "findings.undeclaredSession": "Session storage entry “{name}” is not declared",
  "findings.abroadWithoutTransfer":
    "“{recipient}” is in {country}, but the declaration says nothing about transfers abroad",
  "findings.tracker": "{name} · {organisation} · {country}",
  "findings.watched": "Watch mode is on: requests from the start of the page load were included.",
  "findings.clickOnly":
    "Only what the page loaded before you opened Kelisim is included. Turn on watch mode in the settings to see everything from the start of each page load.",
  "observed.none": "This page contacted no other sites.",

  "label.moreFindings": { one: "and {count} more", other: "and {count} more" },
  "observedReport.title": "What this page did",
  "observedReport.askSchool": "What you can ask the school for",
  "observedReport.contacted": "Other sites contacted",
  "observedReport.unknownOwner": "not in Kelisim's list",
  "observedReport.inKazakhstan": "Kazakhstan",
  "observedReport.abroad": "abroad: {country}",
  "observedReport.early.before-shown":
    "contacted before the page showed anything, so before any consent choice",
  "observedReport.early.before": "contacted before your consent",
  "observedReport.early.refused": "contacted although you refused",
  "observedReport.consentBound": "Analytics and advertising",
  "observedReport.consentBoundCount": {
    zero: "none",
    one: "{count} service",
    other: "{count} services",
  },
  "observedReport.earlyCount": {
    zero: "none before the page showed anything",
    one: "{count} before the page showed anything",
    other: "{count} before the page showed anything",
  },
  "observedReport.where": "Where they are",
  "observedReport.whereHome": "Kazakhstan only",
  "observedReport.whereAbroad": "Outside Kazakhstan: {countries}",
  "observedReport.whereOthersUnknown": "the others: not known",
  "observedReport.whereUnknown": "not known",
  "observedReport.cookies": "Cookies set",
  "observedReport.storage": "Storage keys",
  "observedReport.namesOnly": "Names only; Kelisim never reads the values.",
  "observedReport.nothing": "none",
  "observedReport.sessionMark": "session",

  "ask.title": "What you can ask the school for",
  "ask.intro":
    "The school's site has not published a privacy declaration: a short, structured statement of what it does with personal data. Under the Law of the Republic of Kazakhstan on personal data and their protection, you may ask the school (the operator) in writing:",
  "ask.who": "Who is responsible for your child's personal data, and how to contact that person.",
  "ask.what": "What data about your child and about you the site and the school collect, and why.",
  "ask.thirdParties":
    "Which other companies receive the data (analytics, advertising, chats, maps), and whether any of it leaves Kazakhstan.",
  "ask.consent":
    "Why analytics or advertising run before you are asked for consent, and how to refuse or withdraw it.",
  "ask.retention": "How long the data is kept, and how to see, correct or delete it.",
  "ask.publish":
    "To publish a privacy declaration on the site (free, with the Kelisim studio), so that every parent can read it in Kazakh and Russian.",
  "ask.observed":
    "Kelisim's report of what the page did is a starting point for the conversation, not an accusation: many schools do not know what their site's counters send.",
  "ask.complain": "If the school does not answer, you can complain to: {authority}.",

  "category.analytics": "analytics",
  "category.advertising": "advertising",
  "category.tag-manager": "tag manager",
  "category.social": "social network",
  "category.embed": "embedded content",
  "category.maps": "maps",
  "category.chat": "online chat",
  "category.crm": "CRM",

  "badge.declared": "The site publishes a privacy declaration.",
  "badge.warning": "What the page did contradicts its declaration (see “Declared and observed”).",
  "badge.invalid": "A declaration is published but invalid.",
  "badge.none": "No sign: no declaration found, or the page has not been checked yet.",
  "badge.titleDeclared": "Kelisim: a privacy declaration is published",
  "badge.titleWarning": "Kelisim: the page contradicts its declaration",
  "badge.titleInvalid": "Kelisim: the declaration is invalid",

  "responsible.title": "Responsible person",
  "audience.noActivities": "Nothing is declared for this group.",
  "link.opensHost": "opens {host}",
  "popup.settings": "Settings",
  "popup.openOptions": "Settings, history and comparison",

  issueFetchHttp: "The declaration at {url} could not be fetched (HTTP {status}).",
  issueFetchTimeout: "The declaration at {url} did not arrive in time.",
  issueFetchNetwork: "The declaration at {url} could not be fetched.",
  issueFetchTooLarge: "The declaration at {url} is larger than 512 KiB.",
  issueCrossOrigin:
    "The declaration is served from {manifestOrigin}, but its “origins” list does not name this site ({pageOrigin}).",

  "options.title": "Kelisim settings",
  "options.language": "Language of Kelisim",
  "options.watch": "Watch mode",
  "options.watchLabel":
    "Check every site automatically and observe requests from the start of each page load",
  "options.watchExplain":
    "Asks your browser for access to all sites, to requests and to cookies. Everything stays in this browser; nothing is sent anywhere.",
  "options.watchDenied": "The browser did not grant the access; watch mode stays off.",
  "options.history": "Sites you checked",
  "options.historyEmpty": "No sites yet. Sites appear here after you check them with Kelisim.",
  "options.col.site": "Site",
  "options.col.operator": "Operator",
  "options.col.version": "Version",
  "options.col.seen": "Last checked",
  "options.col.findings": "Contradictions",
  "options.compareSelect": "Compare",
  "options.compare": "Side by side",
  "options.compareHint": "Tick two sites to compare them side by side.",
  "options.row.operator": "Operator",
  "options.row.audiences": "About whom",
  "options.row.special": "Special-category data",
  "options.row.storage": "Where data is stored",
  "options.row.thirdParties": "Third parties",
  "options.row.findings": "Contradictions seen",
  "options.differs": "differs",
  "options.notDeclared": "not declared",
  "options.observedOnly": "Observed only: no declaration",
  "options.row.observed": "Seen on the last check",
  "options.dataCount": { zero: "no data", one: "{count} kind of data", other: "{count} kinds of data" },
  "options.export": "Export as JSON",
  "options.clear": "Clear all",
  "options.clearConfirm": "Delete the whole history and the saved settings?",
  "options.cleared": "Everything is cleared.",
  "options.privacy":
    "Kelisim keeps everything in this browser's extension storage. It sends nothing anywhere.",
  "common.yes": "yes",
  "common.no": "no",
} as const satisfies Record<string, Message>;

export type ExtensionKey = keyof typeof extensionEn;
