// The starter manifest `kelisim init` writes: the website itself (IP address, browser details, the
// widget's own consent storage) and the one required consent category. Valid as written; the
// webmaster adds analytics, embeds and the school's other activities before publishing.
import type { Language, PrivacyManifest } from "../manifest/types.ts";

const SITE_TITLE = { kk: "Сайттың жұмысы", ru: "Работа сайта", en: "Running the website" };
const NECESSARY = { kk: "Қажетті", ru: "Необходимые", en: "Necessary" };
const CONSENT_STORE = {
  kk: "Сіздің келісіміңіз бен оның түбіртектері (осы браузерде)",
  ru: "Ваше согласие и его квитанции (в этом браузере)",
  en: "Your consent choice and its receipts (in this browser)",
};

export const DEFAULT_OPERATOR_NAME: Record<Language, string> = {
  kk: "Мектеп атауы",
  ru: "Название школы",
  en: "School name",
};

export function starterManifest(name: string, lang: Language, today: string): PrivacyManifest {
  return {
    $schema: "https://cdn.jsdelivr.net/npm/kelisim/dist/widget/privacy-manifest.schema.json",
    schemaVersion: 1,
    manifestVersion: today,
    published: today,
    languages: ["kk", "ru", "en"],
    defaultLanguage: lang,
    // One proper name for every language; the webmaster may translate it.
    operator: { name: { kk: name, ru: name, en: name }, country: "KZ" },
    audiences: [{ id: "website-visitor" }],
    activities: [
      {
        id: "site-operation",
        title: SITE_TITLE,
        audiences: ["website-visitor"],
        data: ["ip-address", "browser-device-info"],
        purposes: ["website-operation", "information-security"],
        legalBasis: ["consent"],
        consentGivenBy: "subject",
        mandatory: true,
        retention: { kind: "session" },
      },
    ],
    consent: { categories: [{ id: "necessary", label: NECESSARY, required: true }] },
    technologies: [
      {
        id: "kelisim-consent",
        kind: "indexeddb",
        name: "kelisim",
        firstParty: true,
        category: "necessary",
        purpose: CONSENT_STORE,
      },
    ],
  };
}
