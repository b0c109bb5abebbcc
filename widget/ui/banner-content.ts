// What the banner says for an engine state: the operator, the optional categories, GPC, and on
// re-consent what changed since the visitor agreed. The banner itself is plain DOM (widget/boot/banner.ts).

import { offeredLanguages } from "../../shared/i18n/negotiate.ts";
import type { BannerContent } from "../boot/banner.ts";
import { askedCategories } from "../boot/banner-text.ts";
import type { EngineState } from "../contract.ts";
import { currentChangeSummary, diffLines } from "./diff-lines.ts";
import { operatorName, t } from "./i18n.ts";

export function bannerContent(state: EngineState): BannerContent {
  const { manifest, language: lang } = state;
  const operator = operatorName(manifest, lang);
  const lines = state.record !== null && state.diff !== null ? diffLines(state, lang) : [];
  return {
    lang,
    languages: offeredLanguages(manifest?.languages),
    operator,
    categories: askedCategories(state.categories, lang, manifest?.defaultLanguage ?? lang),
    noManifest: manifest === null && state.manifestError !== null,
    gpc: state.gpc,
    changes:
      lines.length > 0
        ? {
            intro: t("banner.changed", lang, { operator }),
            lines,
            summary: currentChangeSummary(manifest, lang),
          }
        : null,
  };
}
