// Strings both the widget's policy viewer and the extension popup need to render a manifest.
// The pattern every catalog follows: English is the source of truth (`as const satisfies`), its
// keys are a type, and ru/kk are typed `Record<Key, Message>` so a missing key fails the typecheck.
import type { Message } from "./format.ts";

export const commonEn = {
  "lang.label": "Language",
  // Language names are written in their own language so a visitor finds theirs in any UI language.
  "lang.kk": "Қазақша",
  "lang.ru": "Русский",
  "lang.en": "English",

  "section.operator": "Who processes your data",
  "section.responsiblePerson": "Person responsible for personal data processing",
  "section.authority": "Where to complain",
  "section.audiences": "What data is processed, and about whom",
  "section.rights": "Your rights and how to use them",
  "section.technologies": "Cookies and similar technologies",
  "section.thirdParties": "Third parties",
  "section.storage": "Where data is stored",
  "section.changes": "Change history",
  "section.policy": "Full text of the policy",

  "operator.legalForm": "Legal form",
  "operator.bin": "BIN",
  "operator.address": "Address",
  "operator.email": "Email",
  "operator.phone": "Phone",
  "operator.website": "Website",
  "authority.label": "Authorised body for personal data protection",
  "authority.defaultName":
    "Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan",

  "audience.minors": "Minors",
  "audience.representedBy": "Legal representatives: {audience}",

  "field.data": "Data",
  "field.purposes": "Purposes",
  "field.legalBasis": "Legal basis",
  "field.legalReference": "Legal reference",
  "field.consentGivenBy": "Who gives consent",
  "field.recipients": "Who receives the data",
  "field.storage": "Where it is stored",
  "field.transfers": "Transfers abroad",
  "field.retention": "How long it is kept",
  "field.note": "Note",
  "field.mandatory": "Required to use the service",
  "field.optional": "Optional: you can use the service without it",

  "basis.consent": "Consent",
  "basis.law": "Required by law",
  "basis.contract": "Contract",
  "basis.other": "Other basis",

  "consentBy.subject": "The person themselves",
  "consentBy.legal-representative": "A parent or other legal representative",
  "consentBy.subject-or-representative": "The person or their legal representative",

  "data.special": "Special category",
  "data.elevated": "Elevated risk",

  "storage.kz": "Stored in Kazakhstan",
  "storage.abroad": "Stored abroad",
  "storage.in": "Stored in {country}",
  "storage.kind.primary": "Main storage",
  "storage.kind.backup": "Backup copy",
  "storage.kind.cdn": "Content delivery network",
  "storage.summaryKzOnly": "All data is stored in Kazakhstan",
  "storage.summaryAbroad": "Some data is stored abroad: {countries}",
  "storage.summaryUnknown": "The storage location is not stated",

  "transfer.to": "Transferred to {country}",
  "transferBasis.consent": "On the basis of consent",
  "transferBasis.adequate-protection": "The country ensures protection of personal data",
  "transferBasis.law": "As provided by law",
  "transferBasis.treaty": "Under an international treaty",
  "transferBasis.other": "On another basis",

  "role.processor": "Processes data on the operator's instructions",
  "role.third-party": "Third party",
  "role.state-body": "State body",
  "role.public": "Made public",

  "retention.session": "Until the end of the session",
  "retention.fixed": "Kept for {duration}",
  "retention.fixedUnstated": "For a fixed period",
  "retention.until-purpose": "Until the purpose of processing is achieved",
  "retention.until-event": "Until a specified event",
  "retention.legal-requirement": "For the period set by law",
  "retention.atMost": "{text}, at most {duration}",

  "channel.email": "Email",
  "channel.url": "Website",
  "channel.postal": "By post",
  "channel.in-person": "In person",
  "channel.egov": "eGov portal",
  "rights.responseDays": { one: "Answer within {count} day", other: "Answer within {count} days" },

  "consentCategory.necessary": "Strictly necessary",
  "consentCategory.ip": "IP address and embedded content",
  "consentCategory.analytics": "Analytics",
  "consentCategory.preferences": "Preferences",
  "consentCategory.media": "Media",
  "consentCategory.marketing": "Marketing",

  "tech.kind.cookie": "Cookie",
  "tech.kind.local-storage": "Local storage",
  "tech.kind.session-storage": "Session storage",
  "tech.kind.indexeddb": "Browser database (IndexedDB)",
  "tech.kind.script": "Script",
  "tech.kind.iframe": "Embedded content",
  "tech.kind.pixel": "Tracking pixel",
  "tech.kind.font": "Web font",
  "tech.kind.other": "Other technology",
  "tech.session": "Until you close the browser",
  "tech.lifetime": "Expires after {duration}",
  "tech.firstParty": "Set by this site",
  "tech.thirdParty": "Set by a third party",
  "tech.provider": "Provider",

  "thirdParties.domains": "Domains",
  "changes.version": "Version {version}, {date}",
  "changes.material": "Significant change",
  "common.notStated": "Not stated",
} as const satisfies Record<string, Message>;

export type CommonKey = keyof typeof commonEn;
