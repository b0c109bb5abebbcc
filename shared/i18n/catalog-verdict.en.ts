// The extension's verdict line at the top of the privacy label (shared/manifest/view-verdict.ts):
// whether the page did only what its declaration says. Apart from catalog-label so the widget's
// viewer, which has no findings, does not carry it.
import type { Message } from "./format.ts";

export const verdictEn = {
  "verdict.matches": "This page did only what it declared",
  "verdict.differs": {
    one: "{count} thing this page did that it did not declare or did before consent",
    other: "{count} things this page did that it did not declare or did before consent",
  },
} as const satisfies Record<string, Message>;

export type VerdictKey = keyof typeof verdictEn;
