// The parts of the view model that are not per audience: storage summary, change log, policy text.
import type { Change, PolicySection } from "./types.ts";
import { HOME_COUNTRY, type ViewContext } from "./view-context.ts";
import { httpsLink } from "./view-links.ts";
import type {
  ChangeView,
  CountryView,
  LinkView,
  PolicySectionView,
  StorageSummaryView,
} from "./view-types.ts";

/** Plain text: paragraphs are separated by blank lines (the spec allows no HTML or Markdown). */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

export function describePolicySection(section: PolicySection, ctx: ViewContext): PolicySectionView {
  return {
    id: section.id,
    title: ctx.text(section.title),
    paragraphs: splitParagraphs(ctx.text(section.body)),
  };
}

export function describePolicyUrl(ctx: ViewContext): LinkView | null {
  const url = ctx.optionalText(ctx.manifest.policy?.url);
  return url === null ? null : httpsLink(url, ctx.siteOrigin);
}

/** Newest first; entries of the same date keep the manifest's order. */
export function describeChanges(changes: readonly Change[] | undefined, ctx: ViewContext): ChangeView[] {
  return [...(changes ?? [])]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((change) => ({
      version: change.version,
      date: change.date,
      summary: ctx.text(change.summary),
      material: change.material === true,
      heading: ctx.t("changes.version", { version: change.version, date: change.date }),
    }));
}

/**
 * Where data ends up: storage locations, plus destinations of declared transfers abroad (data sent
 * to another country is kept there too, from a parent's point of view).
 */
export function describeStorageSummary(ctx: ViewContext): StorageSummaryView {
  const storage = ctx.manifest.storage ?? [];
  const inKz = storage.some((entry) => entry.country.toUpperCase() === HOME_COUNTRY);
  const abroadCodes: string[] = [];
  const foreign = [
    ...storage.map((entry) => entry.country),
    ...(ctx.manifest.transfers ?? []).map((entry) => entry.toCountry),
  ];
  for (const code of foreign) {
    const upper = code.toUpperCase();
    if (upper !== HOME_COUNTRY && !abroadCodes.includes(upper)) abroadCodes.push(upper);
  }
  const abroad: CountryView[] = abroadCodes.map((code) => ctx.country(code));
  let text: string;
  if (abroad.length > 0) {
    text = ctx.t("storage.summaryAbroad", { countries: abroad.map((country) => country.name).join(", ") });
  } else if (inKz) {
    text = ctx.t("storage.summaryKzOnly");
  } else {
    text = ctx.t("storage.summaryUnknown");
  }
  return { inKz, abroad, text };
}
