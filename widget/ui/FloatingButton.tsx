// The small button that reopens the preferences after a choice. Sits in the corner the banner does
// not use; turned off with data-floating-button="false" when the site has its own
// data-kelisim-open link.
import type { Language } from "../../shared/manifest/types.ts";
import { FAB_ICON } from "./fab.ts";
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
        <path d={FAB_ICON} />
      </svg>
    </button>
  );
}
