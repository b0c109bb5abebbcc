import type { Language, PrivacyManifest } from "./types.ts";

/** A stable, machine-readable reason. Codes never change meaning once published. */
export type IssueCode = string;

/** An issue without prose: what the small validator in the drop-in widget produces. */
export interface CheckIssue {
  /** JSON Pointer (RFC 6901) into the input, "" for the whole document. */
  path: string;
  code: IssueCode;
  severity: "error" | "warning";
  /** Values the message template uses (ids, limits, expected types). */
  params?: Record<string, string | number>;
}

export interface ManifestIssue extends CheckIssue {
  /** The same message in every UI language. */
  message: Record<Language, string>;
}

export interface ValidationResult {
  /** True when there are no errors (warnings are allowed). */
  ok: boolean;
  /** The validated manifest, present only when `ok`; strings are cleaned of bidi/C0 controls. */
  manifest?: PrivacyManifest;
  errors: ManifestIssue[];
  warnings: ManifestIssue[];
}

/** What `checkManifest` returns: the same as ValidationResult minus messages. */
export interface CheckResult {
  manifest?: PrivacyManifest;
  errors: CheckIssue[];
  warnings: CheckIssue[];
}
