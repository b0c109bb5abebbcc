// The options page: language, watch mode, history with side-by-side comparison, export, clear.
// Everything it shows and stores stays in the extension's local storage.
import { useEffect, useState } from "preact/hooks";
import { extensionText, uiLanguage } from "../i18n.ts";
import type { HistoryEntry, Settings } from "../model.ts";
import { callBackground } from "../ui/connection.ts";
import { LanguageSelect } from "../ui/language-select.tsx";
import { CompareView } from "./compare-view.tsx";
import { HistorySection } from "./history-section.tsx";
import { WatchMode } from "./watch-mode.tsx";

function downloadJson(data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `kelisim-export-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState("");
  const refresh = async () => {
    setSettings(await callBackground("settings:get", {}));
    setHistory(await callBackground("history:list", {}));
  };
  useEffect(() => void refresh(), []);
  const lang = uiLanguage(settings?.language ?? null, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const toggle = (origin: string) =>
    setSelected((now) =>
      now.includes(origin) ? now.filter((o) => o !== origin) : [...now, origin].slice(-2),
    );
  const pair = selected
    .map((origin) => history.find((entry) => entry.origin === origin))
    .filter((e) => e !== undefined);
  const clearAll = async () => {
    if (!confirm(extensionText("options.clearConfirm", lang))) return;
    await callBackground("history:clear", {});
    setSelected([]);
    await refresh();
    setNotice(extensionText("options.cleared", lang));
  };

  return (
    <main>
      <h1>{extensionText("options.title", lang)}</h1>
      <p class="muted">{extensionText("options.privacy", lang)}</p>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{extensionText("options.language", lang)}</h2>
        <LanguageSelect
          lang={lang}
          chosen={settings?.language ?? null}
          label={extensionText("app.languageLabel", lang)}
          onChange={(language) => void callBackground("settings:set", { language }).then(setSettings)}
        />
      </section>
      <WatchMode
        lang={lang}
        enabled={settings?.watchMode ?? false}
        onChange={async (watchMode) => setSettings(await callBackground("settings:set", { watchMode }))}
      />
      <HistorySection lang={lang} history={history} selected={selected} onToggle={toggle} />
      {pair.length === 2 && pair[0] && pair[1] ? (
        <CompareView left={pair[0]} right={pair[1]} lang={lang} />
      ) : null}
      <p>
        <button
          type="button"
          onClick={() => downloadJson({ exportedAt: new Date().toISOString(), settings, history })}
        >
          {extensionText("options.export", lang)}
        </button>{" "}
        <button type="button" onClick={() => void clearAll()}>
          {extensionText("options.clear", lang)}
        </button>
      </p>
      <p role="status">{notice}</p>
    </main>
  );
}
