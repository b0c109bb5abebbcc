// The live preview: the real built widget (dist/studio/widget/, copied from dist/widget/), not a second
// renderer. Each change reloads a small same-origin page that carries the draft as an inline manifest
// and then the widget's own <script>, and opens the view asked for through the widget's public API.
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

const UPDATE_DELAY_MS = 60;

function fillFrame(frame: HTMLIFrameElement, manifest: PrivacyManifest, view: View, lang: Language): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & { Kelisim?: KelisimApi }) | null;
  if (doc === null || win === null) return;
  doc.documentElement.lang = lang;
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
  widget.addEventListener("load", () => {
    const api = win.Kelisim;
    if (api === undefined) return;
    void api.ready.then(() => {
      // A choice made earlier in the preview is stored: show the banner anyway.
      if (view !== "banner" || !api.getConsent().needsPrompt) api.open(view);
      frame.dataset.ready = String(Number(frame.dataset.ready ?? "0") + 1);
    });
  });
  doc.body.append(widget);
}

export function Preview({ manifest, defaultLang }: { manifest: PrivacyManifest; defaultLang: Language }) {
  const say = useText();
  const id = useId();
  const frame = useRef<HTMLIFrameElement>(null);
  const [view, setView] = useState<View>("banner");
  const [width, setWidth] = useState<Width>("phone");
  const [lang, setLang] = useState<Language>(defaultLang);
  const languages: readonly Language[] =
    Array.isArray(manifest.languages) && manifest.languages.length > 0 ? manifest.languages : [defaultLang];
  const shownLang = languages.includes(lang) ? lang : (languages[0] as Language);
  const latest = useRef({ manifest, view, lang: shownLang });
  latest.current = { manifest, view, lang: shownLang };
  useEffect(() => {
    const timer = setTimeout(() => {
      const element = frame.current;
      if (element === null) return;
      try {
        // The widget remembers a visitor's language switch; the preview shows the language asked for.
        localStorage.setItem("kelisim.lang", shownLang);
      } catch {
        // storage blocked: data-lang still applies
      }
      element.src = `preview.html?r=${Date.now()}`;
    }, UPDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [manifest, view, shownLang]);
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
        <iframe
          ref={frame}
          title={say("preview.frameTitle", { view: say(`preview.view.${view}`), lang: shownLang })}
          data-testid="preview-frame"
          onLoad={(event) => {
            const element = event.currentTarget;
            if (!element.src.includes("preview.html")) return;
            const { manifest: m, view: v, lang: l } = latest.current;
            fillFrame(element, m, v, l);
          }}
        />
      </div>
    </aside>
  );
}
