// Declared rights and how to exercise them (email, site, post, in person, eGov).
import type { Right } from "./types.ts";
import type { ViewContext } from "./view-context.ts";
import { channelLink } from "./view-links.ts";
import type { RightView } from "./view-types.ts";

export function describeRight(right: Right, ctx: ViewContext): RightView {
  const responseDays = right.responseDays ?? null;
  return {
    id: right.id,
    label: ctx.label("right", right.id),
    channels: (right.channels ?? []).map((channel) => ({
      type: channel.type,
      typeLabel: ctx.t(`channel.${channel.type}`),
      value: channel.value,
      ...channelLink(channel.type, channel.value, ctx.siteOrigin),
    })),
    responseDays,
    responseText: responseDays === null ? null : ctx.t("rights.responseDays", { count: responseDays }),
    note: ctx.optionalText(right.note),
  };
}
