// The seam between kelisim.js and the lazily loaded viewer chunks (kelisim-viewer-<lang>.js). A chunk is
// built without its own copy of Preact: the main script hands over its Preact functions through a
// private property on the <script> element it inserts (no global), and the chunk hands its module
// back the same way. Types only here, plus the property name.
import type { FunctionComponent } from "preact";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";

export const VIEWER_HOOK = "__kelisimViewer";
/** One file per language: most of the viewer's bytes are labels, and a visitor reads one language. */
export const viewerFile = (lang: Language): string => `kelisim-viewer-${lang}.js`;

export interface ViewerProps {
  manifest: PrivacyManifest;
  lang: Language;
  /** The page's origin, so same-site `/path` URLs in the manifest become links. */
  siteOrigin: string;
  /** Opens the consent preferences (the label's "change or withdraw your consent"). */
  onPreferences?: () => void;
}

export interface ViewerModule {
  PolicyViewer: FunctionComponent<ViewerProps>;
  css: string;
}

/** What the main script exposes to the chunk: exactly the Preact functions the chunk imports. */
export interface SharedPreact {
  jsx: unknown;
  jsxs: unknown;
  Fragment: unknown;
  h: unknown;
  useState: unknown;
}

export interface ViewerHook {
  preact: SharedPreact;
  define: (module: ViewerModule) => void;
}
