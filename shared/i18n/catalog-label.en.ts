// The privacy label (shared/manifest/view-label.ts): the fixed, scannable summary shown first by the
// widget's viewer and the extension popup. Kept apart from the common catalog so each surface's
// language-trimmed build carries only its own language.
import type { Message } from "./format.ts";

export const labelEn = {
  "label.title": "Your data at a glance",
  "label.whose": "Whose data",
  "label.why": "Why, and on what basis",
  "label.youCan": "What you can do",
  "label.needsConsent": "Needs your consent",
  "label.forService": "To provide the service",
  "label.abroad": "Outside Kazakhstan: {country}",
  "label.shortest": "Shortest: {text}",
  "label.longest": "Longest: {text}",
  "label.consent": "Change or withdraw your consent",
  "label.contact": "Write to the person responsible",
  "group.health": "Health and special categories",
  "group.biometrics": "Photos, video and biometrics",
  "group.location": "Location",
} as const satisfies Record<string, Message>;

export type LabelKey = keyof typeof labelEn;
