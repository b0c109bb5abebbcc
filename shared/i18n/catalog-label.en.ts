// The privacy label (shared/manifest/view-label.ts): the fixed, scannable summary shown first by the
// widget's viewer and the extension popup. Kept apart from the common catalog so each surface's
// language-trimmed build carries only its own language.
import type { Message } from "./format.ts";

export const labelEn = {
  "label.title": "Your data at a glance",
  "label.whose": "Whose data",
  "label.what": "What data",
  "label.why": "Why, and on what basis",
  "label.recipients": "Who else gets it",
  "label.where": "Where it is stored",
  "label.howLong": "How long it is kept",
  "label.youCan": "What you can do",
  "label.full": "The full policy",
  "label.notStated": "Not stated",
  "label.highRisk": "High risk",
  "label.needsConsent": "Needs your consent",
  "label.forService": "To provide the service",
  "label.abroad": "Outside Kazakhstan: {country}",
  "label.shortest": "Shortest: {text}",
  "label.longest": "Longest: {text}",
  "label.consent": "Change or withdraw your consent",
  "label.contact": "Write to the person responsible",
  "label.complain": "Complain to the authority",
  "label.matches": "This page did only what it declared",
  "label.differs": {
    one: "{count} thing this page did that it did not declare or did before consent",
    other: "{count} things this page did that it did not declare or did before consent",
  },
  "group.identity": "Identity",
  "group.contact": "Contact details",
  "group.education": "Education records",
  "group.health": "Health and special categories",
  "group.biometrics": "Photos, video and biometrics",
  "group.location": "Location",
  "group.online": "Device and online identifiers",
  "group.other": "Work, money and other",
} as const satisfies Record<string, Message>;

export type LabelKey = keyof typeof labelEn;
