// The bundled tracker list covers the providers common on Kazakh school sites and is openly licensed.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { lookupTracker } from "../../../../shared/trackers/lookup.ts";
import list from "../../../../shared/trackers/trackers.json" with { type: "json" };

test.each([
  ["www.google-analytics.com", "/g/collect", "Google Analytics", "US"],
  ["www.googletagmanager.com", "/gtm.js", "Google Tag Manager", "US"],
  ["stats.g.doubleclick.net", "/", "Google Ads / DoubleClick", "US"],
  ["mc.yandex.ru", "/metrika/tag.js", "Yandex Metrica", "RU"],
  ["mc.yandex.kz", "/watch/1", "Yandex Metrica", "RU"],
  ["mc.yandex.com", "/watch/1", "Yandex Metrica", "RU"],
  ["mc.webvisor.org", "/metrika/tag_ww.js", "Yandex Metrica", "RU"],
  ["yandex.ru", "/clck/jsredir", "Yandex Metrica", "RU"],
  ["top-fwz1.mail.ru", "/counter", "Top.Mail.ru", "RU"],
  ["vk.com", "/js/api/openapi.js", "VK", "RU"],
  ["vk.com", "/rtrg", "VK Ads pixel", "RU"],
  ["connect.facebook.net", "/en_US/fbevents.js", "Meta Pixel / Facebook", "US"],
  ["analytics.tiktok.com", "/i18n/pixel/events.js", "TikTok Pixel", "SG"],
  ["static.hotjar.com", "/c/hotjar.js", "Hotjar", "MT"],
  ["www.clarity.ms", "/tag/x", "Microsoft Clarity", "US"],
  ["code.jivosite.com", "/widget/x", "JivoSite (Jivo)", "RU"],
  ["cdn-ru.bitrix24.kz", "/b1/crm/site_button/loader.js", "Bitrix24", "RU"],
  ["widgets.2gis.com", "/js/DGWidgetLoader.js", "2GIS", "RU"],
  ["www.youtube-nocookie.com", "/embed/x", "YouTube", "US"],
  ["maps.googleapis.com", "/maps/api/js", "Google Maps", "US"],
  ["api-maps.yandex.ru", "/2.1/", "Yandex Maps", "RU"],
])("%s%s is %s (%s)", (host, path, name, country) => {
  expect(lookupTracker(host, path)).toMatchObject({ name, country });
});

test("unknown hosts and look-alikes are not matched", () => {
  expect(lookupTracker("school.edu.kz")).toBeUndefined();
  expect(lookupTracker("notyandex.ru", "/clck")).toBeUndefined();
  expect(lookupTracker("yandex.ru", "/search")).toBeUndefined();
});

test("the list is CC0 and says so beside it", () => {
  expect(list.license).toBe("CC0-1.0");
  const licence = readFileSync(new URL("../../../../shared/trackers/LICENSE.md", import.meta.url), "utf8");
  expect(licence).toContain("CC0 1.0");
});
