// A deliberately rich manifest for the view-model tests: three audiences (pupils represented by
// parents, parents, staff), custom ids, storage in Kazakhstan and abroad, a transfer, cookies in
// several consent categories, rights with every channel type — and hostile links that must not
// become clickable.
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";

export const richManifest: PrivacyManifest = {
  schemaVersion: 1,
  manifestVersion: "2026-09-01",
  published: "2026-09-01",
  languages: ["kk", "ru", "en"],
  defaultLanguage: "kk",
  operator: {
    name: {
      kk: "№ 12 жалпы білім беретін мектеп",
      ru: "Общеобразовательная школа № 12",
      en: "Secondary School No. 12",
    },
    legalForm: { kk: "Коммуналдық мемлекеттік мекеме", ru: "Коммунальное государственное учреждение" },
    bin: "123456789012",
    address: "Астана қ., Абай даңғылы, 10",
    country: "KZ",
    website: "https://school12.edu.kz",
    email: "info@school12.edu.kz",
    phone: "+7 (7172) 55-00-12",
  },
  responsiblePerson: {
    name: { kk: "Айгерім Сәрсенова", ru: "Айгерим Сарсенова" },
    role: { kk: "Директордың орынбасары", ru: "Заместитель директора", en: "Deputy head" },
    email: "mailto:dpo@school12.edu.kz",
    phone: "javascript:alert(1)",
  },
  policy: {
    url: { kk: "/kk/privacy", ru: "/ru/privacy", en: "http://school12.edu.kz/en/privacy" },
    sections: [
      {
        id: "intro",
        title: { kk: "Жалпы ережелер", ru: "Общие положения", en: "General" },
        body: {
          kk: "Бірінші абзац.\n\nЕкінші абзац,\nекі жолда.\n \n\nҮшінші абзац.",
          ru: "Первый абзац.\r\n\r\nВторой абзац.",
        },
      },
    ],
  },
  audiences: [
    { id: "student", representedBy: "legal-representative" },
    { id: "legal-representative", label: { kk: "Ата-аналар", ru: "Родители", en: "Parents" } },
    { id: "staff", minors: false },
    { id: "x-coaches", label: { kk: "Жаттықтырушылар", ru: "Тренеры" } },
  ],
  activities: [
    {
      id: "e-journal",
      title: { kk: "Электрондық журнал", ru: "Электронный журнал", en: "Electronic journal" },
      audiences: ["student"],
      data: ["academic-performance", "full-name", "health-medical", "x-shoe-size", "full-name"],
      purposes: ["academic-record-keeping", "x-uniform-order"],
      legalBasis: ["legal-obligation", "written-consent"],
      legalReference: "Law on Education, Art. 47",
      consentGivenBy: "legal-representative",
      mandatory: true,
      retention: {
        kind: "until-event",
        duration: "P5Y",
        description: { kk: "Оқушы мектепті бітіргенге дейін", en: "Until the pupil leaves school" },
      },
      recipients: ["kundelik", "akimat"],
      storage: ["kz-dc"],
      source: "legal-representative",
    },
    {
      id: "parent-contacts",
      title: { kk: "Ата-ана байланыстары", ru: "Контакты родителей", en: "Parent contacts" },
      audiences: ["legal-representative", "student"],
      data: ["phone-number", "email-address", "legal-representative-relationship"],
      purposes: ["parent-school-communication"],
      legalBasis: ["consent"],
      consentGivenBy: "subject",
      retention: { kind: "fixed", duration: "P1Y" },
      storage: ["kz-dc", "eu-backup"],
      transfers: ["to-de"],
      note: { ru: "Только для связи со школой" },
    },
    {
      id: "hr",
      title: { kk: "Кадрлық есеп", ru: "Кадровый учёт", en: "HR records" },
      audiences: ["staff"],
      data: ["salary", "national-id-number", "bank-details"],
      purposes: ["hr-management", "payroll-pension"],
      legalBasis: ["contract", "legitimate-interests"],
      retention: { kind: "legal-requirement" },
    },
  ],
  recipients: [
    {
      id: "kundelik",
      kind: "it-service-providers",
      name: { kk: "«Күнделік» ЖШС", ru: "ТОО «Күнделік»", en: "Kundelik LLP" },
      role: "processor",
      country: "KZ",
      domains: ["kundelik.kz", "*.kundelik.kz"],
    },
    { id: "akimat", kind: "education-authorities", role: "state-body", country: "KZ" },
    {
      id: "yandex",
      kind: "analytics-providers",
      name: "Yandex Metrica",
      role: "third-party",
      country: "RU",
      domains: ["mc.yandex.ru"],
    },
  ],
  storage: [
    {
      id: "kz-dc",
      country: "KZ",
      provider: { kk: "ҚазТелеком деректер орталығы", ru: "ЦОД Казахтелеком" },
      kind: "primary",
    },
    { id: "eu-backup", country: "DE", provider: "Hetzner", kind: "backup" },
  ],
  transfers: [
    {
      id: "to-de",
      toCountry: "DE",
      basis: "consent",
      recipient: "kundelik",
      safeguards: { en: "Encrypted backups" },
    },
  ],
  consent: {
    categories: [
      { id: "necessary", required: true },
      { id: "analytics", label: { kk: "Сайт статистикасы", ru: "Статистика сайта" } },
      { id: "ip" },
    ],
  },
  technologies: [
    {
      id: "ym",
      kind: "script",
      domains: ["mc.yandex.ru"],
      firstParty: false,
      category: "analytics",
      provider: "Yandex",
      country: "RU",
    },
    {
      id: "ym-uid",
      kind: "cookie",
      name: "_ym_uid",
      firstParty: false,
      maxAgeSeconds: 31_536_000,
      category: "analytics",
      provider: "Yandex",
      country: "RU",
    },
    {
      id: "session",
      kind: "cookie",
      name: "PHPSESSID",
      firstParty: true,
      maxAgeSeconds: null,
      category: "necessary",
    },
    { id: "consent-db", kind: "indexeddb", name: "kelisim", firstParty: true, category: "necessary" },
    {
      id: "chat",
      kind: "iframe",
      domains: ["widget.jivosite.com"],
      firstParty: false,
      category: "x-chat",
      provider: "JivoSite",
    },
  ],
  rights: [
    {
      id: "right-to-know-access",
      channels: [
        { type: "email", value: "dpo@school12.edu.kz" },
        { type: "url", value: "https://school12.edu.kz/requests" },
        { type: "url", value: "/requests/form" },
        { type: "egov", value: "https://egov.kz/cms/ru" },
        { type: "postal", value: "Астана қ., Абай даңғылы, 10" },
        { type: "in-person", value: "Кабинет 5" },
      ],
      responseDays: 10,
    },
    {
      id: "right-to-withdraw-consent",
      channels: [
        { type: "url", value: "javascript:alert(document.cookie)" },
        { type: "url", value: "data:text/html,<script>alert(1)</script>" },
        { type: "url", value: "http://school12.edu.kz/withdraw" },
        { type: "url", value: "https://egov.kz@evil.example/phish" },
        { type: "email", value: "not an email <x@y.z>" },
      ],
      responseDays: 1,
      note: { ru: "Отзыв не влияет на прошлую обработку" },
    },
  ],
  customCategories: [
    {
      id: "x-shoe-size",
      label: { kk: "Аяқ киім өлшемі", ru: "Размер обуви", en: "Shoe size" },
      group: "health",
    },
  ],
  customPurposes: [
    { id: "x-uniform-order", label: { kk: "Мектеп формасына тапсырыс", ru: "Заказ школьной формы" } },
  ],
  changes: [
    {
      version: "2026-01-10",
      date: "2026-01-10",
      summary: { kk: "Алғашқы нұсқа", ru: "Первая версия", en: "First version" },
    },
    {
      version: "2026-09-01",
      date: "2026-09-01",
      summary: { kk: "Шетелдегі сақтық көшірме қосылды", en: "Backup abroad added" },
      material: true,
    },
  ],
};
