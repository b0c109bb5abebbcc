// Properties of the view model that must hold for any input, not just the fixture: links only
// ever point to mailto:, tel: or https:, and no manifest `Text` object leaks into the output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeManifest } from "../../../../shared/manifest/by-audience.ts";
import type { ChannelType } from "../../../../shared/manifest/types.ts";
import { channelLink, emailLink, httpsLink, phoneLink } from "../../../../shared/manifest/view-links.ts";
import { richManifest } from "./rich-manifest.ts";

const SAFE_HREF = /^(mailto:|tel:|https:\/\/)/;
const CHANNEL_TYPES: ChannelType[] = ["email", "url", "postal", "in-person", "egov"];

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:msgbox",
    "http://school.kz",
    "//evil.example/path",
    "https://school.kz@evil.example",
    "https://user:pass@school.kz/",
    "mailto:x@y.kz?body=<script>",
    "tel:javascript:alert(1)",
  ),
  fc
    .tuple(fc.constantFrom("http", "https", "ftp", "javascript", "data"), fc.webUrl())
    .map(([scheme, url]) => url.replace(/^https?/, scheme)),
);

describe("link safety", () => {
  it("only ever produces mailto:, tel: or https: hrefs", () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...CHANNEL_TYPES), (value, type) => {
        for (const link of [
          httpsLink(value),
          httpsLink(value, "https://school.kz"),
          httpsLink(value, "http://school.kz"),
          emailLink(value),
          phoneLink(value),
          channelLink(type, value, "https://school.kz"),
        ]) {
          if (link.href !== null) expect(link.href).toMatch(SAFE_HREF);
          // What is shown is always the manifest's own text, never something we made up.
          expect(value.includes(link.text) || link.text === value.trim()).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rejects the classic tricks", () => {
    expect(httpsLink("javascript:alert(1)").href).toBeNull();
    expect(httpsLink("data:text/html,x").href).toBeNull();
    expect(httpsLink("http://school.kz").href).toBeNull();
    expect(httpsLink("//evil.example/x", "https://school.kz").href).toBeNull();
    expect(httpsLink("https://school.kz@evil.example").href).toBeNull();
    expect(httpsLink("/privacy", "http://school.kz").href).toBeNull();
    expect(phoneLink("tel:javascript:alert(1)").href).toBeNull();
    expect(emailLink("a@b.kz?cc=evil@x.kz").href).toBeNull();
    expect(httpsLink("https://school.kz/a b").href).toBeNull();
  });

  it("accepts ordinary contact details", () => {
    expect(httpsLink("https://egov.kz/cms/ru").href).toBe("https://egov.kz/cms/ru");
    expect(httpsLink("/privacy", "https://school.kz").href).toBe("https://school.kz/privacy");
    expect(emailLink("MAILTO:info@school.kz").href).toBe("mailto:info@school.kz");
    expect(phoneLink("8 (727) 123-45-67").href).toBe("tel:87271234567");
  });
});

function leaves(value: unknown, path: string, out: [string, unknown][]): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) leaves(item, `${path}[${index}]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) leaves(item, `${path}.${key}`, out);
  } else {
    out.push([path, value]);
  }
}

describe("view model output", () => {
  it.each(["kk", "ru", "en"] as const)(
    "is plain data with no Text objects and no empty labels (%s)",
    (lang) => {
      const view = describeManifest(richManifest, lang, { siteOrigin: "https://school12.edu.kz" });
      const out: [string, unknown][] = [];
      leaves(view, "view", out);
      for (const [path, value] of out) {
        expect(["string", "number", "boolean"].includes(typeof value) || value === null, path).toBe(true);
        if (/\.(label|title|name|text|retention|kindLabel|typeLabel|groupLabel)$/.test(path)) {
          // null means "not given"; a string must say something.
          expect(
            value === null || (typeof value === "string" && value.trim() !== ""),
            `${path} is empty`,
          ).toBe(true);
        }
      }
      // Nothing in the output is a manifest Text object: any object left would have shown up above
      // as a leaf path ending in .kk/.ru/.en.
      expect(out.some(([path]) => /\.(kk|ru|en)$/.test(path))).toBe(false);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    },
  );
});
