// Starting points built from the taxonomy: what a typical school website, a school with an e-diary,
// a kindergarten, a training centre and an ed-tech service usually process. Each is a draft: the
// operator's name and contacts are left for the webmaster, and every choice can be changed.
import type { Activity, Audience, PrivacyManifest, Right, Text } from "../../shared/manifest/types.ts";
import { today } from "./edit.ts";

export const TEMPLATE_IDS = [
  "school-site",
  "school-ediary",
  "kindergarten",
  "training-centre",
  "edtech",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const text = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

function activity(
  id: string,
  title: Text,
  audiences: string[],
  data: string[],
  purposes: string[],
  legalBasis: string[],
  retention: Activity["retention"],
  extra: Partial<Activity> = {},
): Activity {
  return { id, title, audiences, data, purposes, legalBasis, retention, storage: ["primary-kz"], ...extra };
}

const WEBSITE = activity(
  "website",
  text("Сайттың жұмысы", "Работа сайта", "Running the website"),
  ["website-visitor"],
  ["ip-address", "browser-device-info", "event-timestamps"],
  ["website-operation", "information-security"],
  ["legal-obligation"],
  { kind: "fixed", duration: "P90D" },
  { source: "subject" },
);

const ANALYTICS = activity(
  "analytics",
  text("Сайтқа кірушілер статистикасы", "Статистика посещений сайта", "Visitor statistics"),
  ["website-visitor"],
  ["ip-address", "cookie-identifiers", "browsing-behaviour", "browser-device-info"],
  ["analytics-service-improvement"],
  ["consent"],
  { kind: "fixed", duration: "P1Y" },
  { consentGivenBy: "subject", source: "subject" },
);

const REQUESTS = activity(
  "requests",
  text("Өтініштер мен сұрақтар", "Обращения и вопросы", "Requests and questions"),
  ["website-visitor", "legal-representative"],
  ["full-name", "phone-number", "email-address", "correspondence-requests"],
  ["requests-feedback-complaints"],
  ["consent"],
  { kind: "fixed", duration: "P5Y" },
  { consentGivenBy: "subject", source: "subject" },
);

const CONSENT_RECORDS = activity(
  "consent-records",
  text("Келісімдерді есепке алу", "Учёт согласий", "Keeping records of consent"),
  ["website-visitor"],
  ["cookie-identifiers", "event-timestamps"],
  ["consent-record-keeping"],
  ["legal-obligation"],
  { kind: "fixed", duration: "P1Y" },
);

const EDUCATION = activity(
  "education",
  text(
    "Оқу процесі және электронды күнделік",
    "Учебный процесс и электронный дневник",
    "Teaching and the e-diary",
  ),
  ["student", "legal-representative"],
  [
    "full-name",
    "date-of-birth",
    "national-id-number",
    "school-class",
    "academic-performance",
    "attendance",
    "phone-number",
  ],
  ["education-delivery", "academic-record-keeping", "parent-school-communication"],
  ["legal-obligation"],
  {
    kind: "until-event",
    description: text(
      "Оқушы мектептен шыққанға дейін, содан кейін мұрағатта заң мерзімімен",
      "До выбытия ученика, затем в архиве в сроки по закону",
      "Until the pupil leaves, then archived as the law requires",
    ),
  },
  { consentGivenBy: "legal-representative", source: "legal-representative", mandatory: true },
);

const STAFF = activity(
  "staff",
  text("Қызметкерлермен еңбек қатынастары", "Трудовые отношения с сотрудниками", "Employment of staff"),
  ["staff"],
  [
    "full-name",
    "date-of-birth",
    "national-id-number",
    "phone-number",
    "home-address",
    "education-qualifications",
    "employment-history",
    "bank-details",
    "salary",
  ],
  ["hr-management", "payroll-pension"],
  ["contract", "legal-obligation"],
  { kind: "legal-requirement" },
  { source: "subject", mandatory: true },
);

const PRESCHOOL = activity(
  "preschool",
  text(
    "Балабақшаға қабылдау және тәрбие",
    "Приём в детский сад и воспитание",
    "Admission and care at the kindergarten",
  ),
  ["preschool-child", "legal-representative"],
  [
    "full-name",
    "date-of-birth",
    "national-id-number",
    "health-medical",
    "home-address",
    "phone-number",
    "legal-representative-relationship",
  ],
  ["preschool-queue-referral", "education-delivery", "emergency-contact"],
  ["legal-obligation", "written-consent"],
  {
    kind: "until-event",
    description: text(
      "Бала балабақшада болған уақыт бойы",
      "Пока ребёнок посещает детский сад",
      "While the child attends the kindergarten",
    ),
  },
  { consentGivenBy: "legal-representative", source: "legal-representative", mandatory: true },
);

const COURSES = activity(
  "courses",
  text("Курстарға жазылу және оқыту", "Запись на курсы и обучение", "Course enrolment and teaching"),
  ["client-customer", "student", "legal-representative"],
  ["full-name", "phone-number", "email-address", "age", "academic-performance", "payment-transaction"],
  ["contract-conclusion-performance", "education-delivery", "payments-settlements"],
  ["contract", "consent"],
  { kind: "fixed", duration: "P3Y" },
  { consentGivenBy: "subject-or-representative", source: "subject" },
);

const ACCOUNTS = activity(
  "accounts",
  text("Пайдаланушы аккаунттары", "Учётные записи пользователей", "User accounts"),
  ["registered-user", "student", "legal-representative"],
  ["full-name", "email-address", "account-credentials", "school-class", "academic-performance", "ip-address"],
  ["account-authentication", "education-delivery", "service-communication"],
  ["consent-via-offer-acceptance", "consent"],
  {
    kind: "until-event",
    description: text(
      "Аккаунт жойылғанға дейін",
      "До удаления учётной записи",
      "Until the account is deleted",
    ),
  },
  { consentGivenBy: "subject-or-representative", source: "subject" },
);

const RIGHTS: Right[] = [
  "right-to-know-access",
  "right-to-rectify",
  "right-to-block",
  "right-to-destroy",
  "right-to-withdraw-consent",
  "right-to-complain-authority",
  "right-to-judicial-remedy",
].map((id) => ({ id }));

function base(audiences: Audience[], activities: Activity[]): PrivacyManifest {
  return {
    ...blankManifest(),
    authority: {
      name: text(
        "ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігінің Ақпараттық қауіпсіздік комитеті",
        "Комитет по информационной безопасности Министерства цифрового развития, инноваций и аэрокосмической промышленности РК",
        "Information Security Committee of the Ministry of Digital Development, Innovations and Aerospace Industry of Kazakhstan",
      ),
    },
    audiences,
    activities,
    storage: [{ id: "primary-kz", country: "KZ", kind: "primary" }],
    rights: RIGHTS,
  };
}

const visitor: Audience = { id: "website-visitor" };
const parent: Audience = { id: "legal-representative" };

export function templateManifest(id: TemplateId): PrivacyManifest {
  switch (id) {
    case "school-site":
      return base([visitor, parent], [WEBSITE, ANALYTICS, REQUESTS, CONSENT_RECORDS]);
    case "school-ediary":
      return base(
        [
          { id: "student", minors: true, representedBy: "legal-representative" },
          parent,
          { id: "staff" },
          visitor,
        ],
        [EDUCATION, STAFF, WEBSITE, REQUESTS, CONSENT_RECORDS],
      );
    case "kindergarten":
      return base(
        [
          { id: "preschool-child", minors: true, representedBy: "legal-representative" },
          parent,
          { id: "staff" },
          visitor,
        ],
        [PRESCHOOL, STAFF, WEBSITE, CONSENT_RECORDS],
      );
    case "training-centre":
      return base(
        [
          { id: "client-customer" },
          { id: "student", minors: true, representedBy: "legal-representative" },
          parent,
          visitor,
        ],
        [COURSES, WEBSITE, ANALYTICS, REQUESTS, CONSENT_RECORDS],
      );
    case "edtech":
      return base(
        [
          { id: "registered-user" },
          { id: "student", minors: true, representedBy: "legal-representative" },
          parent,
        ],
        [ACCOUNTS, ANALYTICS, CONSENT_RECORDS].map((a) =>
          a.id === "analytics" || a.id === "consent-records" ? { ...a, audiences: ["registered-user"] } : a,
        ),
      );
  }
}

export function blankManifest(): PrivacyManifest {
  return {
    schemaVersion: 1,
    manifestVersion: today(),
    published: today(),
    languages: ["kk", "ru"],
    defaultLanguage: "kk",
    operator: { name: "", country: "KZ" },
    audiences: [],
    activities: [],
  };
}
