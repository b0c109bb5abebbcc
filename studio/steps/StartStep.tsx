// Step 1: start blank, from a template, from a manifest the school already has, or from its
// existing policy text (the extractor). The drafts kept in this browser are listed here too.
import { useId, useState } from "preact/hooks";
import { MAX_MANIFEST_BYTES } from "../../shared/manifest/limits.ts";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { focusSoon } from "../fields/focus-soon.ts";
import { useText, useUiLanguage } from "../i18n/use-text.ts";
import type { Draft } from "../state/draft-store.ts";
import { importManifestText, tooLarge } from "../state/import.ts";
import { TEMPLATE_IDS, type TemplateId } from "../state/templates.ts";
import { FromPolicy } from "./FromPolicy.tsx";

export interface StartProps {
  drafts: readonly Draft[];
  currentId: string | null;
  persistent: boolean;
  /** `notice`: what to tell the person on the step the new draft opens on (an import's counts). */
  onCreate: (manifest: PrivacyManifest | null, name: string, template?: TemplateId, notice?: string) => void;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

function ImportSection({ onCreate }: Pick<StartProps, "onCreate">) {
  const say = useText();
  const lang = useUiLanguage();
  const id = useId();
  const [pasted, setPasted] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const handle = (text: string, name: string) => {
    const result = importManifestText(text, lang);
    if (!result.ok) {
      setMessage({ ok: false, text: result.message });
      return;
    }
    // Said on the step the draft opens on: this section is gone by then.
    setMessage(null);
    onCreate(
      result.manifest,
      name,
      undefined,
      say("import.done", { errors: result.errors, warnings: result.warnings }),
    );
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{say("start.import")}</h3>
      <p class="hint">{say("start.importHint")}</p>
      <div class="field">
        <label for={`${id}-file`}>{say("start.importFile")}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file === undefined) return;
            input.value = "";
            // A huge file is refused without being read.
            if (file.size > MAX_MANIFEST_BYTES) {
              const refused = tooLarge(file.size, lang);
              if (!refused.ok) setMessage({ ok: false, text: refused.message });
              return;
            }
            handle(await file.text(), file.name.replace(/\.json$/i, ""));
          }}
        />
      </div>
      <div class="field">
        <label for={`${id}-paste`}>{say("start.importPaste")}</label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </div>
      <button
        type="button"
        disabled={pasted.trim() === ""}
        onClick={() => handle(pasted, say("start.importedName"))}
      >
        {say("start.importButton")}
      </button>
      {message !== null && (
        <p
          class={message.ok ? "ok" : "problem"}
          role={message.ok ? "status" : "alert"}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}

function DraftRow(
  props: { draft: Draft; current: boolean } & Pick<StartProps, "onOpen" | "onRename" | "onDelete">,
) {
  const say = useText();
  const lang = useUiLanguage();
  const id = useId();
  const { draft } = props;
  return (
    <li class={props.current ? "draft current" : "draft"}>
      <label for={`${id}-name`} class="visually-hidden">
        {say("drafts.name")}
      </label>
      <input
        id={`${id}-name`}
        value={draft.name}
        onChange={(event) => props.onRename(draft.id, event.currentTarget.value.trim() || draft.name)}
      />
      <span class="hint">
        {say("drafts.updated", {
          when: new Date(draft.updated).toLocaleString(lang === "kk" ? "kk-KZ" : lang),
        })}
      </span>
      {props.current ? (
        <span class="badge">{say("drafts.current")}</span>
      ) : (
        <button
          type="button"
          onClick={() => {
            props.onOpen(draft.id);
            // This button becomes the "current" badge: focus goes to the opened draft's name.
            focusSoon(`#${CSS.escape(`${id}-name`)}`);
          }}
        >
          {say("drafts.open", { name: draft.name })}
        </button>
      )}
      <button
        type="button"
        class="remove"
        onClick={() => {
          if (confirm(say("drafts.confirmDelete", { name: draft.name }))) {
            props.onDelete(draft.id);
            focusSoon("#drafts-title");
          }
        }}
      >
        {say("drafts.delete", { name: draft.name })}
      </button>
    </li>
  );
}

export function StartStep(props: StartProps) {
  const say = useText();
  return (
    <>
      <section aria-labelledby="drafts-title">
        <h3 id="drafts-title" tabIndex={-1}>
          {say("drafts.title")}
        </h3>
        {!props.persistent && (
          <p class="problem" role="alert" data-testid="storage-warning">
            {say("drafts.notKept")}
          </p>
        )}
        {props.drafts.length === 0 ? (
          <p class="hint">{say("drafts.none")}</p>
        ) : (
          <ul class="drafts">
            {props.drafts.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                current={draft.id === props.currentId}
                onOpen={props.onOpen}
                onRename={props.onRename}
                onDelete={props.onDelete}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-title">
        <h3 id="new-title">{say("start.new")}</h3>
        <div class="actions">
          <button type="button" onClick={() => props.onCreate(null, say("start.blankName"))}>
            {say("start.blank")}
          </button>
        </div>
        <h4>{say("start.templates")}</h4>
        <ul class="templates">
          {TEMPLATE_IDS.map((template) => (
            <li key={template}>
              <button
                type="button"
                onClick={() => props.onCreate(null, say(`template.${template}`), template)}
              >
                {say(`template.${template}`)}
              </button>
              <span class="hint"> {say(`template.${template}.hint`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <ImportSection onCreate={props.onCreate} />
      <FromPolicy onCreate={props.onCreate} />
    </>
  );
}
