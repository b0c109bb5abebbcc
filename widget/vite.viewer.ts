import { build, type InlineConfig, type Plugin, type UserConfig } from "vite";

// Owned by the widget UI: builds the lazily loaded policy viewer beside kelisim.js, one file per
// language — dist/widget/kelisim-viewer-{kk,ru,en}.js — because most of the viewer's bytes are the
// taxonomy labels and catalogs in three languages, and a visitor reads one. Switching language
// loads the other file on demand.
//
// Preact is NOT bundled again: imports of preact, preact/hooks and preact/jsx-runtime resolve to a
// virtual module that reads the functions the main script put on this chunk's <script> element
// (see widget/ui/viewer-api.ts).
const SHARED = "\0kelisim-shared-preact";
const PROVIDED = ["jsx", "jsxs", "Fragment", "h", "useState"];
const LANGUAGES = ["kk", "ru", "en"] as const;
type Lang = (typeof LANGUAGES)[number];

function sharedPreact(): Plugin {
  return {
    name: "kelisim-shared-preact",
    enforce: "pre",
    resolveId(id) {
      if (
        id === "preact" ||
        id === "preact/hooks" ||
        id === "preact/jsx-runtime" ||
        id === "preact/jsx-dev-runtime"
      ) {
        return SHARED;
      }
      return null;
    },
    load(id) {
      if (id !== SHARED) return null;
      return [
        "const hook = document.currentScript && document.currentScript.__kelisimViewer;",
        "if (!hook) throw new Error('the Kelisim viewer must be loaded by kelisim.js');",
        ...PROVIDED.map((name) => `export const ${name} = hook.preact.${name};`),
      ].join("\n");
    },
  };
}

const TEXT_ENTRY = (key: string) => new RegExp(`\\b(${key}):\\s*"(?:[^"\\\\]|\\\\.)*"`, "g");

/**
 * Keeps one language of the generated taxonomy labels and of the common catalog. English stays
 * whole: it is the catalogs' fallback and the key list `isCommonKey` checks against.
 */
function onlyLanguage(lang: Lang): Plugin {
  const others = LANGUAGES.filter((other) => other !== lang);
  return {
    name: "kelisim-viewer-language",
    enforce: "pre",
    transform(code, id) {
      if (id.endsWith("/shared/taxonomy/labels.ts")) {
        let out = code;
        for (const other of others) out = out.replace(TEXT_ENTRY(other), `$1: ""`);
        // DPV terms and curator notes are for the CLI and the extension, not the viewer; so are the
        // transfer statements (the extract report's wording), the file's last table.
        out = out.replace(TEXT_ENTRY("dpv|note"), `$1: ""`);
        out = out.replace(/(export const TRANSFER_STATEMENT_LABELS[^=]*=\s*)\{[\s\S]*$/, "$1{};\n");
        // Then drop the emptied members altogether.
        return out
          .replace(/\b(?:kk|ru|en|dpv|note):\s*""\s*,\s*/g, "")
          .replace(/,\s*\b(?:kk|ru|en|dpv|note):\s*""(?=\s*\})/g, "");
      }
      if (lang !== "en" && id.endsWith("/shared/i18n/catalog-common.en.ts")) {
        // Only its keys are needed (isCommonKey), and this language's catalog has the same keys (the
        // typecheck and test/unit/conventions.test.ts enforce it): reuse that instead of a second list.
        const own = lang === "kk" ? "commonKk" : "commonRu";
        return `export { ${own} as commonEn } from "./catalog-common.${lang}.ts";`;
      }
      const catalog = /\/shared\/i18n\/catalog-common\.(kk|ru)\.ts$/.exec(id);
      if (catalog && catalog[1] !== lang) {
        const name = catalog[1] === "kk" ? "commonKk" : "commonRu";
        return `export const ${name} = {};`;
      }
      if (id.endsWith("/shared/i18n/country-names.ts")) {
        return others.reduce((out, other) => out.replace(TEXT_ENTRY(other), `$1: ""`), code);
      }
      if (id.endsWith("/shared/i18n/units.ts")) {
        // TIME_UNITS: one block per language at two spaces' indent.
        return others.reduce(
          (out, other) =>
            out.replace(new RegExp(`\\n  ${other}: \\{[\\s\\S]*?\\n  \\},`), `\n  ${other}: {},`),
          code,
        );
      }
      if (id.endsWith("/widget/ui/viewer/catalog-viewer.ts")) {
        // Only this language's viewer strings (the types already guarantee each language has every key).
        return others.reduce((out, other) => {
          const name = `viewer${other[0]?.toUpperCase()}${other[1]}`;
          return out.replace(new RegExp(`(const ${name}\\b[^=]*=\\s*)\\{[\\s\\S]*?\\n\\}`), "$1{}");
        }, code);
      }
      // The label catalog has no key checks: only this language's strings are kept.
      const label = /\/shared\/i18n\/catalog-label\.(kk|ru|en)\.ts$/.exec(id);
      if (label?.[1] !== undefined && label[1] !== lang) {
        return `export const label${label[1] === "kk" ? "Kk" : label[1] === "ru" ? "Ru" : "En"} = {};`;
      }
      return null;
    },
  };
}

function languageConfig(lang: Lang, extraPlugins: Plugin[] = []): InlineConfig {
  return {
    configFile: false,
    publicDir: false,
    plugins: [sharedPreact(), onlyLanguage(lang), ...extraPlugins],
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      outDir: "dist/widget",
      emptyOutDir: false,
      sourcemap: false,
      target: "es2020",
      lib: {
        entry: "widget/ui/viewer/entry.ts",
        name: "KelisimViewer",
        formats: ["iife"],
        fileName: () => `kelisim-viewer-${lang}.js`,
      },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

/** After the first language is built, builds the other two with the same settings. */
function otherLanguages(): Plugin {
  return {
    name: "kelisim-viewer-other-languages",
    apply: "build",
    async closeBundle() {
      for (const lang of LANGUAGES.slice(1)) await build({ ...languageConfig(lang), logLevel: "warn" });
    },
  };
}

export function viewerConfig(_mode: string): UserConfig {
  const first = LANGUAGES[0];
  return languageConfig(first, [otherLanguages()]);
}
