import type { Activity, Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import { pickText } from "../../shared/manifest/view-text.ts";

/** How an activity is named in the UI: its title in the UI language, else any language, else its id. */
export function activityTitle(activity: Activity, lang: Language, manifest: PrivacyManifest): string {
  return pickText(activity.title, lang, manifest.defaultLanguage ?? "kk") || activity.id;
}
