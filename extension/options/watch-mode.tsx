// Watch mode asks for the optional permissions at the moment the user turns it on (a user gesture is
// required), and gives them back when it is turned off.
import { useState } from "preact/hooks";
import type { Language } from "../../shared/manifest/types.ts";
import { browser } from "../browser.ts";
import { extensionText } from "../i18n.ts";
import { OPTIONAL_HOST_PERMISSIONS, OPTIONAL_PERMISSIONS } from "../manifest.config.ts";

const WATCH_PERMISSIONS = { permissions: [...OPTIONAL_PERMISSIONS], origins: [...OPTIONAL_HOST_PERMISSIONS] };

export interface WatchModeProps {
  lang: Language;
  enabled: boolean;
  onChange: (enabled: boolean) => Promise<void>;
}

export function WatchMode({ lang, enabled, onChange }: WatchModeProps) {
  const [denied, setDenied] = useState(false);
  const toggle = async (wanted: boolean) => {
    if (wanted) {
      const granted = await browser.permissions.request(WATCH_PERMISSIONS).catch(() => false);
      setDenied(!granted);
      if (!granted) return;
    } else {
      await browser.permissions.remove(WATCH_PERMISSIONS).catch(() => false);
    }
    await onChange(wanted);
  };
  return (
    <section aria-labelledby="watch-heading">
      <h2 id="watch-heading">{extensionText("options.watch", lang)}</h2>
      <label>
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => void toggle((event.currentTarget as HTMLInputElement).checked)}
        />{" "}
        {extensionText("options.watchLabel", lang)}
      </label>
      <p class="muted">{extensionText("options.watchExplain", lang)}</p>
      {denied ? <p role="alert">{extensionText("options.watchDenied", lang)}</p> : null}
    </section>
  );
}
