// Start from the school's existing policy text: the extractor (shared/extract, loaded only when
// used) reads the kk/ru prose and proposes what it declares, each item with the sentence it came
// from. The webmaster keeps or drops each item; the draft is built from what they kept.
import { useId, useState } from "preact/hooks";
import type { Evidence, ExtractResult } from "../../shared/extract/index.ts";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { taxonomyLabel } from "../../shared/taxonomy/label.ts";
import type { TaxonomyKind } from "../../shared/taxonomy/lookup.ts";
import { type StudioKey, useText, useUiLanguage } from "../i18n/use-text.ts";
import { today } from "../state/edit.ts";

const KIND: Partial<Record<Evidence["field"], TaxonomyKind>> = {
  audience: "subject",
  data: "data",
  purpose: "purpose",
  legalBasis: "legalBasis",
  recipient: "recipient",
  right: "right",
  transfer: "transferStatement",
};

const MAX_QUOTES = 3;

const itemKey = (evidence: Evidence) => `${evidence.field}\u0000${evidence.id}\u0000${evidence.value ?? ""}`;

interface EvidenceGroup {
  key: string;
  declared: Evidence[];
  excluded: Evidence[];
}

/** One row per item (a data category is usually mentioned several times), in order of first mention. */
function groupEvidence(evidence: readonly Evidence[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const item of evidence) {
    if (item.placeholder) continue;
    const key = itemKey(item);
    const group = groups.get(key) ?? { key, declared: [], excluded: [] };
    (item.excluded ? group.excluded : group.declared).push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function Quoted({ text, evidence }: { text: string; evidence: Evidence }) {
  const [sentence, match] = evidence.quotes;
  if (sentence === undefined) return null;
  if (match === undefined || match.start < sentence.start || match.end > sentence.end) {
    return <q>{sentence.text}</q>;
  }
  // A sentence that lists ten items would be shown whole under each of them: the words around the
  // match are enough to judge it (the CLI's report keeps whole sentences and their offsets).
  const before = text.slice(sentence.start, match.start);
  const after = text.slice(match.end, sentence.end);
  const head =
    before.length > QUOTE_CONTEXT ? `…${before.slice(-QUOTE_CONTEXT).replace(/^\S*\s/, "")}` : before;
  const tail =
    after.length > QUOTE_CONTEXT ? `${after.slice(0, QUOTE_CONTEXT).replace(/\s\S*$/, "")}…` : after;
  return (
    <q>
      {head}
      <mark>{text.slice(match.start, match.end)}</mark>
      {tail}
    </q>
  );
}

/** Characters of the sentence shown on each side of a match. */
const QUOTE_CONTEXT = 60;

export function FromPolicy({
  onCreate,
}: {
  onCreate: (manifest: PrivacyManifest, name: string, template?: undefined, notice?: string) => void;
}) {
  const say = useText();
  const lang = useUiLanguage();
  const id = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; extracted: ExtractResult } | null>(null);
  // Keys (field, id, value) the webmaster unticked: every mention of that item is left out.
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState("");
  const analyse = async () => {
    setBusy(true);
    setProblem("");
    try {
      const { extractPolicyAsync, MAX_POLICY_CHARS } = await import("../../shared/extract/index.ts");
      if (text.length > MAX_POLICY_CHARS) {
        // The items found in an earlier text would read as this one's: they go.
        setResult(null);
        setProblem(say("policy.tooLong", { max: MAX_POLICY_CHARS }));
        return;
      }
      const extracted = await extractPolicyAsync(text, { today: today() });
      if (!extracted.isPolicy) {
        setResult(null);
        setProblem(say("policy.notPolicy"));
        return;
      }
      setResult({ text, extracted });
      setDropped(new Set());
    } finally {
      setBusy(false);
    }
  };
  const groups = groupEvidence(result?.extracted.evidence ?? []);
  const declared = groups.filter((group) => group.declared.length > 0);
  const excluded = groups.filter((group) => group.declared.length === 0 && group.excluded.length > 0);
  const label = (evidence: Evidence) => {
    const kind = KIND[evidence.field];
    if (kind !== undefined) return taxonomyLabel(kind, evidence.id, lang);
    // Which of the operator's details it is: "Оператор: email — school1@…", not "Оператор: school1@…".
    const detail = evidence.field === "operator" ? say(`evidence.detail.${evidence.id}` as StudioKey) : "";
    const value = evidence.value ? `${evidence.value}` : evidence.id;
    return detail && !detail.startsWith("evidence.") ? `${detail} — ${value}` : value;
  };
  const create = async () => {
    if (result === null) return;
    const { buildDraft } = await import("../../shared/extract/index.ts");
    const kept = result.extracted.evidence.filter(
      (evidence) => !dropped.has(itemKey(evidence)) && !evidence.placeholder,
    );
    const draft = buildDraft(kept, result.extracted.language, today());
    // What the text did not say and the draft had to fill in: told where the draft opens, so it is
    // checked rather than published as if the policy had said it.
    const assumed = draft.placeholders.map((item) =>
      item.field === "retention" ? say("policy.assumedRetention") : label(item),
    );
    onCreate(
      draft.manifest,
      say("policy.draftName"),
      undefined,
      assumed.length ? say("policy.assumed", { items: assumed.join("; ") }) : undefined,
    );
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{say("policy.title")}</h3>
      <p class="hint">{say("policy.hint")}</p>
      <div class="field">
        <label for={`${id}-text`}>{say("policy.paste")}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <button type="button" disabled={busy || text.trim() === ""} onClick={analyse}>
        {busy ? say("policy.reading") : say("policy.analyse")}
      </button>
      {problem !== "" && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {result !== null && (
        <div class="evidence" data-testid="policy-evidence">
          <p role="status">{say("policy.found", { count: declared.length })}</p>
          <ul>
            {declared.map((group, index) => {
              const first = group.declared[0] as Evidence;
              return (
                <li key={group.key}>
                  <input
                    type="checkbox"
                    id={`${id}-e${index}`}
                    checked={!dropped.has(group.key)}
                    onChange={(event) => {
                      const next = new Set(dropped);
                      if (event.currentTarget.checked) next.delete(group.key);
                      else next.add(group.key);
                      setDropped(next);
                    }}
                  />
                  <label for={`${id}-e${index}`}>
                    <span class="evidence-field">{say(`evidence.${first.field}` as StudioKey)}:</span>{" "}
                    {label(first)}
                  </label>
                  {group.declared.slice(0, MAX_QUOTES).map((evidence, n) => (
                    <p class="quote" lang={result.extracted.language} key={n}>
                      <Quoted text={result.text} evidence={evidence} />
                    </p>
                  ))}
                  {group.declared.length > MAX_QUOTES && (
                    <p class="hint">
                      {say("policy.moreQuotes", { count: group.declared.length - MAX_QUOTES })}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          {excluded.length > 0 && (
            <>
              <h4>{say("policy.excluded")}</h4>
              <ul>
                {excluded.map((group) => {
                  const first = group.excluded[0] as Evidence;
                  return (
                    <li key={group.key}>
                      {say(`evidence.${first.field}` as StudioKey)}: {label(first)} —{" "}
                      {say(first.excluded === "negated" ? "policy.negated" : "policy.definition")}
                      <p class="quote" lang={result.extracted.language}>
                        <Quoted text={result.text} evidence={first} />
                      </p>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <button type="button" onClick={create}>
            {say("policy.create")}
          </button>
        </div>
      )}
    </section>
  );
}
