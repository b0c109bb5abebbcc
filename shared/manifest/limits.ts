// Consumer limits from the spec ("Limits for consumers"). Array caps the spec leaves open (activity
// lists, rights, custom entries, channels, domains) are set generously here so that a real school's
// manifest never hits them while a hostile file still cannot make the widget do unbounded work.

/** Refuse manifest files larger than this many UTF-8 bytes. */
export const MAX_MANIFEST_BYTES = 512 * 1024;
/** Warn about manifest files larger than this many UTF-8 bytes. */
export const WARN_MANIFEST_BYTES = 128 * 1024;
/** Deepest allowed nesting of objects/arrays; the top-level object is depth 1. */
export const MAX_DEPTH = 10;

/** String caps, counted in Unicode code points (as JSON Schema `maxLength` does). */
export const LABEL_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const BODY_MAX = 20000;
export const VERSION_MAX = 32;
export const SHORT_MAX = 64;

/** Array caps: spec values first, then the ones this implementation chose. */
export const ARRAY_MAX = {
  origins: 20,
  audiences: 20,
  activities: 100,
  recipients: 100,
  storage: 20,
  transfers: 50,
  technologies: 200,
  changes: 50,
  sections: 60,
  // not fixed by the spec:
  languages: 3,
  rights: 50,
  custom: 100,
  consentCategories: 20,
  idList: 100,
  domains: 50,
  channels: 10,
} as const;

export const MAX_AGE_DAYS = 395;
export const MAX_RESPONSE_DAYS = 365;
/** Ten years: a cookie lifetime beyond that is a mistake, not a policy. */
export const MAX_AGE_SECONDS = 315_360_000;
