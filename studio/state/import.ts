// Importing a manifest someone already has (a file or pasted text). The draft being edited is never
// touched here: the caller replaces it only on success. A manifest with validation errors is still
// imported (fixing it is what the studio is for); what cannot be edited is refused with the reason.
import { describeIssue } from "../../shared/manifest/issue-messages.ts";
import { MAX_MANIFEST_BYTES } from "../../shared/manifest/limits.ts";
import { checkManifestText } from "../../shared/manifest/parse.ts";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import { studioText } from "../i18n/use-text.ts";

export type ImportResult =
  | { ok: true; manifest: PrivacyManifest; errors: number; warnings: number }
  | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A file over the manifest size limit is refused before it is read. */
export function tooLarge(bytes: number, lang: Language): ImportResult {
  return {
    ok: false,
    message: studioText("import.tooLarge", lang, {
      size: Math.ceil(bytes / 1024),
      max: MAX_MANIFEST_BYTES / 1024,
    }),
  };
}

export function importManifestText(text: string, lang: Language): ImportResult {
  const checked = checkManifestText(text);
  const first = checked.errors[0];
  if (first?.code === "file-too-large") return tooLarge(Number(first.params?.size ?? text.length), lang);
  if (first?.code === "json-syntax") {
    return { ok: false, message: studioText("import.notJson", lang, { reason: describeIssue(first, lang) }) };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const value: unknown = JSON.parse(body);
  if (!isObject(value) || !("schemaVersion" in value) || !isObject(value.operator ?? {})) {
    return { ok: false, message: studioText("import.notManifest", lang) };
  }
  if (typeof value.schemaVersion === "number" && value.schemaVersion > 1) {
    return {
      ok: false,
      message: studioText("import.futureVersion", lang, { version: String(value.schemaVersion) }),
    };
  }
  if (value.schemaVersion !== 1)
    return {
      ok: false,
      message: studioText("import.badVersion", lang, { version: JSON.stringify(value.schemaVersion) }),
    };
  // Errors of content are the studio's to fix; a field of the wrong type (a list that is a number,
  // an item that is null) has no form to show it in: refused with where and what, as validate says.
  const shape = checked.errors.filter((issue) => issue.code === "wrong-type");
  if (shape.length)
    return {
      ok: false,
      message: studioText("import.wrongShape", lang, {
        issues: shape
          .slice(0, 3)
          .map((issue) => `${issue.path || "/"}: ${describeIssue(issue, lang)}`)
          .join("; "),
        more: shape.length > 3 ? ` (+${shape.length - 3})` : "",
      }),
    };
  return {
    ok: true,
    // The text as written, not the validator's cleaned copy: the export must give back what came in.
    manifest: value as unknown as PrivacyManifest,
    errors: checked.errors.length,
    warnings: checked.warnings.length,
  };
}
