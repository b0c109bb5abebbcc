import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import type { Edit } from "../state/edit.ts";

export interface StepProps {
  manifest: PrivacyManifest;
  edit: Edit;
}

/** What every TextField needs from the draft: which languages the manifest is written in. */
export function manifestLanguages(manifest: PrivacyManifest): {
  languages: readonly Language[];
  defaultLanguage: Language;
} {
  const languages = Array.isArray(manifest.languages) ? manifest.languages : [];
  return { languages, defaultLanguage: manifest.defaultLanguage ?? languages[0] ?? "kk" };
}
