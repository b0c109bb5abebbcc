// Validates the site's privacy manifest (fetched by manifest-text.ts). Every failure becomes ONE line
// naming the URL and the first issues with their JSON paths; the engine then releases nothing gated.

import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { checkStructure } from "../../shared/manifest/validate.ts";
import { type ManifestSource, type ManifestText, parseManifestText } from "./manifest-text.ts";

const ISSUES_SHOWN = 3;

export interface LoadedManifest {
  manifest: PrivacyManifest | null;
  /** The JSON as served. Receipts hash this, not the validator's cleaned copy (which drops unknown
   * members and control characters), so the hash matches the published file. */
  served: unknown;
  error: string | null;
}

function failure(source: ManifestSource, detail: string): LoadedManifest {
  const where = source.inline === null ? source.url : "the inline script#privacy-manifest";
  return {
    manifest: null,
    served: null,
    error: `Kelisim: cannot use the privacy manifest at ${where}: ${detail}. Nothing that waits for consent will be released.`,
  };
}

/** The manifest checked against the full format, or one line saying why it cannot be used. */
export function checkManifestText(got: ManifestText): LoadedManifest {
  const { json, problem } = parseManifestText(got);
  if (problem !== null) return failure(got.source, problem);
  const result = checkStructure(json);
  if (result.errors.length > 0 || !result.manifest) {
    const shown = result.errors
      .slice(0, ISSUES_SHOWN)
      .map((issue) => `${issue.path || "/"} ${issue.code}`)
      .join(", ");
    const more = result.errors.length > ISSUES_SHOWN ? ` (+${result.errors.length - ISSUES_SHOWN} more)` : "";
    return failure(got.source, `${result.errors.length} validation error(s): ${shown}${more}`);
  }
  return { manifest: result.manifest, served: json, error: null };
}
