// One activity (a statement: audiences × data × purposes × basis × retention × recipients ×
// storage) as the viewer and the popup show it.
import { GROUP_LABELS } from "../taxonomy/labels.ts";
import { dataCategory, sortDataCategoryIds } from "../taxonomy/lookup.ts";
import type { Activity, Recipient, Storage, Transfer } from "./types.ts";
import { HOME_COUNTRY, type ViewContext } from "./view-context.ts";
import { describeRetention } from "./view-retention.ts";
import type {
  ActivityView,
  DataItemView,
  LegalBasisKind,
  LegalBasisView,
  RecipientView,
  StorageView,
  TransferView,
} from "./view-types.ts";

// How each taxonomy legal basis reads to a parent. Custom or unlisted ids count as "other".
const BASIS_KIND: Record<string, LegalBasisKind> = {
  consent: "consent",
  "written-consent": "consent",
  "consent-via-offer-acceptance": "consent",
  contract: "contract",
  "legal-obligation": "law",
  "public-task": "law",
  "kz-art9-exception": "law",
};

export function legalBasisKind(id: string): LegalBasisKind {
  return Object.hasOwn(BASIS_KIND, id) ? (BASIS_KIND[id] ?? "other") : "other";
}

function describeData(ids: readonly string[], ctx: ViewContext): DataItemView[] {
  return sortDataCategoryIds(ids, ctx.manifest).map((id) => {
    const info = dataCategory(id, ctx.manifest);
    const group = info?.group ?? "other";
    return {
      id,
      label: ctx.label("data", id),
      group,
      groupLabel: GROUP_LABELS[group]?.labels[ctx.lang] ?? group,
      sensitivity: info?.sensitivity ?? "standard",
      special: info?.special ?? false,
    };
  });
}

function describeLegalBases(activity: Activity, ctx: ViewContext): LegalBasisView[] {
  return activity.legalBasis.map((id) => {
    const kind = legalBasisKind(id);
    return {
      id,
      label: ctx.label("legalBasis", id),
      kind,
      kindLabel: ctx.t(`basis.${kind}`),
      note: activity.legalReference?.trim() || null,
    };
  });
}

export function describeRecipient(recipient: Recipient, ctx: ViewContext): RecipientView {
  const kindLabel = ctx.label("recipient", recipient.kind);
  return {
    id: recipient.id,
    label: ctx.optionalText(recipient.name) ?? kindLabel,
    kindLabel,
    role: recipient.role ?? null,
    roleLabel: recipient.role === undefined ? null : ctx.t(`role.${recipient.role}`),
    country: recipient.country === undefined ? null : ctx.country(recipient.country),
    domains: [...(recipient.domains ?? [])],
  };
}

export function describeStorage(storage: Storage, ctx: ViewContext): StorageView {
  const country = ctx.country(storage.country);
  const abroad = country.code !== HOME_COUNTRY;
  return {
    id: storage.id,
    country: country.code,
    countryName: country.name,
    abroad,
    provider: ctx.optionalText(storage.provider),
    kind: storage.kind ?? null,
    kindLabel: storage.kind === undefined ? null : ctx.t(`storage.kind.${storage.kind}`),
    text: abroad ? ctx.t("storage.in", { country: country.name }) : ctx.t("storage.kz"),
  };
}

export function describeTransfer(transfer: Transfer, ctx: ViewContext): TransferView {
  const country = ctx.country(transfer.toCountry);
  const recipient = ctx.manifest.recipients?.find((candidate) => candidate.id === transfer.recipient);
  return {
    id: transfer.id,
    toCountry: country.code,
    countryName: country.name,
    basis: transfer.basis,
    basisLabel: ctx.t(`transferBasis.${transfer.basis}`),
    recipient: recipient === undefined ? null : describeRecipient(recipient, ctx).label,
    safeguards: ctx.optionalText(transfer.safeguards),
    text: ctx.t("transfer.to", { country: country.name }),
  };
}

/** Looks ids up in a manifest list, in the activity's order; dangling ids are skipped. */
function pick<T extends { id: string }>(
  ids: readonly string[] | undefined,
  list: readonly T[] | undefined,
): T[] {
  if (ids === undefined || list === undefined) return [];
  return ids.flatMap((id) => list.filter((entry) => entry.id === id).slice(0, 1));
}

export function describeActivity(activity: Activity, ctx: ViewContext): ActivityView {
  const { manifest } = ctx;
  return {
    id: activity.id,
    title: ctx.text(activity.title),
    data: describeData(activity.data, ctx),
    purposes: activity.purposes.map((id) => ({ id, label: ctx.label("purpose", id) })),
    legalBases: describeLegalBases(activity, ctx),
    consentGivenBy:
      activity.consentGivenBy === undefined
        ? null
        : { id: activity.consentGivenBy, label: ctx.t(`consentBy.${activity.consentGivenBy}`) },
    mandatory: activity.mandatory ?? null,
    recipients: pick(activity.recipients, manifest.recipients).map((entry) => describeRecipient(entry, ctx)),
    storage: pick(activity.storage, manifest.storage).map((entry) => describeStorage(entry, ctx)),
    transfers: pick(activity.transfers, manifest.transfers).map((entry) => describeTransfer(entry, ctx)),
    retention: describeRetention(activity.retention, ctx),
    note: ctx.optionalText(activity.note),
  };
}
