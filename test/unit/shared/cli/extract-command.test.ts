// Runs the real `kelisim extract` bin, as a user would: the prebuilt dist/cli/kelisim.mjs after
// `npm run build` (npm test builds before it runs the tests), else the TypeScript source. Inputs are
// our own fixture policies (test/fixtures/policies/) and files written here.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const BIN = join(ROOT, "shared/cli/bin.mjs");
const dir = mkdtempSync(join(tmpdir(), "kelisim-extract-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
// Copies in a temporary folder: whatever a broken build does, it never writes into the repo.
const KK = file("gymnasium-kk.txt", readFileSync(join(ROOT, "test/fixtures/policies/gymnasium-kk.txt")));
const RU = file("tutoring-ru.txt", readFileSync(join(ROOT, "test/fixtures/policies/tutoring-ru.txt")));

const kelisim = (...args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve) => {
    const env = { ...process.env };
    delete env.KELISIM_CLI_SOURCE;
    const child = spawn(process.execPath, [BIN, "extract", ...args], { cwd: dir, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => resolve({ code, out, err }));
  });

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at |Error:/m);

/** Windows-1251, the encoding old Russian-language Windows saves text in: А–я at 0xC0–0xFF. */
const cp1251 = (text: string): Uint8Array =>
  Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === "Ё") return 0xa8;
    if (ch === "ё") return 0xb8;
    return 0x3f;
  });

describe("kelisim extract: a policy gives a draft and its evidence", () => {
  test("Kazakh policy: the draft is written beside it and validates; the report goes to stdout", async () => {
    const policy = file("policy.txt", readFileSync(KK));
    const { code, out, err } = await kelisim(policy);
    expect(code).toBe(0);
    const draft = JSON.parse(readFileSync(join(dir, "policy.draft.json"), "utf8"));
    expect(validateManifest(draft).ok).toBe(true);
    expect(draft.operator.bin).toBe("040140001234");
    expect(draft.languages).toEqual(["kk"]);
    // The report in the policy's language, each item with its quote and offsets.
    expect(out).toContain("# Манифест жобасы: дәлелдер");
    expect(out).toMatch(/`date-of-birth`.*\[\d+–\d+\] «туған күні;»/);
    expect(err).toContain("Манифест жобасы жазылды");
  });

  test("Russian policy with --out and --report: both files written, stdout empty", async () => {
    const out = join(dir, "ru.json");
    const report = join(dir, "ru.md");
    const result = await kelisim(RU, "--out", out, "--report", report);
    expect(result.code).toBe(0);
    expect(result.out).toBe("");
    expect(validateManifest(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
    expect(readFileSync(report, "utf8")).toContain("## Категории данных");
    expect(result.err).toContain(`Черновик манифеста записан: ${out}`);
  });

  test("--json prints the evidence with offsets into the file's text", async () => {
    const { code, out } = await kelisim(RU, "--json", "--out", join(dir, "json.json"));
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const text = readFileSync(RU, "utf8");
    expect(report.language).toBe("ru");
    expect(report.found.data).toContain("phone-number");
    expect(report.evidence.length).toBeGreaterThan(10);
    for (const item of report.evidence)
      for (const quote of item.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  test("a UTF-8 byte-order mark is accepted (Notepad writes one) and offsets count from after it", async () => {
    const policy = file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(RU)]));
    const { code, out } = await kelisim(policy, "--json", "--out", join(dir, "bom.json"));
    expect(code).toBe(0);
    const text = readFileSync(RU, "utf8");
    for (const item of JSON.parse(out).evidence)
      for (const quote of item.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});

describe("kelisim extract: input it cannot use gets a clear message and exit 1", () => {
  const refuses = async (args: string[], message: RegExp) => {
    const { code, out, err } = await kelisim(...args);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(out).toBe("");
    noStackTrace(err);
  };

  test("a file that does not exist, and a folder", async () => {
    await refuses([join(dir, "missing.txt")], /missing\.txt: could not read the file \(ENOENT\)/);
    const folder = join(dir, "folder");
    mkdirSync(folder);
    await refuses([folder], /not a file/);
  });

  test("an empty file and a file of blank lines", async () => {
    await refuses([file("empty.txt", "")], /empty\.txt: the file is empty/);
    await refuses([file("blank.txt", "\n \n\t\n")], /blank\.txt: the file is empty/);
  });

  test("a Windows-1251 file: not UTF-8, with the byte where it breaks; no draft written", async () => {
    const text = readFileSync(RU, "utf8");
    const policy = file("cp1251.txt", cp1251(text));
    await refuses([policy], /cp1251\.txt: the file is not UTF-8 \(byte 0\); .*Windows-1251/);
    expect(existsSync(join(dir, "cp1251.draft.json"))).toBe(false);
    // The same in Russian when asked, and the offset of a first non-ASCII byte further in.
    const later = file("cp1251-later.txt", cp1251(`Policy v2\n${text}`));
    await refuses(["--lang", "ru", later], /файл не в UTF-8 \(байт 10\).*Windows-1251/);
  });

  test("UTF-16 and binary files", async () => {
    const utf16 = file(
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Саясат", "utf16le")]),
    );
    await refuses([utf16], /UTF-16/);
    await refuses(
      [file("binary.txt", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))],
      /binary data at byte 4/,
    );
  });

  test("text that is not a privacy policy; no draft written", async () => {
    const news = file(
      "news.txt",
      "Школьная новость\nВ пятницу ученики 7 «А» класса посетили краеведческий музей. Экскурсию провела учитель истории. Ребята узнали много нового о родном крае.",
    );
    await refuses([news], /news\.txt: the text does not read as a privacy policy/);
    expect(existsSync(join(dir, "news.draft.json"))).toBe(false);
    await refuses(
      [file("hello.txt", "hello world\n")],
      /hello\.txt: the text does not read as a privacy policy/,
    );
  });

  test("an output file that cannot be written, or that is the policy itself (told in the policy's language)", async () => {
    await refuses(
      [RU, "--out", join(dir, "no-such-dir", "d.json")],
      /d\.json: не удалось записать \(ENOENT\)/,
    );
    await refuses([KK, "--out", KK], /шығыс файлы саясат файлының өзі/);
    expect(readFileSync(KK, "utf8")).toMatch(/^«Жұлдыз»/);
  });
});

describe("kelisim extract: a draft the webmaster edited is not replaced", () => {
  test("a second run refuses to overwrite the draft or the report unless --force", async () => {
    const out = join(dir, "kept.json");
    const report = join(dir, "kept.md");
    expect((await kelisim(RU, "--out", out)).code).toBe(0);
    writeFileSync(out, '{"edited": true}\n');
    const again = await kelisim(RU, "--out", out);
    expect(again.code).toBe(1);
    expect(again.err).toContain("уже существует");
    expect(again.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe('{"edited": true}\n');
    writeFileSync(report, "my notes\n");
    expect((await kelisim(RU, "--out", join(dir, "kept2.json"), "--report", report)).code).toBe(1);
    expect(readFileSync(report, "utf8")).toBe("my notes\n");
    const forced = await kelisim(RU, "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(validateManifest(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
  });
});

describe("kelisim extract: usage errors exit 2", () => {
  test.each([
    ["no file", [], /^Usage: kelisim extract/m],
    ["two files", [RU, KK], /Give exactly one policy file/],
    ["--lang en", ["--lang", "en", RU], /--lang must be kk or ru/],
    ["--out without a value", [RU, "--out"], /--out needs a file name/],
    [
      "--json with --report",
      [RU, "--json", "--report", "r.md"],
      /--report and --json cannot be used together/,
    ],
    ["an unknown option", [RU, "--verbose"], /Unknown option: --verbose/],
    [
      "--out and --report the same file",
      [RU, "--out", "x.json", "--report", "x.json"],
      /cannot be the same file/,
    ],
  ])("%s", async (_name, args, message) => {
    const { code, err } = await kelisim(...(args as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    noStackTrace(err);
  });
});
