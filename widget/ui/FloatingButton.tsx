// The small button that reopens the preferences after a choice. Sits in the corner the banner does
// not use; turned off with data-floating-button="false" when the site has its own
// data-kelisim-open link.
import type { Language } from "../../shared/manifest/types.ts";
import { t } from "./i18n.ts";

export function FloatingButton({
  lang,
  position,
  onOpen,
}: {
  lang: Language;
  position: string;
  onOpen: () => void;
}) {
  const label = t("action.settings", lang);
  return (
    <button
      type="button"
      class="k-fab"
      data-kelisim-view="floating-button"
      data-position={position}
      aria-label={label}
      title={label}
      onClick={onOpen}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm0 10h6c-.5 4-3 7.4-6 8.4V12H6V6.3l6-2.2V12Z" />
      </svg>
    </button>
  );
}
