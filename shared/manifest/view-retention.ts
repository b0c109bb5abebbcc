// Retention as one human sentence: the kind in words, the duration when given, then the
// manifest's own description (which is the specific part: "until the pupil leaves school").
import { formatDuration } from "../i18n/duration.ts";
import type { Retention } from "./types.ts";
import type { ViewContext } from "./view-context.ts";

export function describeRetention(retention: Retention, ctx: ViewContext): string {
  const duration =
    retention.duration === undefined || retention.duration.trim() === ""
      ? null
      : formatDuration(retention.duration, ctx.lang);
  let text: string;
  if (retention.kind === "fixed") {
    text = duration === null ? ctx.t("retention.fixedUnstated") : ctx.t("retention.fixed", { duration });
  } else {
    text = ctx.t(`retention.${retention.kind}`);
    if (duration !== null) text = ctx.t("retention.atMost", { text, duration });
  }
  const description = ctx.optionalText(retention.description);
  return description === null ? text : `${text}. ${description}`;
}
