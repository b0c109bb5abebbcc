// validateManifest: checkManifest plus a message in every UI language for each issue. Used by the
// CLI, the extension and the viewer; the drop-in widget uses checkStructure to skip the prose and the lint.

import { describeIssue } from "./issue-messages.ts";
import type { CheckIssue, CheckResult, ManifestIssue, ValidationResult } from "./result.ts";
import { LANGUAGES, type Language } from "./types.ts";
import { checkManifest } from "./validate.ts";

export const withMessages = (issue: CheckIssue): ManifestIssue => ({
  ...issue,
  message: Object.fromEntries(LANGUAGES.map((lang) => [lang, describeIssue(issue, lang)])) as Record<
    Language,
    string
  >,
});

/** A check's result with every issue described in every UI language. */
export const withAllMessages = ({ manifest, errors, warnings }: CheckResult): ValidationResult => {
  const result: ValidationResult = {
    ok: errors.length === 0,
    errors: errors.map(withMessages),
    warnings: warnings.map(withMessages),
  };
  if (manifest) result.manifest = manifest;
  return result;
};

export const validateManifest = (input: unknown): ValidationResult => withAllMessages(checkManifest(input));
