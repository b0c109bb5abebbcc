// `kelisim scan` (the built bin) against fixture sites on 127.0.0.1: each site in
// test/fixtures/scan/<name>/ is served on its own port and reached as http://<name>.test/, and the
// third-party hosts are mapped to a local server too, all with --host-resolver-rules, so no request
// leaves the machine.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM_PATH } from "../support/chromium.ts";
import { REPO_ROOT, type StaticServer, startStaticServer } from "../support/static-server.ts";

const BIN = join(REPO_ROOT, "shared/cli/bin.mjs");
const FIXTURES = join(REPO_ROOT, "test/fixtures/scan");
const SITES = ["clean", "metrica", "undeclared", "cookie", "no-manifest", "invalid"];
const THIRD_PARTIES = ["mc.yandex.ru", "www.google-analytics.com"];

const servers: StaticServer[] = [];
let rules = "";
let slow: StaticServer;

beforeAll(async () => {
  const mapped: string[] = [];
  for (const site of SITES) {
    const server = await startStaticServer(join(FIXTURES, site));
    for (const file of readdirSync(join(REPO_ROOT, "dist/widget")).filter((name) => name.endsWith(".js")))
      server.route(`/kelisim/${file}`, {
        body: readFileSync(join(REPO_ROOT, "dist/widget", file)),
        headers: { "content-type": "text/javascript" },
      });
    servers.push(server);
    mapped.push(`MAP ${site}.test ${server.origin.slice("http://".length)}`);
  }
  const thirdParty = await startStaticServer(join(FIXTURES, "third-party"));
  servers.push(thirdParty);
  for (const host of THIRD_PARTIES) mapped.push(`MAP ${host} ${thirdParty.origin.slice("http://".length)}`);
  slow = await startStaticServer(join(FIXTURES, "clean"));
  slow.route("/", { delayMs: 10_000, body: "<!doctype html><title>late</title>" });
  servers.push(slow);
  mapped.push(`MAP slow.test ${slow.origin.slice("http://".length)}`, "MAP *.invalid ~NOTFOUND");
  rules = mapped.join(", ");
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const scan = (...args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve) => {
    const env = { ...process.env };
    delete env.KELISIM_CLI_SOURCE;
    const child = spawn(
      process.execPath,
      [BIN, "scan", ...args, "--browser", CHROMIUM_PATH, `--browser-arg=--host-resolver-rules=${rules}`],
      { env },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => resolve({ code, out, err }));
  });

const scanJson = async (url: string, ...args: string[]) => {
  const result = await scan(url, "--json", ...args);
  return { ...result, report: result.out ? JSON.parse(result.out) : null };
};

describe("kelisim scan: fixture sites", () => {
  test("clean site: exit 0; follows its same-site link, not the external one; gated Metrica is declared-but-not-seen", async () => {
    const { code, report, err } = await scanJson("http://clean.test/");
    expect(code, err).toBe(0);
    expect(report.clean).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.pages).toEqual(["http://clean.test/", "http://clean.test/about.html"]);
    expect(report.thirdParties).toEqual([]);
    expect(report.notSeen).toEqual([
      { technology: "metrica", kind: "script", what: "mc.yandex.ru", category: "analytics" },
    ]);
    expect(report.cookies.map((cookie: { name: string }) => cookie.name)).toEqual(["school_session"]);
  });

  test("clean site, human report in Kazakh; --pages 1 stops after the first page", async () => {
    const { code, out } = await scan("http://clean.test/", "--lang", "kk", "--pages", "1");
    expect(code).toBe(0);
    expect(out).toContain("kelisim scan http://clean.test/: 1 бет");
    expect(out).toContain("Таза: сайт манифестке қайшы келмейді.");
    expect(out).toContain("  - metrica (script: mc.yandex.ru; analytics)");
  });

  test("ungated Yandex Metrica on a linked page: contacted before consent, exit 1", async () => {
    const { code, report } = await scanJson("http://metrica.test/");
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: "before-consent",
        host: "mc.yandex.ru",
        reason: "no-consent",
        page: "http://metrica.test/news.html",
        tracker: expect.objectContaining({ organisation: expect.stringMatching(/Yandex/), country: "RU" }),
      }),
    ]);
    // Declared, so not "undeclared"; seen, so not "not seen".
    expect(report.notSeen.map((item: { technology: string }) => item.technology)).not.toContain("metrica");
    const human = await scan("http://metrica.test/", "--lang", "ru");
    expect(human.out).toMatch(/обращение до согласия: mc\.yandex\.ru \(.*Yandex.*, RU, analytics\)/);
  });

  test("undeclared tracker: Google Analytics with its organisation and country, exit 1", async () => {
    const { code, report } = await scanJson("http://undeclared.test/");
    expect(code).toBe(1);
    const kinds = report.findings.map((f: { kind: string; host?: string }) => `${f.kind} ${f.host}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "undeclared-host www.google-analytics.com",
        "before-consent www.google-analytics.com",
      ]),
    );
    const undeclared = report.findings.find((f: { kind: string }) => f.kind === "undeclared-host");
    expect(undeclared.tracker).toMatchObject({ organisation: "Google LLC", country: "US" });
    const human = await scan("http://undeclared.test/");
    expect(human.out).toContain(
      "undeclared third party: www.google-analytics.com (Google LLC, US, analytics)",
    );
  });

  test("a cookie and a storage key not in the manifest, and a declared cookie without a lifetime: exit 1", async () => {
    const { code, report } = await scanJson("http://cookie.test/");
    expect(code).toBe(1);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        { kind: "undeclared-cookie", name: "promo_seen" },
        { kind: "undeclared-storage", name: "visits", area: "local" },
        { kind: "cookie-without-lifetime", name: "school_pref", technology: "pref" },
      ]),
    );
    expect(report.findings).toHaveLength(3);
  });

  test("no manifest: exit 1, says so, and lists what it saw", async () => {
    const { code, out } = await scan("http://no-manifest.test/");
    expect(code).toBe(1);
    expect(out).toContain(
      "the site publishes no manifest (http://no-manifest.test/.well-known/privacy-manifest.json)",
    );
    expect(out).toContain("mc.yandex.ru");
    // Nothing declared, so nothing is judged against a declaration, but Metrica ran before any
    // consent: that is said in the findings all the same.
    expect(out).toMatch(/contacted before consent: mc\.yandex\.ru \(.*Yandex.*, RU, analytics\)/);
    const { report } = await scanJson("http://no-manifest.test/");
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: "before-consent", host: "mc.yandex.ru", reason: "no-consent" }),
    );
  });

  test("an invalid manifest: the validator's own words (which field is missing), and what ran before consent", async () => {
    const { code, out } = await scan("http://invalid.test/");
    expect(code).toBe(1);
    expect(out).toMatch(/\(root\) missing-field: Required field “\w+” is missing\./);
    expect(out).toMatch(/contacted before consent: mc\.yandex\.ru/);
    const russian = await scan("http://invalid.test/", "--lang", "ru");
    expect(russian.out).toMatch(/missing-field: Отсутствует обязательное поле «\w+»/);
  });

  test("--draft-technologies: a technologies section for what was seen", async () => {
    const { code, out } = await scan("http://no-manifest.test/", "--draft-technologies");
    expect(code).toBe(1);
    const { technologies } = JSON.parse(out);
    expect(technologies).toContainEqual(
      expect.objectContaining({
        kind: "script",
        domains: ["mc.yandex.ru"],
        firstParty: false,
        category: "analytics",
        country: "RU",
      }),
    );
    // Set by the tag on the school's own domain: known by name, not drafted as "necessary".
    expect(technologies).toContainEqual(
      expect.objectContaining({
        kind: "cookie",
        name: "_ym_uid",
        firstParty: true,
        category: "analytics",
        country: "RU",
      }),
    );
    expect(technologies).toContainEqual(
      expect.objectContaining({ kind: "local-storage", name: "_ym_d", category: "analytics", country: "RU" }),
    );
  });
});

describe("kelisim scan: could not scan (exit 2, one line with the reason)", () => {
  test("unreachable: DNS failure, refused connection, timeout", async () => {
    const dns = await scan("http://school.invalid/");
    expect(dns.code).toBe(2);
    expect(dns.err.trim()).toBe("kelisim scan: Could not open http://school.invalid/: ERR_NAME_NOT_RESOLVED");
    // A port that was just free: nothing listens there.
    const closed = await startStaticServer(FIXTURES);
    await closed.close();
    const refused = await scan(`${closed.origin}/`);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("ERR_CONNECTION_REFUSED");
    const late = await scan("http://slow.test/", "--timeout", "2");
    expect(late.code).toBe(2);
    expect(late.err).toContain("Could not open http://slow.test/: timeout");
  });

  test("no browser: a clear message naming --browser", async () => {
    const env = { ...process.env };
    delete env.KELISIM_CLI_SOURCE;
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [BIN, "scan", "http://clean.test/", "--browser", "/nonexistent/chrome"],
        {
          env,
        },
      );
      let err = "";
      child.stderr.on("data", (chunk) => (err += chunk));
      child.on("close", (code) => resolve({ code, err }));
    });
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe("kelisim scan: The --browser file does not exist: /nonexistent/chrome");
  });
});
