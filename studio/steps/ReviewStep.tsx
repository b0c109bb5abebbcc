// Step 10: review and publish. Every error and warning of the shared validator (not a copy), each
// linked to the step and field it is about; then the manifest file, the script tag and privacy.html.
import { useMemo, useState } from "preact/hooks";
import { describeIssue } from "../../shared/manifest/issue-messages.ts";
import type { CheckIssue } from "../../shared/manifest/result.ts";
import type { Change, PolicySection, PrivacyManifest } from "../../shared/manifest/types.ts";
import { checkManifest } from "../../shared/manifest/validate.ts";
import { pickText } from "../../shared/manifest/view-text.ts";
import {
  CheckboxField,
  ItemList,
  SelectField,
  StepIntro,
  StringField,
  TextField,
} from "../fields/fields.tsx";
import { type StudioKey, useText, useUiLanguage } from "../i18n/use-text.ts";
import { downloadText, manifestFileText } from "../publish/download.ts";
import { emptyRequiredTexts } from "../publish/empty-texts.ts";
import { fixPathOf, stepForPath } from "../publish/issue-steps.ts";
import { DEFAULT_SNIPPET, type SnippetOptions, scriptSnippet } from "../publish/snippet.ts";
import { freshId, setField, today } from "../state/edit.ts";
import type { StepId } from "./step-ids.ts";
import { manifestLanguages, type StepProps } from "./step-props.ts";

function IssueList(props: {
  issues: readonly CheckIssue[];
  kind: "error" | "warning";
  onGo: (path: string) => void;
  manifest: PrivacyManifest;
}) {
  const say = useText();
  const lang = useUiLanguage();
  if (props.issues.length === 0) return null;
  return (
    <ul class={`issues ${props.kind}`}>
      {props.issues.map((issue, index) => {
        const target = fixPathOf(issue, props.manifest);
        const step = stepForPath(target);
        return (
          <li key={index}>
            <span class="issue-kind">{say(props.kind === "error" ? "review.error" : "review.warning")}</span>{" "}
            {issue.code.startsWith("studio-empty-")
              ? say(`review.empty.${issue.code.slice("studio-empty-".length)}` as StudioKey)
              : describeIssue(issue, lang)}{" "}
            <code>{issue.path || "/"}</code>{" "}
            <button type="button" class="link" onClick={() => props.onGo(target)}>
              {say("review.goTo", { step: say(`step.${step}` as `step.${StepId}`) })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function PolicyTexts({ manifest, edit }: StepProps) {
  const say = useText();
  const lang = useUiLanguage();
  const langs = manifestLanguages(manifest);
  const sections = manifest.policy?.sections ?? [];
  const changes = manifest.changes ?? [];
  const setPolicy = (mutate: (policy: NonNullable<typeof manifest.policy>) => void) =>
    edit((m) => {
      const policy = { ...(m.policy ?? {}) };
      mutate(policy);
      setField(m, "policy", policy);
    });
  const changeSection = (index: number, mutate: (section: PolicySection) => void) =>
    edit((m) => {
      const section = m.policy?.sections?.[index];
      if (section !== undefined) mutate(section);
    });
  const changeEntry = (index: number, mutate: (change: Change) => void) =>
    edit((m) => {
      const entry = m.changes?.[index];
      if (entry !== undefined) mutate(entry);
    });
  return (
    <section>
      <h3>{say("review.policy")}</h3>
      <p class="hint">{say("review.policyHint")}</p>
      <TextField
        {...langs}
        label={say("review.policyUrl")}
        hint={say("review.policyUrlHint")}
        path="/policy/url"
        value={manifest.policy?.url}
        onChange={(value) => setPolicy((p) => setField(p, "url", value))}
      />
      <ItemList
        title={say("review.sections")}
        path="/policy/sections"
        items={sections}
        empty={say("review.noSections")}
        itemTitle={(section) => pickText(section.title, lang, langs.defaultLanguage) || section.id}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) =>
          setPolicy((p) =>
            setField(
              p,
              "sections",
              (p.sections ?? []).filter((_, i) => i !== index),
            ),
          )
        }
        addLabel={say("review.addSection")}
        onAdd={() =>
          setPolicy((p) => {
            const list = p.sections ?? [];
            p.sections = [
              ...list,
              {
                id: freshId(
                  "section",
                  list.map((s) => s.id),
                ),
                title: "",
                body: "",
              },
            ];
          })
        }
        renderItem={(section, index) => (
          <>
            <TextField
              {...langs}
              label={say("review.sectionTitle")}
              required
              path={`/policy/sections/${index}/title`}
              value={section.title}
              onChange={(value) =>
                changeSection(index, (s) => {
                  s.title = value ?? "";
                })
              }
            />
            <TextField
              {...langs}
              multiline
              label={say("review.sectionBody")}
              required
              path={`/policy/sections/${index}/body`}
              value={section.body}
              onChange={(value) =>
                changeSection(index, (s) => {
                  s.body = value ?? "";
                })
              }
            />
            <StringField
              label={say("field.id")}
              path={`/policy/sections/${index}/id`}
              value={section.id}
              onChange={(value) =>
                changeSection(index, (s) => {
                  s.id = value ?? "";
                })
              }
            />
          </>
        )}
      />
      <ItemList
        title={say("review.changes")}
        path="/changes"
        items={changes}
        empty={say("review.noChanges")}
        itemTitle={(change) => `${change.version} (${change.date})`}
        removeLabel={(title) => say("list.remove", { name: title })}
        onRemove={(index) =>
          edit((m) =>
            setField(
              m,
              "changes",
              (m.changes ?? []).filter((_, i) => i !== index),
            ),
          )
        }
        addLabel={say("review.addChange")}
        onAdd={() =>
          edit((m) => {
            m.changes = [
              ...(m.changes ?? []),
              { version: m.manifestVersion ?? "", date: today(), summary: "" },
            ];
          })
        }
        renderItem={(change, index) => (
          <>
            <StringField
              label={say("operator.manifestVersion")}
              path={`/changes/${index}/version`}
              value={change.version}
              onChange={(value) =>
                changeEntry(index, (c) => {
                  c.version = value ?? "";
                })
              }
            />
            <StringField
              label={say("review.changeDate")}
              type="date"
              path={`/changes/${index}/date`}
              value={change.date}
              onChange={(value) =>
                changeEntry(index, (c) => {
                  c.date = value ?? "";
                })
              }
            />
            <TextField
              {...langs}
              label={say("review.changeSummary")}
              required
              path={`/changes/${index}/summary`}
              value={change.summary}
              onChange={(value) =>
                changeEntry(index, (c) => {
                  c.summary = value ?? "";
                })
              }
            />
            <CheckboxField
              label={say("review.material")}
              hint={say("review.materialHint")}
              path={`/changes/${index}/material`}
              checked={change.material === true}
              onChange={(on) => changeEntry(index, (c) => setField(c, "material", on ? true : undefined))}
            />
          </>
        )}
      />
    </section>
  );
}

export function ReviewStep(props: StepProps & { onGo: (path: string) => void }) {
  const say = useText();
  const { manifest } = props;
  const result = useMemo(() => {
    const checked = checkManifest(manifest);
    // Required texts left empty are errors too, listed with the validator's own.
    const empty: CheckIssue[] = emptyRequiredTexts(manifest).map((item) => ({
      path: item.path,
      code: `studio-empty-${item.field}`,
      severity: "error",
    }));
    return { ...checked, errors: [...empty, ...checked.errors] };
  }, [manifest]);
  const [snippet, setSnippet] = useState<SnippetOptions>(DEFAULT_SNIPPET);
  const [status, setStatus] = useState("");
  const tag = scriptSnippet(snippet);
  const valid = result.errors.length === 0 && result.manifest !== undefined;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(tag);
      setStatus(say("review.copied"));
    } catch {
      setStatus(say("review.copyFailed"));
    }
  };
  const downloadPage = async () => {
    if (result.manifest === undefined) return;
    const { staticPolicyPage } = await import("../publish/static-page.ts");
    const origin = manifest.origins?.[0] ?? manifest.operator?.website ?? "https://school.kz";
    downloadText("privacy.html", await staticPolicyPage(result.manifest, origin), "text/html");
    setStatus(say("review.downloaded", { file: "privacy.html" }));
  };
  return (
    <>
      <StepIntro>
        <p>{say("review.intro")}</p>
      </StepIntro>
      <section aria-labelledby="review-check">
        <h3 id="review-check">{say("review.check")}</h3>
        <p class={valid ? "ok" : "problem"} role="status" data-testid="review-summary">
          {valid
            ? say("review.valid", { warnings: result.warnings.length })
            : say("review.invalid", { count: result.errors.length })}
        </p>
        <IssueList issues={result.errors} kind="error" onGo={props.onGo} manifest={props.manifest} />
        <IssueList issues={result.warnings} kind="warning" onGo={props.onGo} manifest={props.manifest} />
      </section>
      <PolicyTexts manifest={manifest} edit={props.edit} />
      <section aria-labelledby="review-publish">
        <h3 id="review-publish">{say("review.publish")}</h3>
        <p class="hint">{say("review.publishHint")}</p>
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              downloadText("privacy-manifest.json", manifestFileText(manifest), "application/json");
              setStatus(say("review.downloaded", { file: "privacy-manifest.json" }));
            }}
          >
            {say("review.downloadManifest")}
          </button>
          <button type="button" disabled={!valid} onClick={downloadPage}>
            {say("review.downloadPage")}
          </button>
        </div>
        {!valid && <p class="hint">{say("review.pageNeedsValid")}</p>}
        <h4>{say("review.snippet")}</h4>
        <StringField
          label={say("review.src")}
          path=""
          value={snippet.src}
          onChange={(value) => setSnippet({ ...snippet, src: value ?? DEFAULT_SNIPPET.src })}
        />
        <SelectField
          label={say("review.lang")}
          path=""
          value={snippet.lang === "" ? undefined : snippet.lang}
          emptyLabel={say("review.langAuto")}
          options={manifestLanguages(manifest).languages.map((l) => ({ value: l, label: l }))}
          onChange={(value) => setSnippet({ ...snippet, lang: (value ?? "") as SnippetOptions["lang"] })}
        />
        <SelectField
          label={say("review.position")}
          path=""
          value={snippet.position}
          options={(["bottom", "top", "bottom-left", "bottom-right"] as const).map((p) => ({
            value: p,
            label: say(`position.${p}`),
          }))}
          onChange={(value) =>
            setSnippet({ ...snippet, position: (value ?? "bottom") as SnippetOptions["position"] })
          }
        />
        <CheckboxField
          label={say("review.floating")}
          path=""
          checked={snippet.floatingButton}
          onChange={(on) => setSnippet({ ...snippet, floatingButton: on })}
        />
        <label for="snippet-code">{say("review.snippetCode")}</label>
        <textarea id="snippet-code" readOnly rows={3} value={tag} data-testid="snippet" />
        <div class="actions">
          <button type="button" onClick={copy}>
            {say("review.copy")}
          </button>
        </div>
        <p role="status" class="status">
          {status}
        </p>
      </section>
    </>
  );
}
