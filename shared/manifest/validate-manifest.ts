// validateManifest: checkManifest plus a message in every UI language for each issue. Used by the
// CLI, the extension and the viewer; the drop-in widget uses checkManifest to skip the prose.

import { describeIssue } from "./issue-messages.ts";
import type { CheckIssue, ManifestIssue, ValidationResult } from "./result.ts";
import { LANGUAGES, type Language } from "./types.ts";
import { checkManifest } from "./validate.ts";

export const withMessages = (issue: CheckIssue): ManifestIssue => ({
  ...issue,
  message: Object.fromEntries(LANGUAGES.map((lang) => [lang, describeIssue(issue, lang)])) as Record<
    Language,
    string
  >,
});

export const validateManifest = (input: unknown): ValidationResult => {
  const { manifest, errors, warnings } = checkManifest(input);
  const result: ValidationResult = {
    ok: errors.length === 0,
    errors: errors.map(withMessages),
    warnings: warnings.map(withMessages),
  };
  if (manifest) result.manifest = manifest;
  return result;
};
