// Types `window.Kelisim` inside page.evaluate callbacks of the browser tests.
import type { KelisimApi } from "../../widget/engine/api.ts";

declare global {
  interface Window {
    Kelisim: KelisimApi;
  }
}
