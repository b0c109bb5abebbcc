// Given the stored choice and the manifest, what the banner must do on this page view.
import { optionalCategoryIds } from "../../shared/consent/categories.ts";
import { diffSummaries } from "../../shared/consent/diff.ts";
import { reconsentReasons } from "../../shared/consent/reconsent.ts";
import type { ConsentRecord } from "../../shared/consent/record.ts";
import { summarizeManifest } from "../../shared/consent/summary.ts";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import type { EngineState, OfferedCategory } from "../contract.ts";
import { normalizeChoices } from "./offered.ts";

export type Decision = Pick<EngineState, "choices" | "needsPrompt" | "reasons" | "diff">;

export function decide(
  previous: ConsentRecord | null,
  manifest: PrivacyManifest | null,
  offered: OfferedCategory[],
  nowMs: number,
): Decision {
  const reasons = reconsentReasons(previous, manifest, optionalCategoryIds(offered), nowMs);
  // A material change or an expired choice voids what was granted; a new category alone only
  // adds one more question, so the other answers stand until the visitor answers again.
  const voided = reasons.includes("material-change") || reasons.includes("expired");
  return {
    choices: normalizeChoices(offered, previous && !voided ? previous.choices : {}),
    needsPrompt: reasons.length > 0,
    reasons,
    diff: previous && manifest ? diffSummaries(previous.summary, summarizeManifest(manifest)) : null,
  };
}
