import { render } from "preact";
import { App, initialUiLanguage } from "./App.tsx";
import { loadStudioLanguage } from "./i18n/use-text.ts";
import { openDraftStore } from "./state/draft-store.ts";

const root = document.getElementById("app");
if (root !== null) {
  const uiLanguage = initialUiLanguage();
  void Promise.all([openDraftStore(), loadStudioLanguage(uiLanguage)]).then(([store]) => {
    root.textContent = "";
    render(<App store={store} uiLanguage={uiLanguage} />, root);
  });
}
