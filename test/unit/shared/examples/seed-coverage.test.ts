// The coverage checks must catch a manifest that drops something its policy says; otherwise the
// example tests would pass on any manifest. Each case removes one fact from a real example.

import { describe, expect, it } from "vitest";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import {
  falselyDeclared,
  missingDataByGroup,
  missingLegalBases,
  missingPurposes,
  missingRecipients,
  missingRights,
  missingTransferStatements,
  readExample,
  readLabels,
} from "./seed-coverage.ts";

const fresh = (file: string): PrivacyManifest => structuredClone(readExample(file)) as PrivacyManifest;

describe("seed coverage checks", () => {
  it("report a data category dropped from the only activity of its audience", () => {
    const m = fresh("kundelik.json");
    for (const a of m.activities) a.data = a.data.filter((id) => id !== "hr-records");
    const groups = { "ministry-staff": ["education-authority-staff"] };
    const seed = readLabels("000-kundelik.json");
    seed.subject_groups = seed.subject_groups.filter((g) => g.group_id === "ministry-staff");
    expect(missingDataByGroup(m, seed, groups)).toEqual(["ministry-staff: hr-records"]);
  });

  it("report a category declared only for the wrong audience", () => {
    const m = fresh("tamos-education.json");
    // Move the parents' contact activity to staff: the parents' items are then missing.
    const parents = m.activities.find((a) => a.id === "parent-contacts");
    if (parents) parents.audiences = ["staff"];
    const seed = readLabels("003-tamos-education.json");
    seed.subject_groups = seed.subject_groups.filter((g) => g.group_id === "parents");
    expect(missingDataByGroup(m, seed, { parents: ["legal-representative"] })).toEqual([
      "parents: full-name",
      "parents: phone-number",
    ]);
  });

  it("report dropped purposes, bases, rights and recipients", () => {
    const m = fresh("ecsa-me.json");
    const seed = readLabels("004-ecsa-me.json");
    for (const a of m.activities) {
      a.purposes = a.purposes.filter((id) => id !== "visa-immigration-support");
      a.legalBasis = a.legalBasis.filter((id) => id !== "vital-interests");
      a.recipients = (a.recipients ?? []).filter((id) => id !== "insurer");
    }
    m.rights = (m.rights ?? []).filter((r) => r.id !== "right-to-compensation");
    expect(missingPurposes(m, seed)).toEqual(["visa-immigration-support"]);
    expect(missingLegalBases(m, seed)).toEqual(["vital-interests"]);
    expect(missingRecipients(m, seed)).toEqual(["insurance-companies"]);
    expect(missingRights(m, seed)).toEqual(["right-to-compensation"]);
  });

  it("report transfer statements that the manifest contradicts or loses", () => {
    const portal = fresh("preschool-queue-portal.json");
    portal.storage = [{ id: "abroad", country: "DE" }];
    expect(missingTransferStatements(portal, readLabels("002-preschool-queue-portal.json"))).toEqual([
      "stored-in-kz",
    ]);

    const school = fresh("shokan-ualikhanov-school.json");
    school.transfers = [{ id: "invented", toCountry: "US", basis: "consent" }];
    expect(missingTransferStatements(school, readLabels("001-shokan-ualikhanov-school.json"))).toEqual([
      "not-stated",
    ]);

    const tamos = fresh("tamos-education.json");
    tamos.policy = { sections: [] };
    expect(missingTransferStatements(tamos, readLabels("003-tamos-education.json"))).toEqual([
      "cross-border-only-adequate",
      "cross-border-with-safeguards",
    ]);

    const ecsa = fresh("ecsa-me.json");
    delete ecsa.transfers;
    expect(missingTransferStatements(ecsa, readLabels("004-ecsa-me.json"))).toEqual(["cross-border-implied"]);
  });

  it("report categories the policy only mentions in a definition", () => {
    const m = fresh("tamos-education.json");
    m.activities[0]?.data.push("political-opinions");
    expect(falselyDeclared(m, readLabels("003-tamos-education.json"))).toEqual(["political-opinions"]);
  });
});
