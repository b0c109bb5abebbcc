// The floating button is drawn twice over: in Preact (FloatingButton.tsx) and in plain DOM on the
// returning visitor's light path (widget/return.ts), which cannot carry the widget catalog. Its label
// table must read exactly as the catalog does.
import { describe, expect, it } from "vitest";
import { widgetEn } from "../../../../shared/i18n/catalog-widget.en.ts";
import { widgetKk } from "../../../../shared/i18n/catalog-widget.kk.ts";
import { widgetRu } from "../../../../shared/i18n/catalog-widget.ru.ts";
import { FAB_LABELS, fabPosition } from "../../../../widget/ui/fab.ts";

describe("the floating button's own label table", () => {
  it("is the widget catalog's action.settings in every language", () => {
    expect(FAB_LABELS).toEqual({
      kk: widgetKk["action.settings"],
      ru: widgetRu["action.settings"],
      en: widgetEn["action.settings"],
    });
  });

  it("takes the bottom-left corner unless the banner does", () => {
    expect(fabPosition("bottom")).toBe("bottom-left");
    expect(fabPosition("bottom-left")).toBe("bottom-right");
    expect(fabPosition("top-right")).toBe("bottom-left");
  });
});
