// `kelisim init` through the real bin (the prebuilt dist/cli after `npm run build`), with stdin a pipe
// that is never closed: a command that waited for input would hang here and time out. The
// interactive path (a person at a terminal) is driven through initCommand's `ask`.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { initCommand, WIDGET_FILES } from "../../../../shared/cli/init.ts";
import { validateManifest } from "../../../../shared/manifest/validate-manifest.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const BIN = join(ROOT, "shared/cli/bin.mjs");
const TAG =
  '<script src="/kelisim/kelisim.js" data-manifest="/.well-known/privacy-manifest.json" defer></script>';

const freshDir = () => mkdtempSync(join(tmpdir(), "kelisim-init-"));
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, ".well-known/privacy-manifest.json"), "utf8"));

const kelisim = (...args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve) => {
    const env = { ...process.env };
    delete env.KELISIM_CLI_SOURCE;
    // stdin stays open and silent, like a CI job's: no prompt may wait on it.
    const child = spawn(process.execPath, [BIN, "init", ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => resolve({ code, out, err }));
  });

describe("kelisim init without a terminal", () => {
  test("no flags: clear defaults (announced), a manifest that validates, the widget files, the exact tag", async () => {
    const dir = freshDir();
    const { code, out, err } = await kelisim(dir);
    expect(code, err).toBe(0);
    const manifest = manifestOf(dir);
    expect(validateManifest(manifest).ok).toBe(true);
    expect(manifest.defaultLanguage).toBe("kk");
    expect(manifest.operator.name.kk).toBe("Мектеп атауы");
    expect(err).toContain("No terminal: defaultLanguage defaulted to kk (set it with --lang)");
    expect(err).toContain('No terminal: operator.name defaulted to "Мектеп атауы" (set it with --name)');
    for (const file of WIDGET_FILES)
      expect(readFileSync(join(dir, "kelisim", file)), file).toEqual(
        readFileSync(join(ROOT, "dist/widget", file)),
      );
    expect(out.trim().split("\n").at(-1)).toBe(TAG);
  }, 30_000);

  test("--name and --lang ru: the operator and default language as given, messages in Russian", async () => {
    const dir = freshDir();
    const { code, out, err } = await kelisim(dir, "--name", "Школа-гимназия № 7", "--lang", "ru");
    expect(code, err).toBe(0);
    expect(err).toBe("");
    const manifest = manifestOf(dir);
    expect(validateManifest(manifest).ok).toBe(true);
    expect(manifest.defaultLanguage).toBe("ru");
    expect(manifest.operator.name.ru).toBe("Школа-гимназия № 7");
    expect(out).toContain("Манифест корректен");
    expect(out).toContain(TAG);
  }, 30_000);

  test("refuses to overwrite existing files without --force; writes nothing then; --force overwrites", async () => {
    const dir = freshDir();
    // Only one target exists (the site already has a kelisim.js): nothing else may be written.
    mkdirSync(join(dir, "kelisim"));
    writeFileSync(join(dir, "kelisim/kelisim.js"), "// the site's own copy\n");
    const refused = await kelisim(dir, "--name", "School");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `Not overwriting an existing file (--force overwrites): ${dir}/kelisim/kelisim.js`,
    );
    expect(existsSync(join(dir, ".well-known/privacy-manifest.json"))).toBe(false);
    expect(readFileSync(join(dir, "kelisim/kelisim.js"), "utf8")).toBe("// the site's own copy\n");

    const forced = await kelisim(dir, "--name", "School", "--force");
    expect(forced.code, forced.err).toBe(0);
    expect(readFileSync(join(dir, "kelisim/kelisim.js"))).toEqual(
      readFileSync(join(ROOT, "dist/widget/kelisim.js")),
    );
    expect(manifestOf(dir).operator.name.en).toBe("School");

    writeFileSync(join(dir, ".well-known/privacy-manifest.json"), "{}\n");
    const again = await kelisim(dir, "--name", "Other");
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, ".well-known/privacy-manifest.json"), "utf8")).toBe("{}\n");
  }, 30_000);

  test("usage: --help exits 0, a bad --lang or an unknown option exits 2", async () => {
    const help = await kelisim("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: kelisim init [dir]");
    const bad = await kelisim(freshDir(), "--lang", "de");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--lang must be kk, ru or en");
    const unknown = await kelisim(freshDir(), "--yes");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option: --yes");
  }, 30_000);
});

describe("kelisim init at a terminal", () => {
  test("asks for the language (again after a wrong answer) and the name; flags are not asked", async () => {
    const answers = ["de", "ru", "  ", "Школа № 12"];
    const questions: string[] = [];
    const out: string[] = [];
    const dir = freshDir();
    const code = await initCommand([dir], {
      out: (line) => out.push(line),
      err: () => {},
      ask: async (question) => {
        questions.push(question);
        return answers.shift() ?? "";
      },
    });
    expect(code).toBe(0);
    expect(questions.map((q) => q.slice(0, 12))).toEqual([
      "The manifest",
      "The manifest",
      "Название орг",
      "Название орг",
    ]);
    expect(manifestOf(dir)).toMatchObject({
      defaultLanguage: "ru",
      operator: { name: { ru: "Школа № 12" } },
    });
    expect(out.at(-1)).toBe(TAG);

    const asked: string[] = [];
    const flagged = await initCommand([freshDir(), "--name", "X", "--lang", "en"], {
      out: () => {},
      err: () => {},
      ask: async (question) => {
        asked.push(question);
        return "";
      },
    });
    expect(flagged).toBe(0);
    expect(asked).toEqual([]);
  });
});

// A real terminal (a pseudo-terminal through util-linux `script`), as a webmaster types into it.
const SCRIPT = "/usr/bin/script";
const atTerminal = (dir: string) => {
  const env = { ...process.env };
  delete env.KELISIM_CLI_SOURCE;
  const child = spawn(SCRIPT, ["-qec", `"${process.execPath}" "${BIN}" init "${dir}"`, "/dev/null"], { env });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  const done = new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, out })),
  );
  return { done, feed: (bytes: string) => child.stdin.write(bytes) };
};

describe.skipIf(!existsSync(SCRIPT))("kelisim init at a terminal", () => {
  test("answers pasted at once are both used", async () => {
    const dir = join(freshDir(), "site");
    const session = atTerminal(dir);
    session.feed("ru\nШкола №7\n");
    const { code, out } = await session.done;
    expect(code, out).toBe(0);
    expect(manifestOf(dir).operator.name.ru).toBe("Школа №7");
    expect(manifestOf(dir).defaultLanguage).toBe("ru");
  }, 30_000);

  test("Ctrl-D instead of an answer: exit 1, says nothing was written, no internal error", async () => {
    const dir = join(freshDir(), "site");
    const session = atTerminal(dir);
    // After the first question is on screen: an EOT at the start of a line closes the input.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    session.feed("\u0004");
    const { code, out } = await session.done;
    expect(code).toBe(1);
    expect(out).toContain("kelisim init: no answer (the input was closed); nothing was written.");
    expect(out).not.toContain("internal error");
    expect(existsSync(dir)).toBe(false);
  }, 30_000);
});
