// The built extensions as shipped: exact permission lists for both builds (a new permission must be a
// deliberate change to this test), the Firefox specifics, and `web-ext lint` with 0 errors.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/static-server.ts";

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(resolve(REPO_ROOT, "dist", dir, "manifest.json"), "utf8")) as Record<
    string,
    unknown
  >;

describe.each(["extension", "extension-firefox"])("dist/%s/manifest.json", (dir) => {
  const manifest = readManifest(dir);

  test("asks for exactly activeTab, scripting and storage at install", () => {
    expect(manifest.permissions).toEqual(["activeTab", "scripting", "storage"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  test("keeps host access, webRequest and cookies optional", () => {
    expect(manifest.optional_permissions).toEqual(["webRequest", "cookies"]);
    expect(manifest.optional_host_permissions).toEqual(["http://*/*", "https://*/*"]);
  });

  test("exposes no file to web pages and loads no remote code", () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*)/);
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

test("the Chromium build runs a module service worker", () => {
  expect(readManifest("extension").background).toEqual({
    service_worker: "service-worker-loader.js",
    type: "module",
  });
});

test("the Firefox build has a gecko id, declares no data collection and uses background scripts", () => {
  const manifest = readManifest("extension-firefox");
  expect(manifest.background).toMatchObject({ scripts: ["service-worker-loader.js"] });
  expect(manifest.browser_specific_settings).toEqual({
    gecko: {
      id: "kelisim@kelisim.kz",
      strict_min_version: "142.0",
      data_collection_permissions: { required: ["none"] },
    },
  });
});

test("web-ext lint passes the Firefox build with 0 errors", () => {
  const bin = resolve(REPO_ROOT, "node_modules/.bin/web-ext");
  const run = spawnSync(
    bin,
    ["lint", "--source-dir", "dist/extension-firefox", "--output", "json", "--no-input"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  const json = run.stdout.slice(run.stdout.indexOf("{"));
  const report = JSON.parse(json) as { count: number; errors: { code: string; message: string }[] };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
});
