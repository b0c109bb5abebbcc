// The verdict at the top of the extension's privacy label: did the page do only what it declared?
// Each finding of declared-versus-observed (shared/compare) counts once. Kept out of view-label.ts so
// the widget's viewer, which compares nothing, does not carry it.
import type { Finding } from "../compare/types.ts";
import { verdictEn } from "../i18n/catalog-verdict.en.ts";
import { verdictKk } from "../i18n/catalog-verdict.kk.ts";
import { verdictRu } from "../i18n/catalog-verdict.ru.ts";
import { createTranslator } from "../i18n/translator.ts";
import type { Language, PrivacyManifest } from "./types.ts";
import { describeLabel, type LabelOptions, type PrivacyLabelView } from "./view-label.ts";

const verdictText = createTranslator({ en: verdictEn, ru: verdictRu, kk: verdictKk });

export interface LabelVerdict {
  matches: boolean;
  count: number;
  text: string;
  findings: readonly Finding[];
}

export function describeVerdict(findings: readonly Finding[], lang: Language): LabelVerdict {
  const count = findings.length;
  return {
    matches: count === 0,
    count,
    text:
      count === 0 ? verdictText("verdict.matches", lang) : verdictText("verdict.differs", lang, { count }),
    findings,
  };
}

/** describeLabel plus the verdict over the comparison's findings. */
export function describeLabelWithVerdict(
  manifest: PrivacyManifest,
  lang: Language,
  findings: readonly Finding[],
  options: LabelOptions = {},
): PrivacyLabelView & { verdict: LabelVerdict } {
  return { ...describeLabel(manifest, lang, options), verdict: describeVerdict(findings, lang) };
}
