// The whole widget UI as one function of (engine state, which views are open). mount.tsx owns that
// little view state and re-renders on every change, so there is no second source of truth here.
import { offeredLanguages } from "../../shared/i18n/negotiate.ts";
import type { Language } from "../../shared/manifest/types.ts";
import type { EngineState } from "../contract.ts";
import { Dialog } from "./Dialog.tsx";
import { FloatingButton } from "./FloatingButton.tsx";
import { t } from "./i18n.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Preferences } from "./Preferences.tsx";
import type { ViewerModule } from "./viewer-api.ts";

export interface UiState {
  /** The banner (plain DOM, drawn by mount.tsx) is showing. */
  banner: boolean;
  dialog: "preferences" | "policy" | null;
  /** The engine's `ready` has settled: only then may the floating button appear. */
  ready: boolean;
  /** Viewer chunks loaded so far, one per language. */
  viewers: Partial<Record<Language, ViewerModule>>;
  viewerFailed: boolean;
}

export interface UiActions {
  acceptAll: () => void;
  rejectAll: () => void;
  choose: () => void;
  policy: () => void;
  save: (choices: Record<string, boolean>) => void;
  closeDialog: () => void;
  language: (language: Language) => void;
  print: () => void;
}

/** The viewer once both it and the manifest are here; a status line until then. */
export function ViewerOrStatus(props: {
  state: EngineState;
  viewer: ViewerModule | null;
  failed: boolean;
  onPreferences: () => void;
}) {
  const { state, viewer } = props;
  const lang = state.language;
  if (viewer !== null && state.manifest !== null) {
    return (
      <viewer.PolicyViewer
        manifest={state.manifest}
        lang={lang}
        siteOrigin={location.origin}
        onPreferences={props.onPreferences}
      />
    );
  }
  const failed = props.failed || state.manifestError !== null;
  return <p role="status">{t(failed ? "viewer.failed" : "viewer.loading", lang)}</p>;
}

export interface AppProps {
  state: EngineState;
  ui: UiState;
  actions: UiActions;
  position: string;
  floatingButton: boolean;
}

function fabPosition(bannerPosition: string): string {
  // The floating button takes the bottom-left corner unless the banner uses it.
  return bannerPosition === "bottom-left" ? "bottom-right" : "bottom-left";
}

export function App({ state, ui, actions, position, floatingButton }: AppProps) {
  const lang = state.language;
  return (
    <div class="k-root" lang={lang}>
      {floatingButton && ui.ready && !ui.banner && !state.needsPrompt && (
        <FloatingButton lang={lang} position={fabPosition(position)} onOpen={actions.choose} />
      )}
      {ui.dialog === "preferences" && (
        <Preferences state={state} lang={lang} onSave={actions.save} onClose={actions.closeDialog} />
      )}
      {ui.dialog === "policy" && (
        <Dialog
          titleId="kelisim-policy-title"
          title={t("viewer.title", lang)}
          closeLabel={t("action.close", lang)}
          onClose={actions.closeDialog}
          wide
          tools={
            <>
              <LanguageSwitch
                lang={lang}
                languages={offeredLanguages(state.manifest?.languages)}
                onChange={actions.language}
              />
              <button type="button" class="k-lang k-print" onClick={actions.print}>
                {t("action.print", lang)}
              </button>
            </>
          }
        >
          <div data-kelisim-view="policy" lang={lang}>
            <ViewerOrStatus
              state={state}
              viewer={ui.viewers[lang] ?? null}
              failed={ui.viewerFailed}
              onPreferences={actions.choose}
            />
          </div>
        </Dialog>
      )}
    </div>
  );
}
