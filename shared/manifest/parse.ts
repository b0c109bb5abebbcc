// parseManifest: the only way a consumer should turn manifest text into a manifest. Applies the
// size limits before parsing (JSON.parse itself has no cap) and reports syntax errors with a
// line and column a school's web admin can find in an editor.

import { lineAndColumn, syntaxErrorOffset } from "./json-position.ts";
import { MAX_MANIFEST_BYTES, WARN_MANIFEST_BYTES } from "./limits.ts";
import type { CheckIssue, CheckResult, ValidationResult } from "./result.ts";
import { checkManifest } from "./validate.ts";
import { withAllMessages } from "./validate-manifest.ts";

/** UTF-8 length without TextEncoder (shared/ targets runtimes without DOM types). */
export const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
};

const failure = (code: string, params: Record<string, number>): CheckResult => ({
  errors: [{ path: "", code, severity: "error", params }],
  warnings: [],
});

/** Parses and checks manifest text; issues carry no messages (what the widget needs). */
export const checkManifestText = (text: string): CheckResult => {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string needs no counting to be refused.
  const size = text.length > MAX_MANIFEST_BYTES ? text.length : utf8Length(text);
  if (size > MAX_MANIFEST_BYTES) return failure("file-too-large", { size, max: MAX_MANIFEST_BYTES });
  // A byte order mark is common in files saved by Windows editors and is not an error.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return failure("json-syntax", lineAndColumn(body, syntaxErrorOffset(body)));
  }
  const result = checkManifest(value);
  if (size > WARN_MANIFEST_BYTES) {
    const warning: CheckIssue = {
      path: "",
      code: "file-large",
      severity: "warning",
      params: { size, max: WARN_MANIFEST_BYTES },
    };
    result.warnings.unshift(warning);
  }
  return result;
};

/** Parses and validates manifest text, with messages in kk/ru/en (the CLI and the extension). */
export const parseManifest = (text: string): ValidationResult => withAllMessages(checkManifestText(text));
