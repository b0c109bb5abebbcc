// extractPolicy: Kazakh or Russian policy prose → a draft manifest with evidence. Pure, for Node and
// the browser alike; the studio calls it with pasted text and shows each item's quotes by their
// offsets. extractPolicyAsync does the same work in short slices, yielding to the event loop between
// them, so a page stays responsive on a slow phone (issue #10: no long task over 200 ms at 4× CPU).
import { type Analysis, analyse, analyseSteps } from "./analyse.ts";
import { buildDraft, foundIds } from "./draft.ts";
import { detectLanguage, type PolicyLanguage } from "./tokens.ts";
import type { ExtractOptions, ExtractResult } from "./types.ts";

/** Beyond this the text is cut: no school's policy is near it, and the work stays bounded. */
export const MAX_POLICY_CHARS = 500_000;

/** How long one slice of extractPolicyAsync may run before it yields. */
export const DEFAULT_SLICE_MS = 25;

const PERSONAL_DATA = /дербес\s+дерек|жеке\s+дерек|персональн\p{L}*\s+данн|құпиялылық|конфиденциальн/iu;

const todayIso = (): string => new Date().toISOString().slice(0, 10);

interface Prepared {
  text: string;
  language: PolicyLanguage;
  today: string;
}

const prepare = (input: unknown, options: ExtractOptions): Prepared => {
  const text = typeof input === "string" ? input.slice(0, MAX_POLICY_CHARS) : "";
  const today = options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? options.today : todayIso();
  return { text, language: detectLanguage(text, options.lang), today };
};

const finish = ({ text, language, today }: Prepared, { evidence }: Analysis): ExtractResult => {
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
    // A policy names personal data as such; a short notice that lists what it collects without the
    // term («ЖСН, бағалар, телефон… жинаймыз») is one too, once it says enough.
    isPolicy: (PERSONAL_DATA.test(text) && items >= 2) || (found.data.length >= 3 && items >= 4),
  };
};

export function extractPolicy(input: string, options: ExtractOptions = {}): ExtractResult {
  const prepared = prepare(input, options);
  return finish(prepared, analyse(prepared.text));
}

// Both Node and browsers have a global setTimeout; shared/ is built without the DOM and Node types.
declare const setTimeout: (callback: () => void, ms: number) => unknown;
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The same result as extractPolicy, computed in slices of about `sliceMs` with a yield between them. */
export async function extractPolicyAsync(
  input: string,
  options: ExtractOptions = {},
  sliceMs = DEFAULT_SLICE_MS,
): Promise<ExtractResult> {
  const prepared = prepare(input, options);
  const steps = analyseSteps(prepared.text);
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return finish(prepared, step.value);
    if (Date.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = Date.now();
    }
  }
}
