// The few manifest fields the first-visit banner shows (operator name, consent categories, languages),
// read from the manifest before the full validator has loaded. Anything unexpected in them, or over
// the validator's limits, returns null and the banner waits for the engine. This only decides what the banner says: nothing gated is
// released before the engine has validated the whole manifest (widget/engine/manifest-source.ts).
import { consentCategories } from "../../shared/consent/categories.ts";
import { isLanguage } from "../../shared/i18n/negotiate.ts";
import { LABEL_MAX } from "../../shared/manifest/limits.ts";
import type { ConsentCategory, Language, PrivacyManifest, Text } from "../../shared/manifest/types.ts";
import { type ManifestText, parseManifestText } from "../engine/manifest-text.ts";

export interface FirstLook {
  operator: Text;
  /** Offered categories in order, `necessary` first (the same rule as the engine). */
  categories: ConsentCategory[];
  languages: Language[] | undefined;
  defaultLanguage: Language;
}

type Loose = Record<string, unknown>;

// Copied, not imported, to keep the validator's modules off the banner path: ID_PATTERN from
// shared/manifest/fields.ts and ARRAY_MAX.consentCategories from limits.ts (the whole table otherwise).
export const FIRST_LOOK_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
export const FIRST_LOOK_MAX_CATEGORIES = 20;

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// The validator's own limits, applied before anything is painted: an over-long name would be drawn
// in full (and a 100,000-letter word takes the page's main thread for a second to lay out).
const isShort = (value: unknown) => typeof value === "string" && value.length <= LABEL_MAX;

const isText = (value: unknown): value is Text =>
  isShort(value) ||
  (isObject(value) && Object.entries(value).every(([lang, item]) => isLanguage(lang) && isShort(item)));

function isCategory(value: unknown): value is ConsentCategory {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    FIRST_LOOK_ID_PATTERN.test(value.id) &&
    (value.label === undefined || isText(value.label)) &&
    (value.required === undefined || typeof value.required === "boolean")
  );
}

export function firstLook(got: ManifestText): FirstLook | null {
  // Parsed once: the validator in kelisim-app.js reuses this parse.
  const { json } = parseManifestText(got);
  if (!isObject(json) || !isObject(json.operator) || !isText(json.operator.name)) return null;
  const consent = json.consent;
  if (consent !== undefined && !isObject(consent)) return null;
  const declared = consent?.categories;
  if (
    declared !== undefined &&
    !(Array.isArray(declared) && declared.length <= FIRST_LOOK_MAX_CATEGORIES && declared.every(isCategory))
  )
    return null;
  const languages = Array.isArray(json.languages) ? json.languages.filter(isLanguage) : undefined;
  return {
    operator: json.operator.name,
    categories: consentCategories({ consent: { categories: declared } } as PrivacyManifest),
    languages: languages?.length ? languages : undefined,
    defaultLanguage: isLanguage(json.defaultLanguage) ? json.defaultLanguage : "kk",
  };
}
