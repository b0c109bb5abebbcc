// extractPolicy: Kazakh or Russian policy prose → a draft manifest with evidence. Pure and
// synchronous, for Node and the browser alike; the studio calls it with pasted text and shows each
// item's quotes by their offsets.
import { analyse } from "./analyse.ts";
import { buildDraft, foundIds } from "./draft.ts";
import { detectLanguage } from "./tokens.ts";
import type { ExtractOptions, ExtractResult } from "./types.ts";

/** Beyond this the text is cut: no school's policy is near it, and the work stays bounded. */
export const MAX_POLICY_CHARS = 500_000;

const PERSONAL_DATA = /дербес\s+дерек|жеке\s+дерек|персональн\p{L}*\s+данн|құпиялылық|конфиденциальн/iu;

const todayIso = (): string => new Date().toISOString().slice(0, 10);

export function extractPolicy(input: string, options: ExtractOptions = {}): ExtractResult {
  const text = typeof input === "string" ? input.slice(0, MAX_POLICY_CHARS) : "";
  const language = detectLanguage(text, options.lang);
  const today = options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? options.today : todayIso();
  const { evidence } = analyse(text);
  const { manifest, placeholders } = buildDraft(evidence, language, today);
  const found = foundIds(evidence);
  const declared = evidence.filter((e) => !e.excluded);
  const confidence = declared.length
    ? Math.round((declared.reduce((sum, e) => sum + e.confidence, 0) / declared.length) * 100) / 100
    : 0;
  const items = found.data.length + found.purposes.length + found.legalBases.length + found.rights.length;
  return {
    language,
    draft: manifest,
    evidence: [...evidence, ...placeholders],
    found,
    confidence,
    isPolicy: PERSONAL_DATA.test(text) && items >= 2,
  };
}
