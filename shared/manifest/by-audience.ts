// `describeManifest`: the one view model of a manifest, organised by audience (students,
// parents, staff, visitors…), that both the widget's policy viewer and the extension popup render.
// Nothing about the manifest is interpreted twice: UIs only lay this out.
import { isMinorSubject } from "../taxonomy/lookup.ts";
import type { Audience, Language, PrivacyManifest } from "./types.ts";
import { describeActivity, describeRecipient } from "./view-activity.ts";
import { createViewContext, type ViewContext } from "./view-context.ts";
import { describeAuthority, describeContact, describeOperator } from "./view-people.ts";
import {
  describeChanges,
  describePolicySection,
  describePolicyUrl,
  describeStorageSummary,
} from "./view-policy.ts";
import { describeRight } from "./view-rights.ts";
import { describeTechnologies } from "./view-technologies.ts";
import type { AudienceView, ManifestView } from "./view-types.ts";

export interface DescribeOptions {
  /** https origin of the site (e.g. the page's origin) so `/path` URLs in the manifest become links. */
  siteOrigin?: string;
}

function describeAudience(audience: Audience, ctx: ViewContext): AudienceView {
  const activities = ctx.manifest.activities
    .filter((activity) => activity.audiences.includes(audience.id))
    .map((activity) => describeActivity(activity, ctx));
  const represented =
    audience.representedBy === undefined
      ? null
      : { id: audience.representedBy, label: ctx.label("subject", audience.representedBy) };
  const data = activities.flatMap((activity) => activity.data);
  return {
    id: audience.id,
    label: ctx.label("subject", audience.id),
    minors: audience.minors ?? isMinorSubject(audience.id),
    representedBy: represented,
    activities,
    hasSpecial: data.some((item) => item.special),
    hasElevated: data.some((item) => item.sensitivity === "elevated"),
  };
}

export function describeManifest(
  manifest: PrivacyManifest,
  lang: Language,
  options: DescribeOptions = {},
): ManifestView {
  const ctx = createViewContext(manifest, lang, options.siteOrigin);
  return {
    lang,
    operator: describeOperator(manifest.operator, ctx),
    responsiblePerson:
      manifest.responsiblePerson === undefined ? null : describeContact(manifest.responsiblePerson, ctx),
    authority: describeAuthority(manifest.authority, ctx),
    audiences: manifest.audiences.map((audience) => describeAudience(audience, ctx)),
    rights: (manifest.rights ?? []).map((right) => describeRight(right, ctx)),
    technologies: describeTechnologies(ctx),
    thirdParties: (manifest.recipients ?? [])
      .filter((recipient) => (recipient.domains ?? []).length > 0)
      .map((recipient) => describeRecipient(recipient, ctx)),
    changes: describeChanges(manifest.changes, ctx),
    policy: {
      url: describePolicyUrl(ctx),
      sections: (manifest.policy?.sections ?? []).map((section) => describePolicySection(section, ctx)),
    },
    storageSummary: describeStorageSummary(ctx),
  };
}
