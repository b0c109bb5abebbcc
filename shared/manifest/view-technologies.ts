// Cookies, storage and third-party resources, grouped by the consent category that gates them,
// in the order the banner offers the categories.
import { consentCategories } from "../consent/categories.ts";
import { isCommonKey } from "../i18n/common.ts";
import { formatSeconds } from "../i18n/units.ts";
import type { Technology } from "./types.ts";
import type { ViewContext } from "./view-context.ts";
import type { TechnologyGroupView, TechnologyView } from "./view-types.ts";

function lifetime(technology: Technology, ctx: ViewContext): string | null {
  if (technology.maxAgeSeconds === null) return ctx.t("tech.session");
  if (technology.maxAgeSeconds === undefined) return null;
  return ctx.t("tech.lifetime", { duration: formatSeconds(technology.maxAgeSeconds, ctx.lang) });
}

export function describeTechnology(technology: Technology, ctx: ViewContext): TechnologyView {
  return {
    id: technology.id,
    name: technology.name?.trim() || null,
    kind: technology.kind,
    kindLabel: ctx.t(`tech.kind.${technology.kind}`),
    provider: ctx.optionalText(technology.provider),
    purpose: ctx.optionalText(technology.purpose),
    country: technology.country === undefined ? null : ctx.country(technology.country),
    lifetime: lifetime(technology, ctx),
    firstParty: technology.firstParty,
    partyLabel: ctx.t(technology.firstParty ? "tech.firstParty" : "tech.thirdParty"),
    domains: [...(technology.domains ?? [])],
  };
}

function categoryLabel(id: string, label: string | null, ctx: ViewContext): string {
  if (label !== null) return label;
  const key = `consentCategory.${id}`;
  return isCommonKey(key) ? ctx.t(key) : id;
}

/** Only categories with at least one technology are listed; unknown categories come last. */
export function describeTechnologies(ctx: ViewContext): TechnologyGroupView[] {
  const technologies = ctx.manifest.technologies ?? [];
  const offered = consentCategories(ctx.manifest);
  const ids = [...offered.map((category) => category.id)];
  for (const technology of technologies)
    if (!ids.includes(technology.category)) ids.push(technology.category);
  return ids.flatMap((id) => {
    const members = technologies.filter((technology) => technology.category === id);
    if (members.length === 0) return [];
    const declared = offered.find((category) => category.id === id);
    return [
      {
        category: {
          id,
          label: categoryLabel(id, ctx.optionalText(declared?.label), ctx),
          description: ctx.optionalText(declared?.description),
          required: declared?.required === true,
        },
        technologies: members.map((technology) => describeTechnology(technology, ctx)),
      },
    ];
  });
}
