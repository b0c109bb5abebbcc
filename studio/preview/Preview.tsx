// The live preview: the real built widget (dist/studio/widget/, copied from dist/widget/), not a second
// renderer. Each change fills a fresh same-origin page with the draft as an inline manifest and then
// the widget's own <script>, and opens the view asked for through the widget's public API.
// Two frames take turns: the one on show, and a standby already loaded with an empty preview.html. A
// change is drawn in the standby (invisible, but laid out, so the widget runs as on a real page) and
// the frames swap as soon as the view is up — no navigation and no debounce on the keystroke's path.
// While a draw is under way, further changes wait, and only the latest one is drawn next.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import { pickText } from "../../shared/manifest/view-text.ts";
import { useText } from "../i18n/use-text.ts";

type View = "banner" | "preferences" | "policy";
type Width = "phone" | "desktop";

interface KelisimApi {
  ready: Promise<unknown>;
  getConsent: () => { needsPrompt: boolean };
  open: (view: View) => void;
}

interface Draw {
  manifest: PrivacyManifest;
  view: View;
  lang: Language;
}

// `latest` is a new object on every render; what is drawn depends only on these three.
const sameDraw = (a: Draw | null, b: Draw) =>
  a !== null && a.manifest === b.manifest && a.view === b.view && a.lang === b.lang;

/** True once the widget in `doc` shows `view` (the banner the widget paints itself, or a dialog). */
function showing(doc: Document, view: View): boolean {
  const root = doc.querySelector("[data-kelisim-host]")?.shadowRoot;
  const element = root?.querySelector<HTMLElement>(`[data-kelisim-view="${view}"]`);
  return element != null && !element.hidden && element.isConnected;
}

/** Fills an empty preview.html with the draft and the widget; `done` once the view is up (or cannot be). */
function fillFrame(
  frame: HTMLIFrameElement,
  { manifest, view, lang }: Draw,
  done: () => void,
  reach: () => void,
): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & { Kelisim?: KelisimApi }) | null;
  if (doc === null || win === null) {
    done();
    return;
  }
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  doc.documentElement.lang = lang;
  // A press or a key inside the preview means the person is using it: its focus is theirs.
  doc.addEventListener("pointerdown", reach, true);
  doc.addEventListener("keydown", reach, true);
  const siteName = doc.getElementById("site-name");
  if (siteName !== null) {
    siteName.textContent = pickText(manifest.operator?.name, lang, manifest.defaultLanguage ?? lang) || "—";
  }
  const data = doc.createElement("script");
  data.type = "application/json";
  data.id = "privacy-manifest";
  data.textContent = JSON.stringify(manifest);
  doc.head.append(data);
  const widget = doc.createElement("script");
  widget.src = "widget/kelisim.js";
  widget.dataset.lang = lang;
  const watch = () => {
    if (finished) return;
    if (showing(doc, view)) finish();
    else win.requestAnimationFrame(watch);
  };
  widget.addEventListener("load", () => {
    watch();
    const api = win.Kelisim;
    if (api === undefined) {
      finish();
      return;
    }
    void api.ready.then(() => {
      // A choice made earlier in the preview is stored: show the banner anyway.
      if (view !== "banner" || !api.getConsent().needsPrompt) api.open(view);
      // An unfinished draft shows no view at all; what the widget did show is the preview then.
      win.setTimeout(finish, 50);
    }, finish);
  });
  widget.addEventListener("error", finish);
  doc.body.append(widget);
}

export function Preview({ manifest, defaultLang }: { manifest: PrivacyManifest; defaultLang: Language }) {
  const say = useText();
  const id = useId();
  const [view, setView] = useState<View>("banner");
  const [width, setWidth] = useState<Width>("phone");
  const [lang, setLang] = useState<Language>(defaultLang);
  const languages: readonly Language[] =
    Array.isArray(manifest.languages) && manifest.languages.length > 0 ? manifest.languages : [defaultLang];
  const shownLang = languages.includes(lang) ? lang : (languages[0] as Language);
  const latest = useRef<Draw>({ manifest, view, lang: shownLang });
  latest.current = { manifest, view, lang: shownLang };
  const frames = [useRef<HTMLIFrameElement>(null), useRef<HTMLIFrameElement>(null)];
  // Which frame is on show, whether the other one holds a loaded, empty page, and what is drawn.
  const turn = useRef({ active: 0, standbyLoaded: false, drawing: false, drawn: null as Draw | null });
  const frameTitle = say("preview.frameTitle", { view: say(`preview.view.${view}`), lang: shownLang });

  // When the person last reached for the preview (see the focus effect below).
  const reached = useRef(0);
  const reachPreview = () => {
    reached.current = Date.now();
  };

  const mark = () => {
    frames.forEach((ref, index) => {
      const element = ref.current;
      if (element === null) return;
      const onShow = index === turn.current.active;
      element.classList.toggle("standby", !onShow);
      if (onShow) element.dataset.testid = "preview-frame";
      else delete element.dataset.testid;
      element.tabIndex = onShow ? 0 : -1;
      element.toggleAttribute("aria-hidden", !onShow);
      element.inert = !onShow;
    });
  };
  const reloadStandby = () => {
    const standby = frames[1 - turn.current.active]?.current;
    if (standby == null) return;
    turn.current.standbyLoaded = false;
    standby.src = `preview.html?r=${Date.now()}`;
  };
  const drawLatest = () => {
    const state = turn.current;
    const wanted = latest.current;
    if (state.drawing || !state.standbyLoaded || sameDraw(state.drawn, wanted)) return;
    const standby = frames[1 - state.active]?.current;
    if (standby == null) return;
    state.drawing = true;
    state.standbyLoaded = false;
    fillFrame(
      standby,
      wanted,
      () => {
        state.drawing = false;
        state.drawn = wanted;
        state.active = 1 - state.active;
        mark();
        const shown = frames[state.active]?.current;
        if (shown != null) shown.dataset.ready = String(Number(shown.dataset.ready ?? "0") + 1);
        reloadStandby();
      },
      reachPreview,
    );
  };

  useEffect(() => {
    try {
      // The widget remembers a visitor's language switch; the preview shows the language asked for.
      localStorage.setItem("kelisim.lang", shownLang);
    } catch {
      // storage blocked: data-lang still applies
    }
    drawLatest();
  }, [manifest, view, shownLang]);
  useEffect(() => {
    mark();
    reloadStandby();
  }, []);
  // Each change opens the asked-for view in a frame, and the widget's dialog takes focus when it
  // opens, as it must on a real page. In the Studio that pulled the caret out of the field being
  // typed in (the rest of the word was lost). Focus that reaches a preview frame without the person
  // reaching for it (a pointer press or a key in the preview, Tab into it) is given back.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Tab") reachPreview();
    };
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target;
      if (!(left instanceof HTMLElement) || frames.some((ref) => ref.current === left)) return;
      queueMicrotask(() => {
        const into = document.activeElement;
        const toPreview = frames.some((ref) => ref.current !== null && ref.current === into);
        if (toPreview && Date.now() - reached.current > 300 && left.isConnected)
          left.focus({ preventScroll: true });
      });
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("focusout", onFocusOut, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("focusout", onFocusOut, true);
    };
  }, []);
  const views: View[] = ["banner", "preferences", "policy"];
  return (
    <aside class="preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{say("preview.title")}</h2>
      <div class="preview-controls">
        <fieldset>
          <legend>{say("preview.view")}</legend>
          {views.map((v) => (
            <label key={v}>
              <input type="radio" name={`${id}-view`} checked={view === v} onChange={() => setView(v)} />{" "}
              {say(`preview.view.${v}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{say("preview.width")}</legend>
          {(["phone", "desktop"] as const).map((w) => (
            <label key={w}>
              <input type="radio" name={`${id}-width`} checked={width === w} onChange={() => setWidth(w)} />{" "}
              {say(`preview.width.${w}`)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for={`${id}-lang`}>{say("preview.lang")}</label>
          <select id={`${id}-lang`} onChange={(event) => setLang(event.currentTarget.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l} selected={l === shownLang}>
                {l}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class={`preview-stage ${width}`}>
        {frames.map((ref, index) => (
          <iframe
            key={index}
            ref={ref}
            title={frameTitle}
            onLoad={(event) => {
              const element = event.currentTarget;
              if (!element.src.includes("preview.html") || index === turn.current.active) return;
              turn.current.standbyLoaded = true;
              drawLatest();
            }}
          />
        ))}
      </div>
    </aside>
  );
}
