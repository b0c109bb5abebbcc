import { describe, expect, it } from "vitest";
import { describeManifest } from "../../../../shared/manifest/by-audience.ts";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import { richManifest } from "./rich-manifest.ts";

const en = describeManifest(richManifest, "en", { siteOrigin: "https://school12.edu.kz" });
const kk = describeManifest(richManifest, "kk", { siteOrigin: "https://school12.edu.kz" });
const ru = describeManifest(richManifest, "ru");

const audience = (view: typeof en, id: string) => {
  const found = view.audiences.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no audience ${id}`);
  return found;
};
const activity = (view: typeof en, audienceId: string, id: string) => {
  const found = audience(view, audienceId).activities.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no activity ${id}`);
  return found;
};

describe("describeManifest: operator and contacts", () => {
  it("resolves the operator in the requested language with fallback", () => {
    expect(en.operator.name).toBe("Secondary School No. 12");
    expect(kk.operator.name).toBe("№ 12 жалпы білім беретін мектеп");
    // No English legal form: the default language (kk) is used.
    expect(en.operator.legalForm).toBe("Коммуналдық мемлекеттік мекеме");
    expect(ru.operator.legalForm).toBe("Коммунальное государственное учреждение");
    expect(en.operator.bin).toBe("123456789012");
    expect(en.operator.country).toEqual({ code: "KZ", name: "Kazakhstan" });
    expect(en.operator.email).toEqual({
      text: "info@school12.edu.kz",
      href: "mailto:info@school12.edu.kz",
      host: null,
    });
    expect(en.operator.phone?.href).toBe("tel:+77172550012");
    expect(en.operator.website).toEqual({
      text: "https://school12.edu.kz",
      href: "https://school12.edu.kz",
      host: "school12.edu.kz",
    });
  });

  it("describes the responsible person and never links a javascript: phone", () => {
    expect(en.responsiblePerson?.name).toBe("Айгерім Сәрсенова");
    expect(ru.responsiblePerson?.name).toBe("Айгерим Сарсенова");
    expect(en.responsiblePerson?.role).toBe("Deputy head");
    expect(en.responsiblePerson?.email?.href).toBe("mailto:dpo@school12.edu.kz");
    expect(en.responsiblePerson?.phone).toEqual({ text: "javascript:alert(1)", href: null, host: null });
  });

  it("falls back to Kazakhstan's authorised body when the manifest names none", () => {
    expect(en.authority.isDefault).toBe(true);
    expect(en.authority.name).toBe(
      "Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan",
    );
    expect(kk.authority.name).toBe(
      "Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі",
    );
    expect(ru.authority.role).toBe("Уполномоченный орган в сфере защиты персональных данных");
    const own = describeManifest(
      { ...richManifest, authority: { name: { ru: "Акимат" }, url: "https://gov.kz/akimat" } },
      "en",
    );
    expect(own.authority).toMatchObject({ name: "Акимат", isDefault: false, url: { host: "gov.kz" } });
  });
});

describe("describeManifest: audiences and activities", () => {
  it("lists audiences in manifest order with labels, minors and representation", () => {
    expect(en.audiences.map((entry) => entry.id)).toEqual([
      "student",
      "legal-representative",
      "staff",
      "x-coaches",
    ]);
    expect(audience(en, "student")).toMatchObject({
      label: "Student / pupil",
      minors: true,
      representedBy: { id: "legal-representative", label: "Parents" },
    });
    expect(audience(kk, "legal-representative").label).toBe("Ата-аналар");
    expect(audience(en, "staff").minors).toBe(false);
    expect(audience(en, "x-coaches").label).toBe("Жаттықтырушылар");
    expect(audience(en, "x-coaches").activities).toEqual([]);
  });

  it("puts an activity under every audience it names", () => {
    expect(audience(en, "student").activities.map((entry) => entry.id)).toEqual([
      "e-journal",
      "parent-contacts",
    ]);
    expect(audience(en, "legal-representative").activities.map((entry) => entry.id)).toEqual([
      "parent-contacts",
    ]);
    expect(audience(en, "staff").activities.map((entry) => entry.id)).toEqual(["hr"]);
  });

  it("sorts and labels data, marking special and elevated categories", () => {
    const journal = activity(en, "student", "e-journal");
    expect(journal.title).toBe("Electronic journal");
    expect(journal.data.map((item) => item.id)).toEqual([
      "full-name",
      "health-medical",
      "x-shoe-size",
      "academic-performance",
    ]);
    expect(journal.data[1]).toEqual({
      id: "health-medical",
      label: "Health information and medical records/certificates",
      group: "health",
      groupLabel: "Health",
      sensitivity: "special",
      special: true,
    });
    expect(journal.data[2]).toMatchObject({ label: "Shoe size", group: "health", special: false });
    expect(audience(en, "student")).toMatchObject({ hasSpecial: true, hasElevated: true });
    expect(audience(en, "legal-representative")).toMatchObject({ hasSpecial: false, hasElevated: false });
    expect(audience(en, "staff").hasElevated).toBe(true);
  });

  it("labels purposes, including custom ones with language fallback", () => {
    expect(activity(en, "student", "e-journal").purposes).toEqual([
      { id: "academic-record-keeping", label: expect.stringMatching(/\S/) },
      { id: "x-uniform-order", label: "Мектеп формасына тапсырыс" },
    ]);
    expect(activity(ru, "student", "e-journal").purposes[1]?.label).toBe("Заказ школьной формы");
  });

  it("classifies legal bases as consent, law, contract or other", () => {
    const bases = activity(en, "student", "e-journal").legalBases;
    expect(bases.map((basis) => [basis.id, basis.kind, basis.kindLabel])).toEqual([
      ["legal-obligation", "law", "Required by law"],
      ["written-consent", "consent", "Consent"],
    ]);
    expect(bases[0]?.note).toBe("Law on Education, Art. 47");
    const hr = activity(kk, "staff", "hr").legalBases;
    expect(hr.map((basis) => [basis.kind, basis.kindLabel])).toEqual([
      ["contract", "Шарт"],
      ["other", "Басқа негіз"],
    ]);
    expect(hr[0]?.note).toBeNull();
  });

  it("says who gives consent and whether it is mandatory", () => {
    expect(activity(en, "student", "e-journal").consentGivenBy).toEqual({
      id: "legal-representative",
      label: "A parent or other legal representative",
    });
    expect(activity(en, "student", "e-journal").mandatory).toBe(true);
    expect(activity(en, "staff", "hr").consentGivenBy).toBeNull();
    expect(activity(en, "staff", "hr").mandatory).toBeNull();
  });

  it("resolves recipients, storage and transfers", () => {
    const journal = activity(en, "student", "e-journal");
    expect(journal.recipients).toEqual([
      {
        id: "kundelik",
        label: "Kundelik LLP",
        kindLabel: expect.stringMatching(/\S/),
        role: "processor",
        roleLabel: "Processes data on the operator's instructions",
        country: { code: "KZ", name: "Kazakhstan" },
        domains: ["kundelik.kz", "*.kundelik.kz"],
      },
      expect.objectContaining({ id: "akimat", role: "state-body", roleLabel: "State body" }),
    ]);
    // An unnamed recipient is called by its taxonomy kind.
    expect(journal.recipients[1]?.label).toBe(journal.recipients[1]?.kindLabel);
    const contacts = activity(kk, "legal-representative", "parent-contacts");
    expect(contacts.storage.map((entry) => [entry.country, entry.abroad, entry.text])).toEqual([
      ["KZ", false, "Қазақстанда сақталады"],
      ["DE", true, "Германия аумағында сақталады"],
    ]);
    expect(contacts.storage[1]).toMatchObject({
      provider: "Hetzner",
      kind: "backup",
      kindLabel: "Сақтық көшірме",
    });
    expect(contacts.transfers).toEqual([
      {
        id: "to-de",
        toCountry: "DE",
        countryName: "Германия",
        basis: "consent",
        basisLabel: "Келісім негізінде",
        recipient: "«Күнделік» ЖШС",
        safeguards: "Encrypted backups",
        text: "Германия еліне беріледі",
      },
    ]);
  });

  it("writes retention as text in each language", () => {
    expect(activity(en, "student", "e-journal").retention).toBe(
      "Until a specified event, at most 5 years. Until the pupil leaves school",
    );
    expect(activity(ru, "student", "parent-contacts").retention).toBe("Срок хранения — 1 год");
    expect(activity(kk, "student", "parent-contacts").retention).toBe("1 жыл сақталады");
    expect(activity(ru, "staff", "hr").retention).toBe("В течение срока, установленного законодательством");
    expect(activity(kk, "student", "e-journal").retention).toBe(
      "Белгілі бір оқиға болғанға дейін (ең ұзақ мерзімі — 5 жыл). Оқушы мектепті бітіргенге дейін",
    );
  });

  it("resolves notes with fallback", () => {
    expect(activity(en, "student", "parent-contacts").note).toBe("Только для связи со школой");
    expect(activity(en, "student", "e-journal").note).toBeNull();
  });
});

describe("describeManifest: rights and link safety", () => {
  it("links email, https and egov channels and resolves site paths against the site origin", () => {
    const access = en.rights[0];
    expect(access?.label).toBe("Know about and access own data");
    expect(access?.channels.map((channel) => [channel.type, channel.href, channel.host])).toEqual([
      ["email", "mailto:dpo@school12.edu.kz", null],
      ["url", "https://school12.edu.kz/requests", "school12.edu.kz"],
      ["url", "https://school12.edu.kz/requests/form", "school12.edu.kz"],
      ["egov", "https://egov.kz/cms/ru", "egov.kz"],
      ["postal", null, null],
      ["in-person", null, null],
    ]);
    expect(access?.channels[4]).toMatchObject({ typeLabel: "By post", value: "Астана қ., Абай даңғылы, 10" });
    expect(access?.responseText).toBe("Answer within 10 days");
    expect(ru.rights[0]?.responseText).toBe("Ответ в течение 10 дней");
  });

  it("keeps site paths as text when no https site origin is known", () => {
    expect(ru.rights[0]?.channels[2]).toMatchObject({ text: "/requests/form", href: null });
  });

  it("never links javascript:, data:, http:, user-info tricks or malformed email", () => {
    const withdraw = en.rights[1];
    expect(withdraw?.channels.map((channel) => channel.href)).toEqual([null, null, null, null, null]);
    expect(withdraw?.channels[0]?.text).toBe("javascript:alert(document.cookie)");
    expect(withdraw?.responseText).toBe("Answer within 1 day");
    expect(withdraw?.note).toBe("Отзыв не влияет на прошлую обработку");
  });

  it("links the policy URL only when it is https", () => {
    expect(kk.policy.url).toEqual({
      text: "/kk/privacy",
      href: "https://school12.edu.kz/kk/privacy",
      host: "school12.edu.kz",
    });
    expect(en.policy.url).toEqual({ text: "http://school12.edu.kz/en/privacy", href: null, host: null });
  });
});

describe("describeManifest: technologies, third parties, changes, policy, storage", () => {
  it("groups technologies by consent category in the banner's order", () => {
    expect(en.technologies.map((group) => group.category.id)).toEqual(["necessary", "analytics", "x-chat"]);
    const [necessary, analytics, chat] = en.technologies;
    expect(necessary?.category).toMatchObject({ label: "Strictly necessary", required: true });
    expect(necessary?.technologies.map((tech) => [tech.name, tech.lifetime, tech.partyLabel])).toEqual([
      ["PHPSESSID", "Until you close the browser", "Set by this site"],
      ["kelisim", null, "Set by this site"],
    ]);
    expect(analytics?.category).toMatchObject({ label: "Сайт статистикасы", required: false });
    expect(kk.technologies[1]?.category.label).toBe("Сайт статистикасы");
    expect(analytics?.technologies[1]).toMatchObject({
      name: "_ym_uid",
      kindLabel: "Cookie",
      lifetime: "Expires after 1 year",
      provider: "Yandex",
      country: { code: "RU", name: "Russia" },
      firstParty: false,
      partyLabel: "Set by a third party",
    });
    expect(chat?.category).toEqual({ id: "x-chat", label: "x-chat", description: null, required: false });
    expect(ru.technologies[1]?.technologies[1]?.lifetime).toBe("Срок действия — 1 год");
  });

  it("lists recipients with web domains as third parties", () => {
    expect(en.thirdParties.map((party) => [party.id, party.domains])).toEqual([
      ["kundelik", ["kundelik.kz", "*.kundelik.kz"]],
      ["yandex", ["mc.yandex.ru"]],
    ]);
  });

  it("lists changes newest first", () => {
    expect(en.changes.map((change) => [change.version, change.material, change.summary])).toEqual([
      ["2026-09-01", true, "Backup abroad added"],
      ["2026-01-10", false, "First version"],
    ]);
    expect(ru.changes[0]?.summary).toBe("Шетелдегі сақтық көшірме қосылды");
    expect(ru.changes[1]?.heading).toBe("Версия 2026-01-10, 2026-01-10");
  });

  it("splits policy sections into paragraphs on blank lines", () => {
    expect(kk.policy.sections).toEqual([
      {
        id: "intro",
        title: "Жалпы ережелер",
        paragraphs: ["Бірінші абзац.", "Екінші абзац,\nекі жолда.", "Үшінші абзац."],
      },
    ]);
    expect(ru.policy.sections[0]?.paragraphs).toEqual(["Первый абзац.", "Второй абзац."]);
  });

  it("summarises where data is stored", () => {
    expect(en.storageSummary).toEqual({
      inKz: true,
      abroad: [{ code: "DE", name: "Germany" }],
      text: "Some data is stored abroad: Germany",
    });
    const kzOnly = describeManifest(
      { ...richManifest, storage: [{ id: "kz", country: "KZ" }], transfers: [] },
      "kk",
    );
    expect(kzOnly.storageSummary).toEqual({
      inKz: true,
      abroad: [],
      text: "Барлық деректер Қазақстанда сақталады",
    });
    const unknown = describeManifest({ ...richManifest, storage: [], transfers: [] }, "ru");
    expect(unknown.storageSummary.text).toBe("Место хранения данных не указано");
  });

  it("works on a minimal manifest", () => {
    const minimal: PrivacyManifest = {
      schemaVersion: 1,
      manifestVersion: "1",
      published: "2026-01-01",
      languages: ["ru"],
      defaultLanguage: "ru",
      operator: { name: "Школа", country: "KZ" },
      audiences: [{ id: "website-visitor" }],
      activities: [
        {
          id: "logs",
          title: "Журналы сервера",
          audiences: ["website-visitor"],
          data: ["ip-address"],
          purposes: ["information-security"],
          legalBasis: ["legal-obligation"],
          retention: { kind: "session" },
        },
      ],
    };
    const view = describeManifest(minimal, "kk");
    expect(view.operator).toMatchObject({ name: "Школа", legalForm: null, website: null, email: null });
    expect(view.responsiblePerson).toBeNull();
    expect(view.audiences[0]?.activities[0]?.retention).toBe("Сеанс аяқталғанға дейін");
    expect(view.rights).toEqual([]);
    expect(view.technologies).toEqual([]);
    expect(view.changes).toEqual([]);
    expect(view.policy).toEqual({ url: null, sections: [] });
    expect(view.storageSummary.text).toBe("Деректердің сақталатын жері көрсетілмеген");
  });
});
