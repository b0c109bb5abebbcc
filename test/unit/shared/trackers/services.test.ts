// Known services come from the one tracker list; declaring one gives the technologies, recipient and
// transfer a school must publish, with ids that do not clash with the manifest's.
import { expect, test } from "vitest";
import { lookupTracker } from "../../../../shared/trackers/lookup.ts";
import { declareService, KNOWN_SERVICES } from "../../../../shared/trackers/services.ts";

const byId = (id: string) => {
  const service = KNOWN_SERVICES.find((s) => s.id === id);
  if (service === undefined) throw new Error(`no service ${id}`);
  return service;
};

test("the services the issue names are known, each a row of the tracker list", () => {
  const names = KNOWN_SERVICES.map((s) => s.name);
  for (const name of [
    "Yandex Metrica",
    "Google Analytics",
    "YouTube",
    "2GIS",
    "JivoSite (Jivo)",
    "Bitrix24",
    "VK",
    "Top.Mail.ru",
  ]) {
    expect(names).toContain(name);
  }
  for (const service of KNOWN_SERVICES) {
    // Every declared domain is one the extension and the scanner attribute to the same service.
    for (const domain of service.domains) expect(lookupTracker(domain)?.name, domain).toBe(service.name);
  }
});

test("Yandex Metrica: the tag, its four first-party cookies, the recipient and a transfer to Russia", () => {
  const declared = declareService(byId("yandex-metrica"), "analytics", []);
  expect(declared.technologies.map((t) => [t.id, t.kind, t.name, t.maxAgeSeconds, t.firstParty])).toEqual([
    ["yandex-metrica", "script", "Yandex Metrica", undefined, false],
    ["yandex-metrica-ym-uid", "cookie", "_ym_uid", 31536000, true],
    ["yandex-metrica-ym-d", "cookie", "_ym_d", 31536000, true],
    ["yandex-metrica-ym-isad", "cookie", "_ym_isad", 172800, true],
    ["yandex-metrica-ym-visorc", "cookie", "_ym_visorc", 1800, true],
  ]);
  expect(declared.technologies.every((t) => t.category === "analytics" && t.country === "RU")).toBe(true);
  expect(declared.recipient).toMatchObject({
    kind: "analytics-providers",
    country: "RU",
    role: "third-party",
  });
  expect(declared.transfer).toMatchObject({
    toCountry: "RU",
    recipient: declared.recipient.id,
    basis: "consent",
  });
});

test("a YouTube embed's cookies are set on youtube.com, one of them a session cookie; ids avoid clashes", () => {
  const declared = declareService(byId("youtube-embed"), "ip", ["youtube-embed", "youtube-embed-ysc"]);
  const ids = [...declared.technologies.map((t) => t.id), declared.recipient.id, declared.transfer?.id];
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).not.toContain("youtube-embed");
  const ysc = declared.technologies.find((t) => t.name === "YSC");
  expect(ysc).toMatchObject({ maxAgeSeconds: null, firstParty: false, domains: ["youtube.com"] });
});

test("a provider in Kazakhstan needs no transfer abroad", () => {
  expect(declareService(byId("zero-kz"), "analytics", []).transfer).toBeNull();
});
