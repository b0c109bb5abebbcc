// The privacy label: the fixed, scannable first screen of a manifest (after the CMU privacy
// "nutrition label", App Store privacy labels, Play's Data safety) for one audience — whose data, what
// data in a few plain groups, why and on what basis, who else gets it and which countries outside
// Kazakhstan, how long, what you can do (the extension adds the verdict: view-verdict.ts).
// Built on describeManifest's view (nothing is interpreted twice); pure, no DOM. Where the manifest is
// silent the label says so in words ("Not stated") instead of leaving a row out.
import type { CommonKey } from "../i18n/catalog-common.en.ts";
import type { LabelKey } from "../i18n/catalog-label.en.ts";
import { commonText } from "../i18n/common.ts";
import { parseDuration } from "../i18n/duration.ts";
import { labelText } from "../i18n/label.ts";
import type { TimeUnit } from "../i18n/units.ts";
import { taxonomyLabel } from "../taxonomy/label.ts";
import { describeManifest } from "./by-audience.ts";
import type { Language, PrivacyManifest, Retention } from "./types.ts";
import { createViewContext, HOME_COUNTRY } from "./view-context.ts";
import { describeRetention } from "./view-retention.ts";
import type {
  ActivityView,
  AudienceView,
  CountryView,
  DataItemView,
  LegalBasisKind,
  LinkView,
  ManifestView,
  RecipientView,
} from "./view-types.ts";

/** The label's plain data groups, in display order. */
export const LABEL_GROUPS = [
  "identity",
  "contact",
  "education",
  "health",
  "biometrics",
  "location",
  "online",
  "other",
] as const;
export type LabelGroupId = (typeof LABEL_GROUPS)[number];

// Taxonomy categories that read to a parent as something other than their taxonomy group says.
const BIOMETRICS: ReadonlySet<string> = new Set([
  "biometric-data",
  "photo-video",
  "cctv-footage",
  "audio-recording",
]);
const LOCATION: ReadonlySet<string> = new Set(["location", "region-locality"]);
const BY_TAXONOMY_GROUP: Readonly<Record<string, LabelGroupId>> = {
  identity: "identity",
  family: "identity",
  contact: "contact",
  education: "education",
  health: "health",
  online: "online",
};

export function labelGroupOf(item: Pick<DataItemView, "id" | "group" | "special">): LabelGroupId {
  if (BIOMETRICS.has(item.id)) return "biometrics";
  if (LOCATION.has(item.id)) return "location";
  if (item.special) return "health";
  return BY_TAXONOMY_GROUP[item.group] ?? "other";
}

export interface LabelDataItem extends DataItemView {
  /** Special category or elevated sensitivity. */
  highRisk: boolean;
}

export interface LabelDataGroup {
  id: LabelGroupId;
  label: string;
  highRisk: boolean;
  /** "Special category" / "Elevated risk" (the highest among its items), or null. */
  mark: string | null;
  items: LabelDataItem[];
}

export interface LabelPurpose {
  id: string;
  label: string;
  /** True when every basis given for it is consent: the reader can say no. */
  needsConsent: boolean;
  /** "Needs your consent" / "Required by law · To provide the service" … */
  basisLabel: string;
}

export type LabelRecipient = Pick<RecipientView, "id" | "label" | "country">;

export interface LabelAbroadLine {
  country: CountryView;
  /** "Outside Kazakhstan: Russia" */
  text: string;
  /** Who or what is there: recipients, storage providers, transfers. */
  via: string[];
}

export interface LabelAudience {
  id: string;
  label: string;
  minors: boolean;
  selected: boolean;
}

export interface LabelAction {
  id: "consent" | "contact" | "complain";
  text: string;
  /** Who is behind it (the authority's name). */
  detail: string | null;
  /** mailto:/https: link, or null (the consent action is wired by the surface; a missing contact says "Not stated"). */
  link: LinkView | null;
}

export interface PrivacyLabelView {
  lang: Language;
  /** Whose label this is: the operator's name. */
  operator: string;
  /** The selected audience, or null when the manifest declares none. */
  audience: string | null;
  audiences: LabelAudience[];
  groups: LabelDataGroup[];
  purposes: LabelPurpose[];
  recipients: LabelRecipient[];
  abroad: LabelAbroadLine[];
  /** "All data is stored in Kazakhstan" / "The storage location is not stated" when nothing is abroad. */
  storageText: string | null;
  retention: { shortest: string; longest: string | null } | null;
  actions: LabelAction[];
  /** Headings and fixed words, resolved in `lang`. */
  text: Record<
    | "title"
    | "whose"
    | "what"
    | "why"
    | "recipients"
    | "where"
    | "howLong"
    | "youCan"
    | "full"
    | "notStated"
    | "minors",
    string
  >;
}

export interface LabelOptions {
  /** Audience id; default: the first audience of minors (pupils, children), else the first. */
  audience?: string;
  siteOrigin?: string;
  /** describeManifest's view of the same manifest and language, when the caller has it already. */
  view?: ManifestView;
}

// What holds regardless of the reader's choice comes first.
const BASIS_ORDER: readonly LegalBasisKind[] = ["law", "contract", "other", "consent"];

function basisWords(kind: LegalBasisKind, lang: Language): string {
  if (kind === "consent") return labelText("label.needsConsent", lang);
  if (kind === "contract") return labelText("label.forService", lang);
  return commonText(`basis.${kind}`, lang);
}

function purposesOf(activities: readonly ActivityView[], lang: Language): LabelPurpose[] {
  const byId = new Map<string, { label: string; kinds: Set<LegalBasisKind> }>();
  for (const activity of activities) {
    for (const purpose of activity.purposes) {
      const entry = byId.get(purpose.id) ?? { label: purpose.label, kinds: new Set<LegalBasisKind>() };
      for (const basis of activity.legalBases) entry.kinds.add(basis.kind);
      byId.set(purpose.id, entry);
    }
  }
  return [...byId].map(([id, { label, kinds }]) => {
    const bases = BASIS_ORDER.filter((kind) => kinds.has(kind));
    return {
      id,
      label,
      // Only a purpose that rests on consent alone is one the reader can refuse.
      needsConsent: bases.length === 1 && bases[0] === "consent",
      basisLabel: bases.map((kind) => basisWords(kind, lang)).join(" · "),
    };
  });
}

// The groups the taxonomy already names keep its label (already in every bundle that shows data).
const OWN_GROUP_LABELS = {
  health: "group.health",
  biometrics: "group.biometrics",
  location: "group.location",
} as const;

function groupLabel(id: LabelGroupId, lang: Language): string {
  return Object.hasOwn(OWN_GROUP_LABELS, id)
    ? labelText(OWN_GROUP_LABELS[id as keyof typeof OWN_GROUP_LABELS], lang)
    : taxonomyLabel("group", id, lang);
}

/** "Special category" when any item is one, else "Elevated risk" when any is, else null. */
function riskMark(items: readonly LabelDataItem[], lang: Language): string | null {
  if (items.some((item) => item.special)) return commonText("data.special", lang);
  return items.some((item) => item.highRisk) ? commonText("data.elevated", lang) : null;
}

function groupsOf(activities: readonly ActivityView[], lang: Language): LabelDataGroup[] {
  const byGroup = new Map<LabelGroupId, LabelDataItem[]>();
  for (const item of activities.flatMap((activity) => activity.data)) {
    const group = labelGroupOf(item);
    const items = byGroup.get(group) ?? [];
    if (items.some((known) => known.id === item.id)) continue;
    items.push({ ...item, highRisk: item.special || item.sensitivity === "elevated" });
    byGroup.set(group, items);
  }
  return LABEL_GROUPS.flatMap((id) => {
    const items = byGroup.get(id);
    if (items === undefined) return [];
    return [
      {
        id,
        label: groupLabel(id, lang),
        mark: riskMark(items, lang),
        highRisk: items.some((item) => item.highRisk),
        items,
      },
    ];
  });
}

function recipientsOf(activities: readonly ActivityView[]): LabelRecipient[] {
  const seen = new Map<string, LabelRecipient>();
  for (const recipient of activities.flatMap((activity) => activity.recipients))
    seen.set(recipient.id, recipient);
  return [...seen.values()];
}

/** Each country outside Kazakhstan once, with what goes there (recipients, storage, transfers). */
function abroadOf(activities: readonly ActivityView[], lang: Language): LabelAbroadLine[] {
  const lines = new Map<string, LabelAbroadLine>();
  const add = (country: CountryView, via: string | null) => {
    if (country.code === HOME_COUNTRY) return;
    const line = lines.get(country.code) ?? {
      country,
      text: labelText("label.abroad", lang, { country: country.name }),
      via: [],
    };
    if (via !== null && !line.via.includes(via)) line.via.push(via);
    lines.set(country.code, line);
  };
  for (const activity of activities) {
    for (const recipient of activity.recipients) {
      if (recipient.country !== null) add(recipient.country, recipient.label);
    }
    for (const storage of activity.storage) {
      add({ code: storage.country, name: storage.countryName }, storage.provider);
    }
    for (const transfer of activity.transfers) {
      add({ code: transfer.toCountry, name: transfer.countryName }, transfer.recipient);
    }
  }
  return [...lines.values()];
}

const SECONDS: Readonly<Record<TimeUnit, number>> = {
  year: 31_536_000,
  month: 2_592_000,
  week: 604_800,
  day: 86_400,
  hour: 3_600,
  minute: 60,
  second: 1,
};

/** Seconds a retention lasts at most; Infinity when open-ended ("until the purpose is achieved"). */
export function retentionLength(retention: Retention): number {
  const parts = retention.duration === undefined ? null : parseDuration(retention.duration);
  if (parts !== null && parts.length > 0) {
    return parts.reduce((total, { unit, count }) => total + count * SECONDS[unit], 0);
  }
  return retention.kind === "session" ? 0 : Number.POSITIVE_INFINITY;
}

function retentionOf(
  manifest: PrivacyManifest,
  activities: readonly ActivityView[],
  lang: Language,
): PrivacyLabelView["retention"] {
  const retentions = activities.flatMap((view) => {
    const activity = manifest.activities.find((candidate) => candidate.id === view.id);
    return activity === undefined ? [] : [activity.retention];
  });
  if (retentions.length === 0) return null;
  const sorted = [...retentions].sort((a, b) => retentionLength(a) - retentionLength(b));
  // The kind and duration only: the school's own description is in the full policy below.
  const ctx = createViewContext(manifest, lang, undefined);
  const words = ({ description: _, ...plain }: Retention) => describeRetention(plain, ctx);
  const shortest = words(sorted[0] as Retention);
  const longest = words(sorted[sorted.length - 1] as Retention);
  return longest === shortest
    ? { shortest, longest: null }
    : {
        shortest: labelText("label.shortest", lang, { text: shortest }),
        longest: labelText("label.longest", lang, { text: longest }),
      };
}

function actionsOf(manifest: PrivacyManifest, view: ManifestView, lang: Language): LabelAction[] {
  const asksConsent =
    view.audiences.some((audience) =>
      audience.activities.some((activity) => activity.legalBases.some((basis) => basis.kind === "consent")),
    ) || (manifest.consent?.categories ?? []).some((category) => category.required !== true);
  const contact = view.responsiblePerson?.email ?? view.operator.email;
  const actions: LabelAction[] = [];
  if (asksConsent) {
    actions.push({ id: "consent", text: labelText("label.consent", lang), detail: null, link: null });
  }
  actions.push({
    id: "contact",
    text: labelText("label.contact", lang),
    detail: null,
    link: contact,
  });
  actions.push({
    id: "complain",
    text: commonText("section.authority", lang),
    detail: view.authority.name,
    link: view.authority.url,
  });
  return actions;
}

function defaultAudience(audiences: readonly AudienceView[]): AudienceView | undefined {
  return audiences.find((audience) => audience.minors) ?? audiences[0];
}

export function describeLabel(
  manifest: PrivacyManifest,
  lang: Language,
  options: LabelOptions = {},
): PrivacyLabelView {
  const view =
    options.view ??
    describeManifest(
      manifest,
      lang,
      options.siteOrigin === undefined ? {} : { siteOrigin: options.siteOrigin },
    );
  const chosen =
    view.audiences.find((audience) => audience.id === options.audience) ?? defaultAudience(view.audiences);
  const activities = chosen?.activities ?? [];
  const abroad = abroadOf(activities, lang);
  // Storage the manifest lists without tying it to activities still says where data is kept.
  const stored =
    activities.some((activity) => activity.storage.length > 0) ||
    ((manifest.storage ?? []).length > 0 && view.storageSummary.abroad.length === 0);
  const l = (key: LabelKey) => labelText(key, lang);
  const c = (key: CommonKey) => commonText(key, lang);
  return {
    lang,
    operator: view.operator.name,
    audience: chosen?.id ?? null,
    audiences: view.audiences.map((audience) => ({
      id: audience.id,
      label: audience.label,
      minors: audience.minors,
      selected: audience === chosen,
    })),
    groups: groupsOf(activities, lang),
    purposes: purposesOf(activities, lang),
    recipients: recipientsOf(activities),
    abroad,
    storageText:
      abroad.length > 0
        ? null
        : commonText(stored ? "storage.summaryKzOnly" : "storage.summaryUnknown", lang),
    retention: retentionOf(manifest, activities, lang),
    actions: actionsOf(manifest, view, lang),
    text: {
      title: l("label.title"),
      whose: l("label.whose"),
      what: c("field.data"),
      why: l("label.why"),
      recipients: c("field.recipients"),
      where: c("field.storage"),
      howLong: c("field.retention"),
      youCan: l("label.youCan"),
      full: c("section.policy"),
      notStated: c("common.notStated"),
      minors: c("audience.minors"),
    },
  };
}
