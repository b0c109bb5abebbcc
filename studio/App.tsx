// Kelisim Studio: the steps on the left, the live preview of the real widget on the right, the draft
// autosaved in IndexedDB. State is one Draft; every step edits its manifest through `edit`.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Language, PrivacyManifest } from "../shared/manifest/types.ts";
import { LANGUAGE_NAMES } from "./../widget/boot/language.ts";
import { loadStudioLanguage, type StudioKey, studioText, UiLanguage } from "./i18n/use-text.ts";
import { Preview } from "./preview/Preview.tsx";
import { stepForPath } from "./publish/issue-steps.ts";
import type { Draft, DraftStore } from "./state/draft-store.ts";
import { newDraftId } from "./state/draft-store.ts";
import type { Edit } from "./state/edit.ts";
import { blankManifest, type TemplateId, templateManifest } from "./state/templates.ts";
import { ActivitiesStep } from "./steps/ActivitiesStep.tsx";
import { AudiencesStep } from "./steps/AudiencesStep.tsx";
import { ConsentStep } from "./steps/ConsentStep.tsx";
import { OperatorStep } from "./steps/OperatorStep.tsx";
import { PurposesStep } from "./steps/PurposesStep.tsx";
import { ReviewStep } from "./steps/ReviewStep.tsx";
import { RightsStep } from "./steps/RightsStep.tsx";
import { SharingStep } from "./steps/SharingStep.tsx";
import { StartStep } from "./steps/StartStep.tsx";
import { STEP_IDS, type StepId } from "./steps/step-ids.ts";
import { TechnologiesStep } from "./steps/TechnologiesStep.tsx";

const UI_LANG_KEY = "kelisim.studio.lang";
const CURRENT_DRAFT_KEY = "kelisim.studio.current";

const readStorage = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked
  }
};
const writeStorage = (key: string, value: string | null) => {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage blocked (or full): the choice holds for this page view
  }
};
const UNSAVED_KEY = "kelisim.studio.unsaved";

/** The draft the last page view was left with before its autosave ran, if any. */
function leftUnsaved(): Draft | null {
  try {
    const draft = JSON.parse(readStorage(UNSAVED_KEY) ?? "null") as Draft | null;
    return draft && typeof draft.id === "string" && typeof draft.updated === "number" && draft.manifest
      ? draft
      : null;
  } catch {
    return null;
  }
}
const SAVE_DELAY_MS = 250;
const UI_LANGUAGES: readonly Language[] = ["kk", "ru", "en"];

export function initialUiLanguage(): Language {
  try {
    const saved = localStorage.getItem(UI_LANG_KEY);
    if (saved === "kk" || saved === "ru" || saved === "en") return saved;
  } catch {
    // storage blocked
  }
  return "kk"; // the state language is the default, whatever the browser says
}

function stepFromHash(): StepId | null {
  const value = location.hash.replace(/^#/, "");
  return (STEP_IDS as readonly string[]).includes(value) ? (value as StepId) : null;
}

/** Focuses the control for a JSON Pointer, or the closest enclosing one that is on screen. */
function focusPath(path: string): boolean {
  const segments = path.split("/");
  while (segments.length > 1) {
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(segments.join("/"))}"]`);
    if (target !== null) {
      const control = target.matches("input, select, textarea, button")
        ? target
        : target.querySelector<HTMLElement>("input, select, textarea, button");
      (control ?? target).focus();
      (control ?? target).scrollIntoView({ block: "center" });
      return true;
    }
    segments.pop();
  }
  return false;
}

export function App({ store, uiLanguage }: { store: DraftStore; uiLanguage: Language }) {
  const [lang, setLang] = useState<Language>(uiLanguage);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [current, setCurrent] = useState<Draft | null>(null);
  const [step, setStep] = useState<StepId>(() => stepFromHash() ?? "start");
  const [saved, setSaved] = useState<number | null>(null);
  // A message for the step the person lands on (an import's result), shown until they move on.
  const [notice, setNotice] = useState<{ step: StepId; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const firstRender = useRef(true);
  const say = (key: StudioKey, params?: Record<string, string | number>) => studioText(key, lang, params);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = say("app.title");
    try {
      localStorage.setItem(UI_LANG_KEY, lang);
    } catch {
      // storage blocked: the choice holds for this page view
    }
  }, [lang]);

  useEffect(() => {
    void store.list().then(async (kept) => {
      // Edits the page was left with before the autosave ran (see the pagehide handler below).
      const left = leftUnsaved();
      let list = kept;
      if (left !== null && (kept.find((draft) => draft.id === left.id)?.updated ?? 0) < left.updated) {
        await store.put(left);
        list = await store.list();
      }
      writeStorage(UNSAVED_KEY, null);
      setDrafts(list);
      // The draft open when the page was left, not merely the last changed one.
      const opened = list.find((draft) => draft.id === readStorage(CURRENT_DRAFT_KEY)) ?? list[0];
      if (opened !== undefined) setCurrent(opened);
      else setStep("start");
    });
  }, [store]);

  useEffect(() => {
    if (current !== null) writeStorage(CURRENT_DRAFT_KEY, current.id);
  }, [current?.id]);

  // The skip link moves focus to the heading; the address goes back to naming the step, so a
  // reload returns to it rather than to the start.
  useEffect(() => {
    const onHash = () => {
      if (location.hash === "#step-heading") history.replaceState(null, "", `#${step}`);
    };
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, [step]);

  // Edits of the last 250 ms (the autosave's delay) when the page is left (reload, tab closed):
  // IndexedDB cannot finish a write then, so the draft goes to localStorage, synchronously, and
  // the next page view moves it into IndexedDB.
  const latest = useRef(current);
  latest.current = current;
  const savedAt = useRef(saved);
  savedAt.current = saved;
  useEffect(() => {
    const keep = () => {
      // Without IndexedDB the studio says drafts are not kept: then nothing is kept here either.
      if (!store.persistent) return;
      const draft = latest.current;
      if (draft !== null && savedAt.current !== draft.updated)
        writeStorage(UNSAVED_KEY, JSON.stringify(draft));
    };
    addEventListener("pagehide", keep);
    return () => removeEventListener("pagehide", keep);
  }, [store]);

  // Autosave: shortly after the last change, so typing does not write on every key.
  useEffect(() => {
    if (current === null) return;
    const timer = setTimeout(async () => {
      await store.put(current);
      setSaved(current.updated);
      setDrafts(await store.list());
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [current, store]);

  useEffect(() => {
    if (location.hash !== `#${step}`) history.replaceState(null, "", `#${step}`);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (pendingFocus.current !== null && focusPath(pendingFocus.current)) {
      pendingFocus.current = null;
      return;
    }
    pendingFocus.current = null;
    heading.current?.focus();
  }, [step]);

  const edit: Edit = useCallback((mutate) => {
    setCurrent((draft) => {
      if (draft === null) return draft;
      const manifest = structuredClone(draft.manifest);
      mutate(manifest);
      return { ...draft, manifest, updated: Date.now() };
    });
  }, []);

  const create = (manifest: PrivacyManifest | null, name: string, template?: TemplateId, told?: string) => {
    const chosen = manifest ?? (template !== undefined ? templateManifest(template) : blankManifest());
    const draft: Draft = { id: newDraftId(), name, updated: Date.now(), manifest: structuredClone(chosen) };
    setCurrent(draft);
    setDrafts((list) => [draft, ...list]);
    setNotice(told === undefined ? null : { step: "operator", text: told });
    setStep("operator");
  };

  const go = (path: string) => {
    pendingFocus.current = path;
    const target = stepForPath(path);
    if (target === step) {
      if (focusPath(path)) pendingFocus.current = null;
    } else setStep(target);
  };

  const index = STEP_IDS.indexOf(step);
  const stepName = (id: StepId) => say(`step.${id}`);
  const manifest = current?.manifest;
  const body = (() => {
    if (step === "start" || manifest === undefined) {
      return (
        <StartStep
          drafts={drafts}
          currentId={current?.id ?? null}
          persistent={store.persistent}
          onCreate={create}
          onOpen={(id) => {
            const found = drafts.find((draft) => draft.id === id);
            if (found !== undefined) setCurrent(structuredClone(found));
          }}
          onRename={(id, name) => {
            if (current?.id === id) setCurrent({ ...current, name, updated: Date.now() });
            else {
              const found = drafts.find((draft) => draft.id === id);
              if (found !== undefined)
                void store.put({ ...found, name }).then(async () => setDrafts(await store.list()));
            }
          }}
          onDelete={async (id) => {
            await store.remove(id);
            const list = await store.list();
            setDrafts(list);
            if (current?.id === id) setCurrent(null);
          }}
        />
      );
    }
    const props = { manifest, edit };
    switch (step) {
      case "operator":
        return <OperatorStep {...props} />;
      case "audiences":
        return <AudiencesStep {...props} />;
      case "activities":
        return <ActivitiesStep {...props} />;
      case "purposes":
        return <PurposesStep {...props} />;
      case "sharing":
        return <SharingStep {...props} />;
      case "rights":
        return <RightsStep {...props} />;
      case "technologies":
        return <TechnologiesStep {...props} />;
      case "consent":
        return <ConsentStep {...props} />;
      case "review":
        return <ReviewStep {...props} onGo={go} />;
    }
  })();

  return (
    <UiLanguage.Provider value={lang}>
      <a class="skip" href="#step-heading">
        {say("app.skip")}
      </a>
      <header class="top">
        <h1>Kelisim Studio</h1>
        <p class="tagline">{say("app.tagline")}</p>
        <div class="field ui-lang">
          <label for="ui-lang">{say("app.uiLanguage")}</label>
          <select
            id="ui-lang"
            onChange={(event) => {
              const next = event.currentTarget.value as Language;
              void loadStudioLanguage(next).then(() => setLang(next));
            }}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l} selected={l === lang}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <p class="save-state" data-testid="save-state" data-saved={saved ?? ""}>
          {current === null
            ? say("app.noDraft")
            : !store.persistent
              ? say("app.notKept", { name: current.name })
              : saved === current.updated
                ? say("app.saved", { name: current.name })
                : say("app.editing", { name: current.name })}
        </p>
      </header>
      <nav class="steps" aria-label={say("app.steps")}>
        <ol>
          {STEP_IDS.map((id, i) => (
            <li key={id}>
              <button
                type="button"
                aria-current={id === step ? "step" : undefined}
                disabled={id !== "start" && manifest === undefined}
                onClick={() => setStep(id)}
              >
                {i + 1}. {stepName(id)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div class="layout">
        <main class="step">
          <h2 id="step-heading" tabIndex={-1} ref={heading}>
            {index + 1}. {stepName(step)}
          </h2>
          {notice !== null && notice.step === step && (
            <p class="ok" role="status" data-testid="step-notice">
              {notice.text}
            </p>
          )}
          {body}
          {manifest !== undefined && (
            <div class="step-buttons">
              {index > 0 && (
                <button type="button" onClick={() => setStep(STEP_IDS[index - 1] as StepId)}>
                  ← {say("app.back", { step: stepName(STEP_IDS[index - 1] as StepId) })}
                </button>
              )}
              {index < STEP_IDS.length - 1 && (
                <button type="button" class="primary" onClick={() => setStep(STEP_IDS[index + 1] as StepId)}>
                  {say("app.next", { step: stepName(STEP_IDS[index + 1] as StepId) })} →
                </button>
              )}
            </div>
          )}
        </main>
        {manifest !== undefined && <Preview manifest={manifest} defaultLang={lang} />}
      </div>
    </UiLanguage.Provider>
  );
}
