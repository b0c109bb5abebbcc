// Runs the real `kelisim` bin (TypeScript source through Vite's module runner, as in a fresh clone)
// against fixture files and a local http server.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "../../../..");
const BIN = join(ROOT, "shared/cli/bin.mjs");
const VALID = "test/fixtures/manifests/valid/minimal.json";
const RICH = "test/fixtures/manifests/valid/rich.json";
const INVALID = "test/fixtures/manifests/invalid/dangling-references.json";

const kelisim = (...args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => resolve({ code, out, err }));
  });

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/.well-known/privacy-manifest.json") {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ schemaVersion: 2 }));
    } else {
      response.statusCode = 404;
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("kelisim validate", () => {
  test("valid files: exit 0, warnings listed, one summary line each", async () => {
    const { code, out, err } = await kelisim("validate", VALID, RICH);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.split("\n")).toEqual([
      `${VALID}: warning (root) no-responsible-person: No responsiblePerson: name the person responsible for organising processing (94-V, Art. 25).`,
      `${VALID}: warning (root) no-rights-declared: No rights are declared: tell people which rights they have and how to use them.`,
      `${VALID}: warning (root) no-storage-in-kz: No storage in Kazakhstan (KZ) is declared: 94-V Art. 12(2) requires the database to be in KZ.`,
      `${VALID}: valid (3 warnings)`,
      `${RICH}: valid (0 warnings)`,
      "",
    ]);
  }, 30_000);

  test("errors in Russian, bad JSON with line:column, unreadable file, failed fetch: exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kelisim-cli-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n  "operator": }\n');
    const missing = join(dir, "missing.json");
    const { code, out, err } = await kelisim(
      "validate",
      "--lang",
      "ru",
      INVALID,
      broken,
      missing,
      `${base}/.well-known/privacy-manifest.json`,
      `${base}/nothing.json`,
    );
    expect(code).toBe(1);
    expect(err).toBe("");
    noStackTrace(out);
    const lines = out.trim().split("\n");
    expect(lines).toContain(
      `${INVALID}: error /activities/0/recipients/0 dangling-reference: «nobody» не найден в recipients.`,
    );
    expect(lines).toContain(`${INVALID}: содержит ошибки (ошибок: 7, предупреждений: 0)`);
    expect(lines).toContain(
      `${broken}: error (root) json-syntax: Ошибка синтаксиса JSON: строка 3, столбец 15.`,
    );
    expect(lines).toContain(`${missing}: error (root) read-failed: Не удалось прочитать файл (ENOENT).`);
    expect(lines).toContain(
      `${base}/.well-known/privacy-manifest.json: error /schemaVersion unsupported-schema-version: Версия schemaVersion 2 не поддерживается: читается только формат 1.`,
    );
    expect(lines).toContain(
      `${base}/nothing.json: error (root) fetch-failed: Не удалось загрузить адрес (HTTP 404).`,
    );
  }, 30_000);

  test("--json prints one machine-readable report per file", async () => {
    const { code, out } = await kelisim("validate", "--json", VALID, INVALID);
    expect(code).toBe(1);
    const reports = JSON.parse(out);
    expect(reports.map((r: { file: string; ok: boolean }) => [r.file, r.ok])).toEqual([
      [VALID, true],
      [INVALID, false],
    ]);
    expect(reports[1].errors[0]).toMatchObject({ severity: "error", code: "dangling-reference" });
    expect(Object.keys(reports[1].errors[0].message).sort()).toEqual(["en", "kk", "ru"]);
  }, 30_000);

  test("usage errors: exit 2 with a one-line reason and the usage", async () => {
    const bad = await kelisim("validate", "--lang", "de", VALID);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toEqual([
      "--lang must be kk, ru or en",
      "Usage: kelisim validate [--lang kk|ru|en] [--json] <file-or-url>…",
    ]);
    const none = await kelisim("lint");
    expect(none.code).toBe(2);
    expect(none.err).toContain("Unknown command: lint");
    expect(none.err).toContain("Usage: kelisim <command>");
    noStackTrace(none.err);
  }, 30_000);

  test("--help of validate and extract: their usage on stdout, exit 0", async () => {
    const validate = await kelisim("validate", "--help");
    expect(validate).toMatchObject({ code: 0, err: "" });
    expect(validate.out).toContain("Usage: kelisim validate");
    const extract = await kelisim("extract", "-h");
    expect(extract).toMatchObject({ code: 0, err: "" });
    expect(extract.out).toContain("Usage: kelisim extract");
  }, 30_000);

  test("a manifest not saved as UTF-8 (Windows-1251, UTF-16) is refused, not read as garbage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kelisim-encoding-"));
    const text = readFileSync(join(ROOT, VALID), "utf8").replace(/"name": \{/, '"name": { "ru": "Школа №1",');
    // Cyrillic in Windows-1251: one byte a letter (А–я are 0xC0–0xFF).
    const cp1251 = Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 0x80) return code;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        return 0x3f;
      }),
    );
    writeFileSync(join(dir, "cp1251.json"), cp1251);
    writeFileSync(
      join(dir, "utf16.json"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    writeFileSync(join(dir, "utf8-bom.json"), `\uFEFF${text}`);
    for (const file of ["cp1251.json", "utf16.json"]) {
      const result = await kelisim("validate", join(dir, file));
      expect(result.code, file).toBe(1);
      expect(result.out).toMatch(/error \(root\) not-utf8: The file is not UTF-8 text \(byte \d+\)/);
    }
    expect((await kelisim("validate", join(dir, "utf8-bom.json"))).code).toBe(0);
  }, 30_000);
});
