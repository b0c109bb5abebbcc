// `kelisim validate <file-or-url>…`: validates and lints privacy manifests for school web admins and
// CI. Prints one line per issue (`file: error|warning <path> <code>: message`) and a summary per
// file; exit status 1 when any file has an error, 2 on a usage error. Never prints a stack trace.

import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { MAX_MANIFEST_BYTES } from "../manifest/limits.ts";
import { parseManifest } from "../manifest/parse.ts";
import type { ManifestIssue, ValidationResult } from "../manifest/result.ts";
import { LANGUAGES, type Language } from "../manifest/types.ts";
import { withMessages } from "../manifest/validate-manifest.ts";
import { cliMessage } from "./cli-messages.ts";
import { decodePolicy, extractCommand } from "./extract.ts";
import { initCommand } from "./init.ts";
import { scanCommand } from "./scan.ts";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  lang: Language;
  json: boolean;
  targets: string[];
}

const FETCH_TIMEOUT_MS = 15_000;

const failed = (code: string, params: Record<string, string | number>): ValidationResult => ({
  ok: false,
  errors: [withMessages({ path: "", code, severity: "error", params })],
  warnings: [],
});

const reasonOf = (error: unknown): string => {
  // AbortSignal.timeout's DOMException has the legacy numeric code 23: say what happened instead.
  if (error instanceof Error && error.name === "TimeoutError")
    return `timeout after ${FETCH_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return String(cause);
};

/**
 * The manifest must be UTF-8, as the widget reads it (fetch's text() decodes UTF-8 whatever the
 * server declares): a file saved in Windows-1251 or UTF-16 would pass here as U+FFFD garbage and be
 * published so. Refused instead, with the first byte that is not UTF-8.
 */
const parseBytes = (bytes: Uint8Array): ValidationResult => {
  const decoded = decodePolicy(bytes);
  if ("problem" in decoded)
    return failed(decoded.problem === "binary" ? "not-text" : "not-utf8", { offset: decoded.offset });
  return parseManifest(decoded.text);
};

const fetchManifest = async (url: string): Promise<ValidationResult> => {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    return failed("fetch-failed", { status: reasonOf(error) });
  }
  if (!response.ok) return failed("fetch-failed", { status: `HTTP ${response.status}` });
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_MANIFEST_BYTES)
    return failed("file-too-large", { size: declared, max: MAX_MANIFEST_BYTES });
  return parseBytes(new Uint8Array(await response.arrayBuffer()));
};

const readManifest = async (file: string): Promise<ValidationResult> => {
  try {
    // Refuse big files before reading them into memory.
    const { size } = await stat(file);
    if (size > MAX_MANIFEST_BYTES) return failed("file-too-large", { size, max: MAX_MANIFEST_BYTES });
    return parseBytes(await readFile(file));
  } catch (error) {
    return failed("read-failed", { reason: reasonOf(error) });
  }
};

export const loadAndValidate = (target: string): Promise<ValidationResult> =>
  /^https?:\/\//i.test(target) ? fetchManifest(target) : readManifest(target);

/** Parses argv after the program name; returns a usage error message instead of throwing. */
const parseArgs = (argv: string[]): Options | { usage: string } => {
  const options: Options = { lang: "en", json: false, targets: [] };
  const [command, ...rest] = argv;
  if (command !== "validate") return { usage: "" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (arg === "--json") options.json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? rest[++i] : arg.slice("--lang=".length);
      if (!LANGUAGES.includes(value as Language)) return { usage: cliMessage("badLanguage", options.lang) };
      options.lang = value as Language;
    } else if (arg === "--") {
      options.targets.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith("-"))
      return { usage: cliMessage("unknownOption", options.lang, { value: arg }) };
    else options.targets.push(arg);
  }
  return options.targets.length ? options : { usage: "" };
};

const issueLine = (target: string, issue: ManifestIssue, lang: Language): string =>
  `${target}: ${issue.severity} ${issue.path || "(root)"} ${issue.code}: ${issue.message[lang]}`;

const HELP = new Set(["--help", "-h", "help"]);

export const main = async (argv: string[], io: CliIo = defaultIo): Promise<number> => {
  if (argv[0] === "extract") return extractCommand(argv.slice(1), io);
  if (argv[0] === "scan") return scanCommand(argv.slice(1), io);
  if (argv[0] === "init") return initFromTerminal(argv.slice(1), io);
  if (argv[0] === undefined || HELP.has(argv[0])) {
    (argv[0] ? io.out : io.err)(cliMessage("help", "en"));
    return argv[0] ? 0 : 2;
  }
  if (argv[0] !== "validate") {
    io.err(cliMessage("unknownCommand", "en", { value: argv[0] }));
    io.err(cliMessage("help", "en"));
    return 2;
  }
  if (argv.slice(1).some((arg) => arg === "--help" || arg === "-h")) {
    io.out(cliMessage("usage", "en"));
    return 0;
  }
  const parsed = parseArgs(argv);
  if ("usage" in parsed) {
    if (parsed.usage) io.err(parsed.usage);
    io.err(cliMessage("usage", "en"));
    return 2;
  }
  const { lang, json, targets } = parsed;
  let anyError = false;
  const reports: unknown[] = [];
  for (const target of targets) {
    const result = await loadAndValidate(target);
    anyError ||= !result.ok;
    if (json) {
      reports.push({ file: target, ok: result.ok, errors: result.errors, warnings: result.warnings });
      continue;
    }
    for (const issue of [...result.errors, ...result.warnings]) io.out(issueLine(target, issue, lang));
    const counts = { errors: result.errors.length, warnings: result.warnings.length };
    io.out(`${target}: ${cliMessage(result.ok ? "valid" : "invalid", lang, counts)}`);
  }
  if (json) io.out(JSON.stringify(reports, null, 2));
  return anyError ? 1 : 0;
};

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Said when the person closed the input (Ctrl-D) instead of answering. */
class NoAnswer extends Error {}

/**
 * A question-asker only when a person can answer (stdin is a terminal): a pipe or CI never waits.
 * One line reader for all the questions, so answers typed (or pasted) ahead are kept for the next
 * question; Ctrl-D ends the questions instead of leaving an internal error.
 */
const terminal = (): { ask?: (question: string) => Promise<string>; done: () => void } => {
  if (!process.stdin.isTTY) return { done: () => {} };
  let reader: ReturnType<typeof createInterface> | undefined;
  const typedAhead: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  const open = () => {
    const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    lines.on("line", (line) => (waiting.shift() ?? ((typed: string) => typedAhead.push(typed)))(line));
    lines.on("close", () => {
      ended = true;
      for (const answer of waiting.splice(0)) answer(null);
    });
    return lines;
  };
  return {
    ask: async (question) => {
      reader ??= open();
      process.stderr.write(question);
      const typed = typedAhead.shift();
      if (typed !== undefined) {
        process.stderr.write(`${typed}\n`);
        return typed;
      }
      const line = ended ? null : await new Promise<string | null>((resolve) => waiting.push(resolve));
      if (line === null) throw new NoAnswer();
      return line;
    },
    done: () => reader?.close(),
  };
};

const initFromTerminal = async (argv: string[], io: CliIo): Promise<number> => {
  const { done, ...asker } = terminal();
  try {
    return await initCommand(argv, { ...io, ...asker });
  } catch (error) {
    if (!(error instanceof NoAnswer)) throw error;
    io.err("");
    io.err(cliMessage("noAnswer", "en"));
    return 1;
  } finally {
    done();
  }
};

/** Entry for bin.mjs: runs main and turns anything unexpected into one line, never a stack trace. */
export const run = async (argv: string[]): Promise<number> => {
  try {
    return await main(argv);
  } catch (error) {
    process.stderr.write(`kelisim: ${cliMessage("internal", "en", { value: reasonOf(error) })}\n`);
    return 1;
  }
};
