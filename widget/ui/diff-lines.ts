// Turns the engine's ManifestDiff into the plain sentences the re-consent banner shows ("what changed
// since you agreed"), naming recipients, services and countries from the manifest itself.
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import type { EngineState } from "../contract.ts";
import { categoryLabel, joinList, manifestText, regionName, t } from "./i18n.ts";

function unique(items: string[]): string[] {
  return [...new Set(items.filter((item) => item !== ""))];
}

export function diffLines(state: EngineState, lang: Language): string[] {
  const { diff, manifest } = state;
  if (diff === null) return [];
  const lines: string[] = [];
  const list = (names: string[]) => joinList(unique(names), lang);
  const text = (value: Parameters<typeof manifestText>[0]) => manifestText(value, lang, manifest);

  if (diff.addedCategories.length > 0) {
    const labels = diff.addedCategories.map((id) => {
      const category = state.categories.find((candidate) => candidate.id === id);
      return category ? categoryLabel(category, lang, manifest) : id;
    });
    lines.push(t("diff.categories", lang, { list: list(labels) }));
  }
  if (diff.addedDataCategories.length > 0) {
    lines.push(t("diff.data", lang, { count: diff.addedDataCategories.length }));
  }
  if (diff.addedRecipients.length > 0) {
    const names = diff.addedRecipients.map(
      (id) => text(manifest?.recipients?.find((r) => r.id === id)?.name) || id,
    );
    lines.push(t("diff.recipients", lang, { list: list(names) }));
  }
  if (diff.addedTechnologies.length > 0) {
    const names = diff.addedTechnologies.map((id) => {
      const tech = manifest?.technologies?.find((candidate) => candidate.id === id);
      return text(tech?.provider) || tech?.name || id;
    });
    lines.push(t("diff.technologies", lang, { list: list(names) }));
  }
  if (diff.addedTransfers.length > 0) {
    const countries = diff.addedTransfers.map((id) => {
      const transfer = manifest?.transfers?.find((candidate) => candidate.id === id);
      return transfer ? regionName(transfer.toCountry, lang) : id;
    });
    lines.push(t("diff.transfers", lang, { list: list(countries) }));
  }
  return lines;
}

/** The school's own summary of the current version, when its change log has one. */
export function currentChangeSummary(manifest: PrivacyManifest | null, lang: Language): string {
  const change = manifest?.changes?.find((entry) => entry.version === manifest.manifestVersion);
  return change ? manifestText(change.summary, lang, manifest) : "";
}
