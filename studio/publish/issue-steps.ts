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

/**
 * The JSON Pointer a "Go to" for this issue should reach. Lists of ids (data, purposes, audiences…)
 * are drawn as checkboxes keyed by id, not by index: `/activities/0/data/3` becomes
 * `/activities/0/data/<that id>` when `manifest` is given.
 */
export function fixPathOf(issue: { code: string; path: string }, manifest?: unknown): string {
  const path = FIX_AT[issue.code]?.(issue.path) ?? issue.path;
  const segments = path.split("/").slice(1);
  const last = segments.at(-1);
  if (manifest === undefined || last === undefined || !/^\d+$/.test(last)) return path;
  let list: unknown = manifest;
  for (const key of segments.slice(0, -1)) list = (list as Record<string, unknown> | undefined)?.[key];
  const value = Array.isArray(list) ? list[Number(last)] : undefined;
  return typeof value === "string" ? `/${[...segments.slice(0, -1), value].join("/")}` : path;
}
