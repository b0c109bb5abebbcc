// The shape of `describeManifest`: the one view model both the widget's policy viewer and the
// extension popup render. Every string is plain text already resolved to one language; links
// carry an `href` only when it is mailto:, tel: or https:.
import type { DataCategoryGroupId } from "../taxonomy/ids.ts";
import type {
  ChannelType,
  ConsentGivenBy,
  Language,
  RecipientRole,
  Sensitivity,
  StorageKind,
  TechnologyKind,
  TransferBasis,
} from "./types.ts";

/** Text that may be a link. `href` is null for anything but mailto:, tel: and https:. */
export interface LinkView {
  text: string;
  href: string | null;
  /** Host shown beside an https link so a visitor sees where it goes. */
  host: string | null;
}

export interface CountryView {
  code: string;
  name: string;
}

export interface LabelView {
  id: string;
  label: string;
}

export interface ContactView {
  name: string | null;
  role: string | null;
  address: string | null;
  email: LinkView | null;
  phone: LinkView | null;
}

export interface OperatorView extends ContactView {
  name: string;
  legalForm: string | null;
  bin: string | null;
  country: CountryView;
  website: LinkView | null;
}

export interface AuthorityView {
  name: string;
  /** "Authorised body for personal data protection" in the requested language. */
  role: string;
  url: LinkView | null;
  /** True when the manifest named none and the Kazakh default is shown. */
  isDefault: boolean;
}

export interface DataItemView {
  id: string;
  label: string;
  group: DataCategoryGroupId;
  groupLabel: string;
  sensitivity: Sensitivity;
  special: boolean;
}

export type LegalBasisKind = "consent" | "law" | "contract" | "other";

export interface LegalBasisView {
  id: string;
  label: string;
  kind: LegalBasisKind;
  kindLabel: string;
  /** The activity's legal reference (article or order), if it gives one. */
  note: string | null;
}

export interface RecipientView {
  id: string;
  label: string;
  kindLabel: string;
  role: RecipientRole | null;
  roleLabel: string | null;
  country: CountryView | null;
  domains: string[];
}

export interface StorageView {
  id: string;
  country: string;
  countryName: string;
  abroad: boolean;
  provider: string | null;
  kind: StorageKind | null;
  kindLabel: string | null;
  /** "Stored in Kazakhstan" / "Stored in Germany". */
  text: string;
}

export interface TransferView {
  id: string;
  toCountry: string;
  countryName: string;
  basis: TransferBasis;
  basisLabel: string;
  recipient: string | null;
  safeguards: string | null;
  /** "Transferred to Germany". */
  text: string;
}

export interface ActivityView {
  id: string;
  title: string;
  data: DataItemView[];
  purposes: LabelView[];
  legalBases: LegalBasisView[];
  consentGivenBy: { id: ConsentGivenBy; label: string } | null;
  /** null when the manifest does not say. */
  mandatory: boolean | null;
  recipients: RecipientView[];
  storage: StorageView[];
  transfers: TransferView[];
  retention: string;
  note: string | null;
}

export interface AudienceView {
  id: string;
  label: string;
  minors: boolean;
  representedBy: LabelView | null;
  activities: ActivityView[];
  hasSpecial: boolean;
  hasElevated: boolean;
}

export interface ChannelView extends LinkView {
  type: ChannelType;
  typeLabel: string;
  value: string;
}

export interface RightView {
  id: string;
  label: string;
  channels: ChannelView[];
  responseDays: number | null;
  responseText: string | null;
  note: string | null;
}

export interface TechnologyView {
  id: string;
  name: string | null;
  kind: TechnologyKind;
  kindLabel: string;
  provider: string | null;
  purpose: string | null;
  country: CountryView | null;
  lifetime: string | null;
  firstParty: boolean;
  partyLabel: string;
  domains: string[];
}

export interface TechnologyGroupView {
  category: { id: string; label: string; description: string | null; required: boolean };
  technologies: TechnologyView[];
}

export interface ChangeView {
  version: string;
  date: string;
  summary: string;
  material: boolean;
  heading: string;
}

export interface PolicySectionView {
  id: string;
  title: string;
  paragraphs: string[];
}

export interface StorageSummaryView {
  inKz: boolean;
  abroad: CountryView[];
  text: string;
}

export interface ManifestView {
  lang: Language;
  operator: OperatorView;
  responsiblePerson: ContactView | null;
  authority: AuthorityView;
  audiences: AudienceView[];
  rights: RightView[];
  technologies: TechnologyGroupView[];
  thirdParties: RecipientView[];
  changes: ChangeView[];
  policy: { url: LinkView | null; sections: PolicySectionView[] };
  storageSummary: StorageSummaryView;
}
