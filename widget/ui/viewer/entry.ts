// Entry of the lazily loaded chunks kelisim-viewer-{kk,ru,en}.js: hands the viewer back to the main script that
// inserted this <script> (see viewer-api.ts). Preact itself comes from the main script.
import { VIEWER_HOOK, type ViewerHook } from "../viewer-api.ts";
import { PolicyViewer } from "./PolicyViewer.tsx";
import css from "./viewer.css?inline";

const script = document.currentScript as (HTMLScriptElement & { [VIEWER_HOOK]?: ViewerHook }) | null;
script?.[VIEWER_HOOK]?.define({ PolicyViewer, css });
