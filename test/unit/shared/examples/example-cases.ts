// Which seed labels each example answers to, how the labels' subject groups map onto the manifest's
// audiences, and the lint warnings each example must draw. Every warning is a real gap in the source
// policy; the comment beside it says which.

export interface ExampleCase {
  manifest: string;
  labels: string;
  /** seed-label `group_id` → manifest audience ids (a category must appear under one of them) */
  groupAudiences: Record<string, string[]>;
  /** `code path`, sorted or not */
  warnings: string[];
}

export const EXAMPLE_CASES: ExampleCase[] = [
  {
    manifest: "kundelik.json",
    labels: "000-kundelik.json",
    groupAudiences: {
      // The label groups follow §3 of the policy; "all-users" is every account type of the system.
      "all-users": ["education-authority-staff", "educator-user", "student", "legal-representative"],
      "ministry-staff": ["education-authority-staff"],
      "local-and-state-bodies-staff": ["education-authority-staff"],
      "school-staff": ["educator-user"],
      pupils: ["student"],
      parents: ["legal-representative"],
    },
    warnings: [
      // Persons responsible for data security are "appointed", but neither named nor reachable.
      "no-responsible-person ",
      // Only the Kazakh page's address is known; the policy just says a Russian version exists.
      "text-missing-language /policy/url",
    ],
  },
  {
    manifest: "shokan-ualikhanov-school.json",
    labels: "001-shokan-ualikhanov-school.json",
    groupAudiences: {
      // §3.1 lists pupils and their legal representatives together.
      "3.1-pupils-and-legal-representatives": ["student", "legal-representative"],
      "3.2-staff-and-candidates": ["staff", "job-candidate"],
      "3.3-online-visitors-and-users": ["website-visitor", "registered-user"],
      "3.4-cctv": ["cctv-subject"],
    },
    warnings: [
      // §5.1 lists the operator's "legitimate interests", which is not a ground under 94-V; the
      // policy ties no basis to an activity, so it sits on the website and CCTV activities.
      "legitimate-interests-basis /activities/4/legalBasis/1",
      "legitimate-interests-basis /activities/5/legalBasis/0",
      // The policy names who approved and prepared it, but no person responsible for processing.
      "no-responsible-person ",
      // Paper and electronic media are mentioned, but not where (which country) data are kept.
      "no-storage-in-kz ",
    ],
  },
  {
    manifest: "preschool-queue-portal.json",
    labels: "002-preschool-queue-portal.json",
    groupAudiences: {
      // The parent is also the portal's registered user.
      "legal-representative": ["legal-representative"],
      "contract-signatory": ["contract-signatory"],
      child: ["preschool-child"],
    },
    warnings: [
      // The rules do not even name the operator ("the service provider"), let alone a person.
      "no-responsible-person ",
      // The child's health passport and medical card rest only on accepting a public offer.
      "special-data-without-consent /activities/2/data/3",
    ],
  },
  {
    manifest: "tamos-education.json",
    labels: "003-tamos-education.json",
    groupAudiences: {
      staff: ["staff"],
      pupils: ["student"],
      parents: ["legal-representative"],
    },
    warnings: [
      // Consent is sought for pupils' sensitive data, but the policy never says a parent gives it.
      "minors-without-representative-consent /activities/2",
      // Records are on paper and on computer; where they are kept is not said.
      "no-storage-in-kz ",
    ],
  },
  {
    manifest: "ecsa-me.json",
    labels: "004-ecsa-me.json",
    groupAudiences: {
      // §3.2.1 is tied to the applicant service but mixes in an employee template.
      "3.2.1-applicant-service-role": ["applicant", "staff"],
      "3.2.2-clients-contractors-foreigners": [
        "client-customer",
        "contractor-counterparty",
        "foreign-national",
      ],
    },
    warnings: [
      // Responsible persons are "appointed" but unnamed, and staff will not answer by phone.
      "no-responsible-person ",
      // No storage location at all, though data go to Russian and other foreign universities.
      "no-storage-in-kz ",
      // Only the English page's address is known; the policy only says it is on www.ecsa.me.
      "text-missing-language /policy/url",
    ],
  },
];

/** Not from a seed: a typical school website, visitors only. */
export const SMALL_SCHOOL_SITE: Omit<ExampleCase, "labels" | "groupAudiences"> = {
  manifest: "small-school-site.json",
  // Written to show a compliant site: responsible person, storage in KZ, every transfer declared.
  warnings: [],
};
