// `kelisim extract <policy.txt> [--lang kk|ru] [--out draft.json] [--report report.md | --json]`:
// reads a school's Kazakh or Russian privacy policy and writes a draft manifest, with the evidence
// (quotes and offsets) for every item, for the webmaster to review. Exit 0 when a draft is written,
// 1 for input it cannot use (unreadable, empty, not UTF-8, not a policy), 2 for a usage error.
// Status and error lines go to stderr so stdout holds only the report (Markdown or --json).

import { existsSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { extractPolicy, type PolicyLanguage, renderReport } from "../extract/index.ts";
import type { Language } from "../manifest/types.ts";
import { validateManifest } from "../manifest/validate-manifest.ts";
import { extractMessage } from "./extract-messages.ts";

export interface ExtractIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  file: string;
  lang?: PolicyLanguage;
  out?: string;
  report?: string;
  json: boolean;
  /** Overwrite an existing draft or report. */
  force: boolean;
}

/** No school's policy is near 2 MB; a bigger file is something else (a PDF, an archive). */
export const MAX_POLICY_BYTES = 2 * 1024 * 1024;

const parseArgs = (argv: string[]): Options | { usage: string; lang: Language } => {
  let lang: PolicyLanguage | undefined;
  let out: string | undefined;
  let report: string | undefined;
  let json = false;
  let force = false;
  const files: string[] = [];
  const ui = (): Language => lang ?? "en";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const valued = /^--(lang|out|report)(?:=(.*))?$/.exec(arg);
    if (valued) {
      const value = valued[2] ?? argv[++i];
      if (value === undefined || value === "")
        return { usage: extractMessage("missingValue", ui(), { option: `--${valued[1]}` }), lang: ui() };
      if (valued[1] === "lang") {
        if (value !== "kk" && value !== "ru")
          return { usage: extractMessage("badLanguage", ui()), lang: ui() };
        lang = value;
      } else if (valued[1] === "out") out = value;
      else report = value;
    } else if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith("-"))
      return { usage: extractMessage("unknownOption", ui(), { value: arg }), lang: ui() };
    else files.push(arg);
  }
  if (files.length !== 1) return { usage: files.length ? extractMessage("oneFile", ui()) : "", lang: ui() };
  if (report !== undefined && json) return { usage: extractMessage("reportOrJson", ui()), lang: ui() };
  if (report !== undefined && out !== undefined && resolve(report) === resolve(out))
    return { usage: extractMessage("outIsReport", ui()), lang: ui() };
  const options: Options = { file: files[0] as string, json, force };
  if (lang) options.lang = lang;
  if (out !== undefined) options.out = out;
  if (report !== undefined) options.report = report;
  return options;
};

const reasonOf = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let j = 1; j < length; j++) if (((bytes[i + j] as number) & 0xc0) !== 0x80) return i;
    // Overlong three- and four-byte forms and UTF-16 surrogates are not UTF-8 either.
    const next = bytes[i + 1] as number;
    if (
      (b === 0xe0 && next < 0xa0) ||
      (b === 0xed && next >= 0xa0) ||
      (b === 0xf0 && next < 0x90) ||
      (b === 0xf4 && next >= 0x90)
    )
      return i;
    i += length;
  }
  return -1;
}

type Decoded = { text: string } | { problem: "binary" | "utf16" | "legacyEncoding"; offset: number };

/** The policy's text, or why these bytes are not one: a policy is UTF-8 text (a BOM is allowed). */
export function decodePolicy(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: "utf16", offset: 0 };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) return { problem: "binary", offset: nul };
  const invalid = firstInvalidUtf8(bytes.subarray(start));
  if (invalid >= 0) return { problem: "legacyEncoding", offset: start + invalid };
  return { text: new TextDecoder("utf-8").decode(bytes.subarray(start)) };
}

/** Where the draft goes without --out: beside the policy, "policy.txt" → "policy.draft.json". */
const defaultOut = (file: string): string =>
  join(dirname(file), `${basename(file, extname(file))}.draft.json`);

export async function extractCommand(argv: string[], io: ExtractIo): Promise<number> {
  // As scan and init do: asked for, the usage goes to stdout with exit 0.
  if (argv.some((arg) => arg === "--help" || arg === "-h")) {
    io.out(extractMessage("usage", "en"));
    return 0;
  }
  const parsed = parseArgs(argv);
  if ("usage" in parsed) {
    if (parsed.usage) io.err(parsed.usage);
    io.err(extractMessage("usage", parsed.lang));
    return 2;
  }
  const { file, json } = parsed;
  let ui: Language = parsed.lang ?? "en";
  const fail = (key: Parameters<typeof extractMessage>[0], params: Record<string, string | number> = {}) => {
    io.err(`kelisim extract: ${extractMessage(key, ui, { file, ...params })}`);
    return 1;
  };

  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail("notAFile");
    if (info.size > MAX_POLICY_BYTES) return fail("tooLarge", { size: info.size, max: MAX_POLICY_BYTES });
    bytes = await readFile(file);
  } catch (error) {
    return fail("readFailed", { reason: reasonOf(error) });
  }
  const decoded = decodePolicy(bytes);
  if ("problem" in decoded) return fail(decoded.problem, { offset: decoded.offset });
  if (!decoded.text.trim()) return fail("empty");

  const result = extractPolicy(decoded.text, parsed.lang ? { lang: parsed.lang } : {});
  // Not a policy: the detected language means little then, so the message stays in English unless asked.
  if (!result.isPolicy) return fail("notPolicy");
  ui = parsed.lang ?? result.language;
  const check = validateManifest(result.draft);
  if (!check.ok)
    return fail("invalidDraft", { value: check.errors.map((e) => `${e.path} ${e.code}`).join("; ") });

  const out = parsed.out ?? defaultOut(file);
  for (const target of [out, parsed.report])
    if (target !== undefined && resolve(target) === resolve(file)) return fail("sameFile");
  // A draft is meant to be edited: running extract again must not silently replace that work.
  if (!parsed.force)
    for (const target of [out, parsed.report])
      if (target !== undefined && existsSync(target)) return fail("exists", { target });
  try {
    await writeFile(out, `${JSON.stringify(result.draft, null, 2)}\n`);
  } catch (error) {
    return fail("writeFailed", { file: out, reason: reasonOf(error) });
  }
  const report = renderReport(result, ui);
  if (parsed.report !== undefined) {
    try {
      await writeFile(parsed.report, report);
    } catch (error) {
      return fail("writeFailed", { file: parsed.report, reason: reasonOf(error) });
    }
  }
  if (json) {
    const { language, isPolicy, confidence, found, evidence, draft } = result;
    io.out(JSON.stringify({ file, out, language, isPolicy, confidence, found, evidence, draft }, null, 2));
  } else if (parsed.report === undefined) io.out(report);
  const placeholders = result.evidence.filter((e) => e.placeholder).length;
  const items = result.evidence.filter((e) => !e.excluded && !e.placeholder).length;
  io.err(extractMessage("wrote", ui, { file: out, lang: result.language, items, placeholders }));
  if (parsed.report !== undefined) io.err(extractMessage("reportWritten", ui, { file: parsed.report }));
  return 0;
}
