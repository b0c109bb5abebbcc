export const STEP_IDS = [
  "start",
  "operator",
  "audiences",
  "activities",
  "purposes",
  "sharing",
  "rights",
  "technologies",
  "consent",
  "review",
] as const;
export type StepId = (typeof STEP_IDS)[number];
