// Builds a valid format-1 manifest from the declared evidence. What the text does not say is
// filled with the least committal value and reported as a placeholder, so the draft always passes
// the validator and the webmaster sees exactly what to review.
import { DESCRIPTION_MAX, LABEL_MAX } from "../manifest/limits.ts";
import type { Activity, Audience, Contact, Operator, PrivacyManifest, Retention } from "../manifest/types.ts";
import { MINOR_SUBJECT_IDS } from "../taxonomy/ids.ts";
import { SUBJECT_LABELS } from "../taxonomy/labels.ts";
import type { PolicyLanguage } from "./tokens.ts";
import type { Evidence, Found } from "./types.ts";

const PLACEHOLDER_TEXT: Record<string, Record<PolicyLanguage, string>> = {
  operator: {
    kk: "Оператордың атауы мәтінде табылмады — толтырыңыз",
    ru: "Название оператора не найдено в тексте — заполните",
  },
  retention: {
    kk: "Сақтау мерзімі мәтінде табылмады — тексеріңіз",
    ru: "Срок хранения не найден в тексте — проверьте",
  },
  activity: { kk: "Дербес деректерді өңдеу", ru: "Обработка персональных данных" },
  todo: { kk: "Тексеру қажет", ru: "Требует проверки" },
};

/** Control, zero-width and bidi characters: the validator refuses them in labels. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g;

const clip = (text: string, max: number): string => {
  const flat = text.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  const points = [...flat];
  return points.length <= max ? flat : `${points.slice(0, max - 1).join("")}…`;
};

const declared = (evidence: Evidence[], field: Evidence["field"]) =>
  evidence.filter((e) => e.field === field && !e.excluded && !e.placeholder);

const unique = (list: string[]) => [...new Set(list)];

export function foundIds(evidence: Evidence[]): Found {
  const ids = (field: Evidence["field"]) => unique(declared(evidence, field).map((e) => e.id)).sort();
  return {
    audiences: ids("audience"),
    data: ids("data"),
    purposes: ids("purpose"),
    legalBases: ids("legalBasis"),
    recipients: ids("recipient"),
    rights: ids("right"),
    transfers: ids("transfer"),
  };
}

const retentionOf = (
  evidence: Evidence[],
  lang: PolicyLanguage,
): { retention: Retention; placeholder: boolean } => {
  const items = declared(evidence, "retention");
  const fixed = items.find((e) => e.id.startsWith("P"));
  const quote = (e: Evidence) => clip(e.quotes[0]?.text ?? "", DESCRIPTION_MAX);
  if (fixed)
    return {
      retention: { kind: "fixed", duration: fixed.id, description: quote(fixed) },
      placeholder: false,
    };
  const kind = items.find((e) => e.id === "legal-requirement") ?? items.find((e) => e.id === "until-purpose");
  if (kind)
    return {
      retention: { kind: kind.id as Retention["kind"], description: quote(kind) },
      placeholder: false,
    };
  return {
    retention: { kind: "until-purpose", description: PLACEHOLDER_TEXT.retention?.[lang] ?? "" },
    placeholder: true,
  };
};

export interface Draft {
  manifest: PrivacyManifest;
  placeholders: Evidence[];
}

export function buildDraft(evidence: Evidence[], lang: PolicyLanguage, today: string): Draft {
  const found = foundIds(evidence);
  const placeholders: Evidence[] = [];
  const placeholder = (field: Evidence["field"], id: string) =>
    placeholders.push({ field, id, quotes: [], confidence: 0, placeholder: true });

  // Group data items by the audiences they were assigned to: one activity per group.
  const dataItems = declared(evidence, "data");
  const groups = new Map<string, { audiences: string[]; data: string[] }>();
  const everyone = found.audiences;
  for (const item of dataItems) {
    const audiences = item.audiences?.length ? unique(item.audiences).sort() : everyone;
    const key = audiences.join(" ");
    const group = groups.get(key) ?? { audiences, data: [] };
    if (!group.data.includes(item.id)) group.data.push(item.id);
    groups.set(key, group);
  }

  let audienceIds = found.audiences;
  if (audienceIds.length === 0) {
    audienceIds = ["other-individuals"];
    placeholder("audience", "other-individuals");
  }
  if (groups.size === 0 || [...groups.values()].some((g) => g.audiences.length === 0)) {
    const loose = groups.get("") ?? { audiences: [], data: [] };
    groups.delete("");
    const data = loose.data.length ? loose.data : ["personal-data-unspecified"];
    if (!loose.data.length && groups.size === 0) placeholder("data", "personal-data-unspecified");
    if (loose.data.length || groups.size === 0)
      groups.set(audienceIds.join(" "), { audiences: audienceIds, data });
  }

  const purposes = found.purposes.length ? found.purposes : ["statutory-functions"];
  if (!found.purposes.length) placeholder("purpose", "statutory-functions");
  const legalBasis = found.legalBases.length ? found.legalBases : ["consent"];
  if (!found.legalBases.length) placeholder("legalBasis", "consent");
  const { retention, placeholder: noRetention } = retentionOf(evidence, lang);
  if (noRetention) placeholder("retention", retention.kind);
  const storedInKz = found.transfers.includes("stored-in-kz");

  const label = (id: string) => SUBJECT_LABELS[id]?.labels[lang] ?? id;
  const activities: Activity[] = [...groups.values()].slice(0, 100).map((group, index) => {
    const activity: Activity = {
      id: `processing-${index + 1}`,
      title: clip(
        group.audiences.length
          ? group.audiences.map(label).join(", ")
          : (PLACEHOLDER_TEXT.activity?.[lang] ?? ""),
        LABEL_MAX,
      ),
      audiences: group.audiences,
      data: group.data.slice(0, 100),
      purposes,
      legalBasis,
      retention,
    };
    if (found.recipients.length) activity.recipients = found.recipients;
    if (storedInKz) activity.storage = ["kz"];
    return activity;
  });

  const audiences: Audience[] = audienceIds.slice(0, 20).map((id) => {
    const audience: Audience = { id };
    if ((MINOR_SUBJECT_IDS as readonly string[]).includes(id)) {
      audience.minors = true;
      if (audienceIds.includes("legal-representative")) audience.representedBy = "legal-representative";
    }
    return audience;
  });

  const detail = (id: string) => declared(evidence, "operator").find((e) => e.id === id)?.value;
  const name = detail("name");
  if (!name) placeholder("operator", "name");
  const operator: Operator = {
    name: clip(name ?? PLACEHOLDER_TEXT.operator?.[lang] ?? "", LABEL_MAX),
    country: "KZ",
  };
  const legalForm = detail("legalForm");
  if (legalForm) operator.legalForm = clip(legalForm, LABEL_MAX);
  const bin = detail("bin");
  if (bin && /^\d{12}$/.test(bin)) operator.bin = bin;
  const address = detail("address");
  if (address) operator.address = clip(address, DESCRIPTION_MAX);
  const email = detail("email");
  if (email && /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254) operator.email = email;
  const phone = detail("phone");
  if (phone) operator.phone = clip(phone, 64);
  const website = detail("website");
  if (website && /^https:\/\/[^\s/?#@]+$/.test(website)) operator.website = website;

  // The responsible person (94-V art. 25), as the text names them; reviewed like every item.
  const person: Contact = {};
  const personName = detail("responsibleName");
  if (personName) person.name = clip(personName, LABEL_MAX);
  const personRole = detail("responsibleRole");
  if (personRole) person.role = clip(personRole, LABEL_MAX);
  const personEmail = detail("responsibleEmail");
  if (personEmail && /^[^\s@]+@[^\s@]+$/.test(personEmail) && personEmail.length <= 254)
    person.email = personEmail;
  const personPhone = detail("responsiblePhone");
  if (personPhone) person.phone = clip(personPhone, 64);

  const manifest: PrivacyManifest = {
    schemaVersion: 1,
    manifestVersion: today,
    published: today,
    languages: [lang],
    defaultLanguage: lang,
    operator,
    audiences,
    activities,
  };
  if (found.recipients.length) manifest.recipients = found.recipients.map((id) => ({ id, kind: id }));
  if (storedInKz) manifest.storage = [{ id: "kz", country: "KZ", kind: "primary" }];
  if (found.rights.length) manifest.rights = found.rights.map((id) => ({ id }));
  if (person.name !== undefined || person.email !== undefined || person.phone !== undefined)
    manifest.responsiblePerson = person;
  return { manifest, placeholders };
}
