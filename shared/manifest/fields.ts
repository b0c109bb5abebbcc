// The field table of format 1: one line per field of the spec (privacy-manifest.md), so the
// validator reads like the spec and stays small. `schema.json` says the same in JSON Schema; a test
// keeps the two in agreement.

import { SUBJECT_IDS } from "../taxonomy/ids.ts";
import {
  arr,
  bool,
  type Check,
  code,
  def,
  free,
  int,
  obj,
  oneOf,
  pointer,
  ref,
  report,
  text,
} from "./check-primitives.ts";
import {
  ARRAY_MAX,
  BODY_MAX,
  DESCRIPTION_MAX,
  LABEL_MAX,
  MAX_AGE_DAYS,
  MAX_AGE_SECONDS,
  MAX_RESPONSE_DAYS,
  SHORT_MAX,
  VERSION_MAX,
} from "./limits.ts";

export const ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
export const CUSTOM_ID_PATTERN = /^x-[a-z0-9-]{1,62}$/;
const LABEL_HOST = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
const HOST_PATTERN = new RegExp(`^(\\*\\.)?(${LABEL_HOST}\\.)*${LABEL_HOST}$`);
const URL_PATTERN = /^(https:\/\/[^\s/?#@]+([/?#]\S*)?|\/(?!\/)\S*)$/;

const ID = code(SHORT_MAX, ID_PATTERN, "invalid-id");
const LABEL = text(LABEL_MAX);
const DESCRIPTION = text(DESCRIPTION_MAX);
const COUNTRY = code(2, /^[A-Z]{2}$/, "invalid-country");
const DATE = code(10, /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "invalid-date");
const DURATION = code(
  SHORT_MAX,
  /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
  "invalid-duration",
);
const EMAIL = code(254, /^[^\s@]+@[^\s@]+$/, "invalid-email");
const PHONE = free(SHORT_MAX);
const LANGUAGE = oneOf("kk ru en");

/** `*` alone would match every host or every cookie, which declares nothing. */
const notBareWildcard =
  (inner: Check): Check =>
  (value, path, ctx) =>
    value === "*" ? report(ctx, path, "wildcard-only") : inner(value, path, ctx);

const HOSTS = arr(notBareWildcard(code(253, HOST_PATTERN, "invalid-host-pattern")), ARRAY_MAX.domains);

const URL: Check = (value, path, ctx) => {
  const s = code(DESCRIPTION_MAX)(value, path, ctx);
  if (typeof s !== "string" || URL_PATTERN.test(s)) return s;
  // Any other scheme (http:, javascript:, data:) is named as such: it is the likely mistake.
  return report(ctx, path, /^(?!https:)[a-z][a-z0-9+.-]*:/i.test(s) ? "insecure-url" : "invalid-url");
};

const ids = (namespace: string, min = 0) => arr(ref(namespace, ID), ARRAY_MAX.idList, min);

const CONTACT = obj({ name: LABEL, role: LABEL, email: EMAIL, phone: PHONE, address: DESCRIPTION });

const AUDIENCE = obj(
  { id: def("audience", ID), label: LABEL, minors: bool, representedBy: ref("audience", ID) },
  "id",
  (out, path, ctx) => {
    const id = out.id;
    if (typeof id !== "string") return;
    if (!id.startsWith("x-")) {
      if (!(SUBJECT_IDS as readonly string[]).includes(id))
        report(ctx, pointer(path, "id"), "unknown-subject", { id });
    } else if (!CUSTOM_ID_PATTERN.test(id)) report(ctx, pointer(path, "id"), "invalid-custom-id");
    else if (out.label === undefined) report(ctx, path, "custom-label-required", { id });
  },
);

const ACTIVITY = obj(
  {
    id: def("activity", ID),
    title: LABEL,
    audiences: ids("audience", 1),
    data: ids("data", 1),
    purposes: ids("purpose", 1),
    legalBasis: ids("basis", 1),
    legalReference: free(LABEL_MAX),
    consentGivenBy: oneOf("subject legal-representative subject-or-representative"),
    mandatory: bool,
    retention: obj(
      {
        kind: oneOf("session fixed until-purpose until-event legal-requirement"),
        duration: DURATION,
        description: DESCRIPTION,
      },
      "kind",
    ),
    recipients: ids("recipient"),
    storage: ids("storage"),
    transfers: ids("transfer"),
    source: oneOf("subject legal-representative state-system third-party"),
    note: DESCRIPTION,
  },
  "id title audiences data purposes legalBasis retention",
);

const custom = (namespace: string, group: Check) =>
  arr(
    obj(
      {
        id: def(namespace, code(SHORT_MAX, CUSTOM_ID_PATTERN, "invalid-custom-id")),
        label: LABEL,
        group,
        sensitivity: oneOf("standard elevated special"),
      },
      "id label",
    ),
    ARRAY_MAX.custom,
  );

/** The whole manifest, format 1. */
export const MANIFEST_FIELDS = obj(
  {
    $schema: code(DESCRIPTION_MAX),
    schemaVersion: (value, path, ctx) =>
      value === 1 ? 1 : report(ctx, path, "unsupported-schema-version", { version: String(value) }),
    manifestVersion: code(VERSION_MAX),
    published: DATE,
    origins: arr(code(LABEL_MAX, /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/, "invalid-origin"), ARRAY_MAX.origins),
    languages: arr(LANGUAGE, ARRAY_MAX.languages, 1),
    defaultLanguage: LANGUAGE,
    operator: obj(
      {
        name: LABEL,
        legalForm: LABEL,
        bin: code(12, /^\d{12}$/, "invalid-bin"),
        address: DESCRIPTION,
        country: COUNTRY,
        website: URL,
        email: EMAIL,
        phone: PHONE,
      },
      "name country",
    ),
    responsiblePerson: CONTACT,
    authority: obj({ name: LABEL, url: URL }, "name"),
    policy: obj({
      url: text(DESCRIPTION_MAX, URL),
      sections: arr(
        obj({ id: def("section", ID), title: LABEL, body: text(BODY_MAX) }, "id title body"),
        ARRAY_MAX.sections,
      ),
    }),
    audiences: arr(AUDIENCE, ARRAY_MAX.audiences, 1),
    activities: arr(ACTIVITY, ARRAY_MAX.activities, 1),
    recipients: arr(
      obj(
        {
          id: def("recipient", ID),
          kind: ref("recipient-kind", ID),
          name: LABEL,
          role: oneOf("processor third-party state-body public"),
          country: COUNTRY,
          domains: HOSTS,
        },
        "id kind",
      ),
      ARRAY_MAX.recipients,
    ),
    storage: arr(
      obj(
        { id: def("storage", ID), country: COUNTRY, provider: LABEL, kind: oneOf("primary backup cdn") },
        "id country",
      ),
      ARRAY_MAX.storage,
    ),
    transfers: arr(
      obj(
        {
          id: def("transfer", ID),
          toCountry: COUNTRY,
          recipient: ref("recipient", ID),
          data: ids("data"),
          basis: oneOf("consent adequate-protection law treaty other"),
          safeguards: DESCRIPTION,
        },
        "id toCountry basis",
      ),
      ARRAY_MAX.transfers,
    ),
    consent: obj({
      categories: arr(
        obj({ id: def("category", ID), label: LABEL, description: DESCRIPTION, required: bool }, "id"),
        ARRAY_MAX.consentCategories,
      ),
      maxAgeDays: int(1, MAX_AGE_DAYS),
    }),
    technologies: arr(
      obj(
        {
          id: def("technology", ID),
          kind: oneOf("cookie local-storage session-storage indexeddb script iframe pixel font other"),
          name: notBareWildcard(code(LABEL_MAX)),
          domains: HOSTS,
          firstParty: bool,
          maxAgeSeconds: (value, path, ctx) =>
            value === null ? null : int(0, MAX_AGE_SECONDS)(value, path, ctx),
          category: ref("category", ID),
          provider: LABEL,
          purpose: DESCRIPTION,
          country: COUNTRY,
        },
        "id kind firstParty category",
      ),
      ARRAY_MAX.technologies,
    ),
    rights: arr(
      obj(
        {
          // Two namespaces: "right" resolves against the taxonomy, "declared-right" finds duplicates.
          id: def("declared-right", ref("right", ID)),
          channels: arr(
            obj(
              { type: oneOf("email url postal in-person egov"), value: free(DESCRIPTION_MAX) },
              "type value",
            ),
            ARRAY_MAX.channels,
          ),
          responseDays: int(1, MAX_RESPONSE_DAYS),
          note: DESCRIPTION,
        },
        "id",
      ),
      ARRAY_MAX.rights,
    ),
    customCategories: custom("data", ref("group", ID)),
    customPurposes: custom("purpose", ID),
    changes: arr(
      obj(
        { version: code(VERSION_MAX), date: DATE, summary: DESCRIPTION, material: bool },
        "version date summary",
      ),
      ARRAY_MAX.changes,
    ),
  },
  "schemaVersion manifestVersion published languages defaultLanguage operator audiences activities",
  (out, _path, ctx) => {
    const languages = out.languages;
    if (
      typeof out.defaultLanguage === "string" &&
      Array.isArray(languages) &&
      !languages.includes(out.defaultLanguage)
    )
      report(ctx, "/defaultLanguage", "default-language-not-declared", { language: out.defaultLanguage });
  },
);
