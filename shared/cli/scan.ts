// `kelisim scan <url> [--pages N] [--lang kk|ru|en] [--json] [--draft-technologies] [--browser path]
// [--timeout seconds]`: visits a live site in headless Chromium as a first-time visitor who does not
// answer the banner, and compares what it did with the manifest it publishes.
// Exit 0 clean, 1 contradictions (or no valid manifest), 2 could not scan (no browser, DNS, TLS,
// refused, timeout: one line with the reason) or a usage error. Made for a nightly CI job.
import { parseManifest } from "../manifest/parse.ts";
import { LANGUAGES, type Language, type PrivacyManifest } from "../manifest/types.ts";
import { type Analysis, analyse, draftTechnologies, type ScanFinding } from "./scan-analyse.ts";
import { type BrowserProblem, findBrowser, launchBrowser } from "./scan-browser.ts";
import { type Crawl, crawl, fetchManifestText } from "./scan-crawl.ts";
import { type ScanMessageKey, scanMessage } from "./scan-messages.ts";

export interface ScanIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  url: string;
  pages: number;
  lang: Language;
  json: boolean;
  draft: boolean;
  browser?: string;
  timeoutMs: number;
  /** Extra Chromium switches (tests map hosts with --host-resolver-rules). */
  browserArgs: string[];
}

type Usage = { usage: string; lang: Language; help?: true };

const parseArgs = (argv: string[]): Options | Usage => {
  const options: Options = {
    url: "",
    pages: 10,
    lang: "en",
    json: false,
    draft: false,
    timeoutMs: 30_000,
    browserArgs: [],
  };
  const urls: string[] = [];
  const bad = (value: string): Usage => ({
    usage: scanMessage("badOption", options.lang, { value }),
    lang: options.lang,
  });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const valued = /^--(pages|lang|browser|timeout|browser-arg)(?:=(.*))?$/.exec(arg);
    if (valued) {
      const value = valued[2] ?? argv[++i];
      if (value === undefined || value === "") return bad(arg);
      if (valued[1] === "pages") {
        if (!/^\d+$/.test(value) || Number(value) < 1) return bad(`--pages ${value}`);
        options.pages = Number(value);
      } else if (valued[1] === "timeout") {
        if (!/^\d+$/.test(value) || Number(value) < 1) return bad(`--timeout ${value}`);
        options.timeoutMs = Number(value) * 1000;
      } else if (valued[1] === "lang") {
        if (!LANGUAGES.includes(value as Language)) return bad(`--lang ${value}`);
        options.lang = value as Language;
      } else if (valued[1] === "browser") options.browser = value;
      else options.browserArgs.push(value);
    } else if (arg === "--json") options.json = true;
    else if (arg === "--draft-technologies") options.draft = true;
    else if (arg === "--help" || arg === "-h") return { usage: "", lang: options.lang, help: true };
    else if (arg.startsWith("-")) return bad(arg);
    else urls.push(arg);
  }
  if (urls.length !== 1 || !/^https?:\/\/[^/]/i.test(urls[0] ?? ""))
    return { usage: scanMessage("oneUrl", options.lang), lang: options.lang };
  options.url = urls[0] as string;
  return options;
};

interface ManifestState {
  source: string;
  url: string;
  manifest: PrivacyManifest | null;
  problem?: ScanFinding;
}

async function readDeclaration(
  browser: Parameters<typeof fetchManifestText>[0],
  seen: Crawl,
  timeoutMs: number,
  lang: Language,
): Promise<ManifestState> {
  const { pointer } = seen;
  const url = pointer.url ?? seen.pages[0] ?? seen.startUrl;
  const fetched =
    pointer.text !== undefined ? { text: pointer.text } : await fetchManifestText(browser, url, timeoutMs);
  if ("failure" in fetched)
    return { source: pointer.source, url, manifest: null, problem: { kind: "no-manifest", url } };
  const result = parseManifest(fetched.text);
  if (!result.ok || !result.manifest) {
    // The validator's own words (they name the missing field, the bad value), as validate prints them.
    const errors = result.errors
      .slice(0, 3)
      .map((issue) => `${issue.path || "(root)"} ${issue.code}: ${issue.message[lang]}`);
    return {
      source: pointer.source,
      url,
      manifest: null,
      problem: { kind: "invalid-manifest", url, errors },
    };
  }
  return { source: pointer.source, url, manifest: result.manifest };
}

const who = (tracker?: { organisation: string; country: string; category: string }) =>
  tracker ? ` (${tracker.organisation}, ${tracker.country}, ${tracker.category})` : "";

function findingLine(finding: ScanFinding, lang: Language): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding))
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  if ("tracker" in finding) params.who = who(finding.tracker);
  else params.who = "";
  if (finding.kind === "invalid-manifest") params.errors = finding.errors.join("; ");
  return `  - ${scanMessage(finding.kind as ScanMessageKey, lang, params)}`;
}

function report(seen: Crawl, state: ManifestState, analysis: Analysis, lang: Language, io: ScanIo): void {
  const findings = [...(state.problem ? [state.problem] : []), ...analysis.findings];
  io.out(scanMessage("header", lang, { url: seen.startUrl, pages: seen.pages.length }));
  io.out(scanMessage("manifestFrom", lang, { url: state.url, source: state.source }));
  io.out("");
  if (findings.length) {
    io.out(scanMessage("contradictions", lang, { count: findings.length }));
    for (const finding of findings) io.out(findingLine(finding, lang));
    io.out("");
  }
  if (analysis.notSeen.length) {
    io.out(scanMessage("notSeen", lang, { count: analysis.notSeen.length }));
    for (const item of analysis.notSeen)
      io.out(`  - ${item.technology} (${item.kind}: ${item.what}; ${item.category})`);
    io.out("");
  }
  io.out(scanMessage("thirdParties", lang, { count: analysis.thirdParties.length }));
  for (const party of analysis.thirdParties)
    io.out(
      `  - ${party.host}${who(party.tracker)}: ${scanMessage(party.declared ? "declared" : "undeclared", lang)}`,
    );
  io.out("");
  io.out(
    findings.length ? scanMessage("dirty", lang, { count: findings.length }) : scanMessage("clean", lang),
  );
}

const browserProblem = (problem: BrowserProblem, lang: Language): string =>
  problem.problem === "browserNotFound"
    ? scanMessage("browserNotFound", lang, { tried: problem.tried.join(", ") })
    : problem.problem === "browserMissing"
      ? scanMessage("browserMissing", lang, { path: problem.path })
      : problem.problem === "launchFailed"
        ? scanMessage("launchFailed", lang, { reason: problem.reason })
        : scanMessage("noPlaywright", lang);

export async function scanCommand(argv: string[], io: ScanIo): Promise<number> {
  const parsed = parseArgs(argv);
  if ("usage" in parsed) {
    if (parsed.help) {
      io.out(scanMessage("usage", parsed.lang));
      return 0;
    }
    io.err(parsed.usage);
    io.err(scanMessage("usage", parsed.lang));
    return 2;
  }
  const { lang } = parsed;
  const found = findBrowser(parsed.browser);
  if ("problem" in found) {
    io.err(`kelisim scan: ${browserProblem(found, lang)}`);
    return 2;
  }
  const browser = await launchBrowser(found.path, parsed.browserArgs);
  if ("problem" in browser) {
    io.err(`kelisim scan: ${browserProblem(browser, lang)}`);
    return 2;
  }
  try {
    const seen = await crawl(browser, parsed.url, { pages: parsed.pages, timeoutMs: parsed.timeoutMs });
    if ("failure" in seen) {
      io.err(`kelisim scan: ${scanMessage("couldNotScan", lang, { url: seen.url, reason: seen.failure })}`);
      return 2;
    }
    const state = await readDeclaration(browser, seen, parsed.timeoutMs, lang);
    const analysis = analyse(seen, state.manifest);
    const findings = [...(state.problem ? [state.problem] : []), ...analysis.findings];
    if (parsed.draft) io.out(JSON.stringify({ technologies: draftTechnologies(seen) }, null, 2));
    else if (parsed.json)
      io.out(
        JSON.stringify(
          {
            url: seen.startUrl,
            pages: seen.pages,
            manifest: { source: state.source, url: state.url, valid: state.manifest !== null },
            clean: findings.length === 0,
            findings,
            notSeen: analysis.notSeen,
            thirdParties: analysis.thirdParties,
            cookies: seen.cookies,
            localStorage: seen.localStorageKeys,
            sessionStorage: seen.sessionStorageKeys,
          },
          null,
          2,
        ),
      );
    else report(seen, state, analysis, lang, io);
    return findings.length ? 1 : 0;
  } finally {
    await browser.close();
  }
}
