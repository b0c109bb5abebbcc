// What the floating button is, shared by its Preact form (FloatingButton.tsx, kelisim-app.js) and its
// plain-DOM form on the returning visitor's light path (widget/return.ts, kelisim-return.js), so the
// two look and read the same. The label is the widget catalog's "action.settings" (a unit test checks).
import type { Language } from "../../shared/manifest/types.ts";

export const FAB_LABELS: Record<Language, string> = {
  kk: "Құпиялылық баптаулары",
  ru: "Настройки конфиденциальности",
  en: "Privacy settings",
};

export const FAB_ICON =
  "M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm0 10h6c-.5 4-3 7.4-6 8.4V12H6V6.3l6-2.2V12Z";

/** The floating button takes the bottom-left corner unless the banner uses it. */
export function fabPosition(bannerPosition: string): string {
  return bannerPosition === "bottom-left" ? "bottom-right" : "bottom-left";
}
