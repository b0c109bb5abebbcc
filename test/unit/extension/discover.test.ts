// @vitest-environment happy-dom
// Discovery order, size cap, timeout and HTTP failures of the content script's manifest lookup.
import { describe, expect, test } from "vitest";
import { fetchManifest, findDeclarationInDom, wellKnownUrl } from "../../../extension/content/discover.ts";
import { cookieNames, pageCookieNames, storageKeys } from "../../../extension/content/observe.ts";

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument("t");
  doc.documentElement.innerHTML = html;
  return doc;
}

describe("findDeclarationInDom", () => {
  const all = `<head><link rel="privacy-manifest" href="https://school.example/a.json">
    <script data-manifest="https://school.example/b.json"></script>
    <script type="application/json" id="privacy-manifest">{"inline":true}</script></head>`;
  test("prefers the link, then the widget's data-manifest, then inline JSON", () => {
    expect(findDeclarationInDom(page(all))).toEqual({ source: "link", url: "https://school.example/a.json" });
    const noLink = all.replace(/<link[^>]+>/, "");
    expect(findDeclarationInDom(page(noLink))).toEqual({
      source: "widget-script",
      url: "https://school.example/b.json",
    });
    const inlineOnly = noLink.replace(/<script data-manifest[^<]+<\/script>/, "");
    expect(findDeclarationInDom(page(inlineOnly))).toEqual({ source: "inline", text: '{"inline":true}' });
    expect(findDeclarationInDom(page("<p>nothing</p>"))).toBeNull();
  });
  test("ignores empty and non-http links", () => {
    const doc = page(
      '<link rel="privacy-manifest" href="javascript:alert(1)"><script data-manifest=""></script>',
    );
    expect(findDeclarationInDom(doc)).toBeNull();
  });
  test("the fallback is the well-known address of the page's origin", () => {
    expect(wellKnownUrl("https://school.example")).toBe(
      "https://school.example/.well-known/privacy-manifest.json",
    );
  });
});

describe("fetchManifest", () => {
  const respond = (body: string, init: ResponseInit = {}) =>
    (async () => new Response(body, init)) as typeof fetch;
  test("returns the text of a normal response", async () => {
    expect(await fetchManifest("https://s/x.json", respond('{"a":1}'))).toEqual({
      status: 200,
      text: '{"a":1}',
    });
  });
  test("refuses a body over the cap while streaming", async () => {
    const outcome = await fetchManifest("https://s/x.json", respond("x".repeat(2_000)), {
      maxBytes: 1_000,
      timeoutMs: 1_000,
    });
    expect(outcome).toEqual({ status: 200, failure: "too-large" });
  });
  test("reports HTTP errors with their status", async () => {
    expect(await fetchManifest("https://s/x.json", respond("", { status: 404 }))).toEqual({
      status: 404,
      failure: "http",
    });
  });
  test("gives up after the timeout", async () => {
    const hang = ((_url: string, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      )) as typeof fetch;
    expect(await fetchManifest("https://s/x.json", hang, { maxBytes: 10, timeoutMs: 20 })).toEqual({
      failure: "timeout",
    });
  });
});

describe("observe", () => {
  test("cookie names only, never values", () => {
    expect(cookieNames("sid=secret; _ym_uid=123; sid=again")).toEqual(["sid", "_ym_uid"]);
  });
  test("cookie names come from the asynchronous Cookie Store when the page has one", async () => {
    const store = {
      getAll: async () => [{ name: "sid", value: "secret" }, { name: "_ga" }, { name: "sid" }],
    };
    const fromString = () => ["not-used"];
    expect(await pageCookieNames(fromString, store)).toEqual(["sid", "_ga"]);
  });
  test("cookie names fall back to document.cookie without a Cookie Store, or when it fails", async () => {
    const failing = { getAll: () => Promise.reject(new Error("SecurityError")) };
    expect(await pageCookieNames(() => ["sid"], null)).toEqual(["sid"]);
    expect(await pageCookieNames(() => ["sid"], failing)).toEqual(["sid"]);
  });
  test("storage keys, and nothing when storage is blocked", () => {
    localStorage.setItem("theme", "dark");
    expect(storageKeys(() => localStorage)).toContain("theme");
    expect(
      storageKeys(() => {
        throw new DOMException("blocked", "SecurityError");
      }),
    ).toEqual([]);
  });
});
