// Watch mode's request log: first request per host per tab, reset by a new page load, ignoring
// background (tab -1) and non-http requests.
import { expect, test } from "vitest";
import { readWatched } from "../../../extension/background/stores.ts";
import { recordRequest } from "../../../extension/background/watch-record.ts";
import { fakePlatform } from "./fake-platform.ts";

test("keeps the earliest request per host and starts again on a new page load", async () => {
  const platform = fakePlatform();
  const request = (type: string, url: string, timeStamp: number, tabId = 3) =>
    recordRequest(platform, { tabId, type, url, timeStamp });
  await request("script", "https://mc.yandex.ru/metrika/tag.js?id=1", 10);
  await request("image", "https://mc.yandex.ru/watch/1", 20);
  await request("script", "https://www.googletagmanager.com/gtm.js", 30);
  await request("image", "data:image/gif;base64,R0lGOD", 40);
  await request("xmlhttprequest", "https://mc.yandex.ru/x", 50, -1);
  expect(await readWatched(platform.session, 3)).toEqual([
    { host: "mc.yandex.ru", path: "/metrika/tag.js", startedAt: 10 },
    { host: "www.googletagmanager.com", path: "/gtm.js", startedAt: 30 },
  ]);
  await request("main_frame", "https://school.example/next", 60);
  expect(await readWatched(platform.session, 3)).toEqual([]);
});
