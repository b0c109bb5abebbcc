// `kelisim init [dir] [--name "…"] [--lang kk|ru|en] [--force]`: sets a site folder up for the widget —
// a starter dir/.well-known/privacy-manifest.json that validates, the widget's files in dir/kelisim/,
// and the exact tag to paste. Asks for what the flags do not give when a person is at a terminal;
// otherwise (CI, a pipe) takes clear defaults and says so, so it never waits for input.
// Writes nothing when any target exists, unless --force. Exit 0 written, 1 refused or failed, 2 usage.

import { existsSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGUAGES, type Language } from "../manifest/types.ts";
import { validateManifest } from "../manifest/validate-manifest.ts";
import { DEFAULT_OPERATOR_NAME, starterManifest } from "./init-manifest.ts";
import { initMessage } from "./init-messages.ts";

export interface InitIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks a person and returns the answer; absent when nobody is at a terminal. */
  ask?: (question: string) => Promise<string>;
}

interface Options {
  dir: string;
  name?: string;
  lang?: Language;
  force: boolean;
}

/** What the page loads: the banner script and the chunks it fetches from beside itself. */
export const WIDGET_FILES = [
  "kelisim.js",
  "kelisim-app.js",
  "kelisim-return.js",
  "kelisim-ui.js",
  "kelisim-sha256.js",
  "kelisim-viewer-kk.js",
  "kelisim-viewer-ru.js",
  "kelisim-viewer-en.js",
];
const MANIFEST_PATH = ".well-known/privacy-manifest.json";
const DEFAULT_LANGUAGE: Language = "kk";

/** dist/widget/ of this package: beside dist/cli/ when built, two levels up from shared/cli/ in a clone. */
const widgetDir = (): string => {
  const candidates = ["../widget/", "../../dist/widget/"].map((path) =>
    fileURLToPath(new URL(path, import.meta.url)),
  );
  return candidates.find((dir) => existsSync(join(dir, "kelisim.js"))) ?? (candidates[0] as string);
};

const isLanguage = (value: string | undefined): value is Language => LANGUAGES.includes(value as Language);

type Usage = { usage: string; lang: Language; help?: true };

const parseArgs = (argv: string[]): Options | Usage => {
  const options: Options = { dir: ".", force: false };
  const dirs: string[] = [];
  const ui = (): Language => options.lang ?? "en";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const valued = /^--(name|lang)(?:=(.*))?$/.exec(arg);
    if (valued) {
      const value = valued[2] ?? argv[++i];
      if (value === undefined || value.trim() === "")
        return { usage: initMessage("missingValue", ui(), { option: `--${valued[1]}` }), lang: ui() };
      if (valued[1] === "name") options.name = value.trim();
      else if (isLanguage(value)) options.lang = value;
      else return { usage: initMessage("badLanguage", ui()), lang: ui() };
    } else if (arg === "--force") options.force = true;
    else if (arg === "--help" || arg === "-h") return { usage: "", lang: ui(), help: true };
    else if (arg.startsWith("-"))
      return { usage: initMessage("unknownOption", ui(), { value: arg }), lang: ui() };
    else dirs.push(arg);
  }
  if (dirs.length > 1) return { usage: initMessage("oneDir", ui()), lang: ui() };
  if (dirs[0] !== undefined) options.dir = dirs[0];
  return options;
};

const reasonOf = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);

/** Fills name and language from the person at the terminal, or from defaults (announced) without one. */
async function complete(options: Options, io: InitIo): Promise<{ name: string; lang: Language }> {
  let lang = options.lang;
  let name = options.name;
  if (io.ask) {
    while (lang === undefined) {
      const answer = (await io.ask(initMessage("askLang", "en"))).trim();
      if (answer === "") lang = DEFAULT_LANGUAGE;
      else if (isLanguage(answer)) lang = answer;
    }
    while (name === undefined) name = (await io.ask(initMessage("askName", lang))).trim() || undefined;
    return { name, lang };
  }
  const ui = lang ?? "en";
  if (lang === undefined) {
    lang = DEFAULT_LANGUAGE;
    io.err(initMessage("defaulted", ui, { what: "defaultLanguage", value: lang, option: "--lang" }));
  }
  if (name === undefined) {
    name = DEFAULT_OPERATOR_NAME[lang];
    io.err(initMessage("defaulted", ui, { what: "operator.name", value: `"${name}"`, option: "--name" }));
  }
  return { name, lang };
}

export async function initCommand(argv: string[], io: InitIo): Promise<number> {
  const parsed = parseArgs(argv);
  if ("usage" in parsed) {
    if (parsed.help) {
      io.out(initMessage("usage", parsed.lang));
      return 0;
    }
    io.err(parsed.usage);
    io.err(initMessage("usage", parsed.lang));
    return 2;
  }
  const ui: Language = parsed.lang ?? "en";
  const source = widgetDir();
  if (!WIDGET_FILES.every((file) => existsSync(join(source, file)))) {
    io.err(`kelisim init: ${initMessage("noWidget", ui, { dir: source })}`);
    return 1;
  }
  const manifestFile = join(parsed.dir, MANIFEST_PATH);
  const targets = [manifestFile, ...WIDGET_FILES.map((file) => join(parsed.dir, "kelisim", file))];
  const existing = parsed.force ? [] : targets.filter((file) => existsSync(file));
  if (existing.length) {
    for (const file of existing) io.err(`kelisim init: ${initMessage("exists", ui, { file })}`);
    return 1;
  }

  const { name, lang } = await complete(parsed, io);
  // Asked at the terminal, the chosen language is the person's; otherwise only --lang sets it.
  const say: Language = parsed.lang ?? (io.ask ? lang : "en");
  const manifest = starterManifest(name, lang, new Date().toISOString().slice(0, 10));
  const check = validateManifest(manifest);
  if (!check.ok) throw new Error(`starter manifest invalid: ${check.errors.map((e) => e.code).join(", ")}`);
  try {
    await mkdir(join(parsed.dir, ".well-known"), { recursive: true });
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    io.out(initMessage("wrote", say, { file: manifestFile }));
    await mkdir(join(parsed.dir, "kelisim"), { recursive: true });
    for (const file of WIDGET_FILES) await copyFile(join(source, file), join(parsed.dir, "kelisim", file));
    io.out(
      initMessage("wrote", say, { file: `${join(parsed.dir, "kelisim")}/ (${WIDGET_FILES.join(", ")})` }),
    );
  } catch (error) {
    io.err(`kelisim init: ${initMessage("writeFailed", say, { file: parsed.dir, reason: reasonOf(error) })}`);
    return 1;
  }
  io.out(initMessage("valid", say, { warnings: check.warnings.length, file: manifestFile }));
  io.out(initMessage("pasteTag", say, { dir: relative(".", parsed.dir) || "." }));
  io.out(`<script src="/kelisim/kelisim.js" data-manifest="/${MANIFEST_PATH}" defer></script>`);
  return 0;
}
