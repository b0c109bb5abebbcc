// Lint: what the law (94-V "On personal data and their protection") and good practice ask for,
// beyond structure. Every finding is a warning: the manifest still works, but a parent or the
// regulator would find something missing. Runs only on structurally valid manifests.

import { DATA_CATEGORIES, MINOR_SUBJECT_IDS } from "../taxonomy/ids.ts";
import { type CheckContext, type Params, warn } from "./check-primitives.ts";
import type { PrivacyManifest } from "./types.ts";

const CONSENT_BASES = ["consent", "written-consent", "consent-via-offer-acceptance"];
/** Grounds that can carry special-category data (94-V Art. 9 and sectoral laws). */
const SPECIAL_DATA_BASES = ["consent", "written-consent", "legal-obligation"];
/** Kinds that load something from another host, which the extension compares with `domains`. */
const FETCHING_KINDS = ["script", "iframe", "pixel", "font"];

export const lintManifest = (m: PrivacyManifest, ctx: CheckContext): void => {
  const note = (path: string, code: string, params?: Params) => warn(ctx, path, code, params);
  const languages = m.languages;

  if (!languages.includes("kk") && !languages.includes("ru"))
    note("/languages", "missing-kazakhstan-language");
  for (const [path, value] of ctx.texts) {
    const missing = languages.filter((lang) =>
      typeof value === "string"
        ? lang !== m.defaultLanguage
        : (value as Record<string, unknown>)[lang] === undefined,
    );
    if (missing.length) note(path, "text-missing-language", { languages: missing.join(", ") });
  }

  if (!m.responsiblePerson) note("", "no-responsible-person");
  if (!m.rights?.length) note(m.rights ? "/rights" : "", "no-rights-declared");

  const storage = m.storage ?? [];
  const transfers = m.transfers ?? [];
  if (!storage.some((s) => s.country === "KZ")) note(m.storage ? "/storage" : "", "no-storage-in-kz");
  storage.forEach((s, i) => {
    if (s.country !== "KZ" && !transfers.some((t) => t.toCountry === s.country))
      note(`/storage/${i}`, "storage-abroad-without-transfer", { country: s.country });
  });
  m.recipients?.forEach((r, i) => {
    if (
      r.country &&
      r.country !== "KZ" &&
      !transfers.some((t) => t.recipient === r.id || t.toCountry === r.country)
    )
      note(`/recipients/${i}`, "recipient-abroad-without-transfer", { country: r.country });
  });
  // A third-party tag or embed abroad sends the visitor's data there too; `kelisim scan` and the
  // extension say so (shared/compare compareTransfers), so the validator must as well.
  m.technologies?.forEach((t, i) => {
    if (!t.firstParty && t.country && t.country !== "KZ" && !transfers.some((x) => x.toCountry === t.country))
      note(`/technologies/${i}`, "technology-abroad-without-transfer", { country: t.country });
  });

  const audiences = new Map(m.audiences.map((a) => [a.id, a]));
  const isMinor = (id: string) =>
    audiences.get(id)?.minors ?? (MINOR_SUBJECT_IDS as readonly string[]).includes(id);
  // Computed here, not at module level: a module-level computation would stay in every bundle that
  // imports validate.ts, including the widget, which never lints.
  const special = [
    ...DATA_CATEGORIES.filter((entry) => entry[2] === "special").map((entry) => entry[0]),
    ...(m.customCategories ?? []).filter((c) => c.sensitivity === "special").map((c) => c.id),
  ];

  m.activities.forEach((a, i) => {
    const at = `/activities/${i}`;
    a.legalBasis.forEach((basis, j) => {
      if (basis === "legitimate-interests") note(`${at}/legalBasis/${j}`, "legitimate-interests-basis");
    });
    if (
      a.audiences.some(isMinor) &&
      a.legalBasis.some((basis) => CONSENT_BASES.includes(basis)) &&
      a.consentGivenBy !== "legal-representative" &&
      a.consentGivenBy !== "subject-or-representative"
    )
      note(at, "minors-without-representative-consent");
    if (!a.legalBasis.some((basis) => SPECIAL_DATA_BASES.includes(basis)))
      a.data.forEach((id, j) => {
        if (special.includes(id)) note(`${at}/data/${j}`, "special-data-without-consent", { id });
      });
    const { kind, duration, description } = a.retention;
    if ((kind === "fixed" || kind === "until-event") && description === undefined)
      note(`${at}/retention`, "retention-without-description", { kind });
    if (kind === "fixed" && duration === undefined)
      note(`${at}/retention`, "fixed-retention-without-duration");
  });

  const requiredCategories = m.consent?.categories
    ? m.consent.categories.filter((c) => c.required).map((c) => c.id)
    : ["necessary"];
  m.technologies?.forEach((t, i) => {
    const at = `/technologies/${i}`;
    const missing = (["provider", "country"] as const).filter((field) => t[field] === undefined);
    if (!requiredCategories.includes(t.category) && missing.length)
      note(at, "optional-technology-without-provider", { missing: missing.join(", ") });
    if (!t.firstParty && FETCHING_KINDS.includes(t.kind) && !t.domains?.length)
      note(at, "third-party-technology-without-domains");
  });
};
