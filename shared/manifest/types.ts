// Privacy manifest, format 1. Mirrors the spec field for field; `schema.json` beside this file is
// the published JSON Schema of the same shape and a test keeps the two in agreement.

export type Language = "kk" | "ru" | "en";
export const LANGUAGES: readonly Language[] = ["kk", "ru", "en"];

/** A string in the manifest's default language, or a per-language object. */
export type Text = string | { kk?: string; ru?: string; en?: string };

export type Id = string;
export type CountryCode = string;
/** `YYYY-MM-DD` */
export type IsoDate = string;
/** ISO 8601 duration such as `P1Y` or `P30D`. */
export type IsoDuration = string;
/** A hostname, optionally starting with `*.`; never a bare `*`. */
export type HostPattern = string;
/** Absolute `https:` URL or a site path starting with `/`. */
export type Url = string;

export interface Operator {
  name: Text;
  legalForm?: Text;
  bin?: string;
  address?: Text;
  country: CountryCode;
  website?: Url;
  email?: string;
  phone?: string;
}

export interface Contact {
  name?: Text;
  role?: Text;
  email?: string;
  phone?: string;
  address?: Text;
}

export interface Authority {
  name: Text;
  url?: Url;
}

export interface PolicySection {
  id: Id;
  title: Text;
  body: Text;
}

export interface Policy {
  url?: Text;
  sections?: PolicySection[];
}

export interface Audience {
  id: Id;
  label?: Text;
  minors?: boolean;
  representedBy?: Id;
}

export type ConsentGivenBy = "subject" | "legal-representative" | "subject-or-representative";
export type DataSource = "subject" | "legal-representative" | "state-system" | "third-party";
export type RetentionKind = "session" | "fixed" | "until-purpose" | "until-event" | "legal-requirement";

export interface Retention {
  kind: RetentionKind;
  duration?: IsoDuration;
  description?: Text;
}

export interface Activity {
  id: Id;
  title: Text;
  audiences: Id[];
  data: Id[];
  purposes: Id[];
  legalBasis: Id[];
  legalReference?: string;
  consentGivenBy?: ConsentGivenBy;
  mandatory?: boolean;
  retention: Retention;
  recipients?: Id[];
  storage?: Id[];
  transfers?: Id[];
  source?: DataSource;
  note?: Text;
}

export type RecipientRole = "processor" | "third-party" | "state-body" | "public";

export interface Recipient {
  id: Id;
  kind: Id;
  name?: Text;
  role?: RecipientRole;
  country?: CountryCode;
  domains?: HostPattern[];
}

export type StorageKind = "primary" | "backup" | "cdn";

export interface Storage {
  id: Id;
  country: CountryCode;
  provider?: Text;
  kind?: StorageKind;
}

export type TransferBasis = "consent" | "adequate-protection" | "law" | "treaty" | "other";

export interface Transfer {
  id: Id;
  toCountry: CountryCode;
  recipient?: Id;
  data?: Id[];
  basis: TransferBasis;
  safeguards?: Text;
}

export interface ConsentCategory {
  id: Id;
  label?: Text;
  description?: Text;
  required?: boolean;
}

export interface ConsentConfig {
  categories?: ConsentCategory[];
  maxAgeDays?: number;
}

export type TechnologyKind =
  | "cookie"
  | "local-storage"
  | "session-storage"
  | "indexeddb"
  | "script"
  | "iframe"
  | "pixel"
  | "font"
  | "other";

export interface Technology {
  id: Id;
  kind: TechnologyKind;
  name?: string;
  domains?: HostPattern[];
  firstParty: boolean;
  /** `null` means a session cookie. */
  maxAgeSeconds?: number | null;
  category: Id;
  provider?: Text;
  purpose?: Text;
  country?: CountryCode;
}

export type ChannelType = "email" | "url" | "postal" | "in-person" | "egov";

export interface RightChannel {
  type: ChannelType;
  value: string;
}

export interface Right {
  id: Id;
  channels?: RightChannel[];
  responseDays?: number;
  note?: Text;
}

export type Sensitivity = "standard" | "elevated" | "special";

export interface CustomEntry {
  id: Id;
  label: Text;
  group?: Id;
  sensitivity?: Sensitivity;
}

export interface Change {
  version: string;
  date: IsoDate;
  summary: Text;
  material?: boolean;
}

export interface PrivacyManifest {
  $schema?: string;
  schemaVersion: 1;
  manifestVersion: string;
  published: IsoDate;
  origins?: string[];
  languages: Language[];
  defaultLanguage: Language;
  operator: Operator;
  responsiblePerson?: Contact;
  authority?: Authority;
  policy?: Policy;
  audiences: Audience[];
  activities: Activity[];
  recipients?: Recipient[];
  storage?: Storage[];
  transfers?: Transfer[];
  consent?: ConsentConfig;
  technologies?: Technology[];
  rights?: Right[];
  customCategories?: CustomEntry[];
  customPurposes?: CustomEntry[];
  changes?: Change[];
}
