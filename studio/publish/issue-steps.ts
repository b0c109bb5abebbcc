// Which step of the studio a validator issue belongs to, from its JSON Pointer.
import type { StepId } from "../steps/step-ids.ts";

const ACTIVITY_FIELDS: Record<string, StepId> = {
  purposes: "purposes",
  legalBasis: "purposes",
  legalReference: "purposes",
  consentGivenBy: "purposes",
  mandatory: "purposes",
  source: "purposes",
  note: "purposes",
  recipients: "sharing",
  storage: "sharing",
  transfers: "sharing",
  retention: "sharing",
};

const TOP_LEVEL: Record<string, StepId> = {
  operator: "operator",
  responsiblePerson: "operator",
  authority: "operator",
  languages: "operator",
  defaultLanguage: "operator",
  manifestVersion: "operator",
  published: "operator",
  origins: "operator",
  audiences: "audiences",
  activities: "activities",
  customCategories: "activities",
  customPurposes: "purposes",
  recipients: "sharing",
  storage: "sharing",
  transfers: "sharing",
  rights: "rights",
  technologies: "technologies",
  consent: "consent",
};

export function stepForPath(path: string): StepId {
  const [, top = "", index, field] = path.split("/");
  if (top === "activities" && index !== undefined && field !== undefined) {
    return ACTIVITY_FIELDS[field] ?? "activities";
  }
  return TOP_LEVEL[top] ?? "review";
}

// Warnings about something missing carry no path of their own (or the activity's, for a field on
// another step): where the person fixes them.
const FIX_AT: Record<string, (path: string) => string> = {
  "no-responsible-person": () => "/responsiblePerson/name",
  "no-storage-in-kz": () => "/storage",
  "no-rights-declared": () => "/rights",
  "minors-without-representative-consent": (path) => `${path}/consentGivenBy`,
};

/** The JSON Pointer a "Go to" for this issue should reach. */
export function fixPathOf(issue: { code: string; path: string }): string {
  return FIX_AT[issue.code]?.(issue.path) ?? issue.path;
}
