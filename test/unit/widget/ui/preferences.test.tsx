// @vitest-environment happy-dom
import { render } from "preact";
import { afterEach, expect, test, vi } from "vitest";
import { Preferences } from "../../../../widget/ui/Preferences.tsx";
import { initialState } from "./fake-engine.ts";

const container = document.createElement("div");
document.body.append(container);
afterEach(() => render(null, container));

function show(lang: "kk" | "ru" | "en" = "kk", persistent = true) {
  const onSave = vi.fn();
  const onClose = vi.fn();
  render(
    <Preferences state={initialState({ persistent })} lang={lang} onSave={onSave} onClose={onClose} />,
    container,
  );
  return { onSave, onClose };
}

const category = (id: string) => container.querySelector<HTMLElement>(`[data-category="${id}"]`);

test("a labelled modal dialog with one switch per category; the required one is on and locked", () => {
  show();
  const dialog = container.querySelector("dialog");
  expect(dialog?.getAttribute("aria-modal")).toBe("true");
  const title = container.querySelector(`#${dialog?.getAttribute("aria-labelledby")}`);
  expect(title?.textContent).toBe("Құпиялылық баптаулары");
  const switches = [...container.querySelectorAll<HTMLInputElement>("input[role='switch']")];
  expect(switches.map((s) => s.id)).toEqual([
    "kelisim-cat-necessary",
    "kelisim-cat-ip",
    "kelisim-cat-analytics",
    "kelisim-cat-media",
  ]);
  expect(switches[0]?.checked && switches[0]?.disabled).toBe(true);
  expect(switches.slice(1).every((s) => !s.checked && !s.disabled)).toBe(true);
  // Each switch is labelled by the category name.
  expect(container.querySelector("label[for='kelisim-cat-analytics']")?.textContent).toBe("Статистика");
});

test("each category says what it covers: services with their countries, cookies with lifetimes", () => {
  show("ru");
  const analytics = category("analytics")?.textContent ?? "";
  expect(analytics).toContain("Яндекс (Россия)");
  expect(analytics).toContain("_ym_uid — 1 год");
  expect(analytics).toContain("_ga — 2 года");
  expect(category("necessary")?.textContent).toContain("PHPSESSID — до закрытия браузера");
  expect(category("media")?.textContent).toContain("YouTube (Google)");
});

test("Save sends only the optional categories, as switched; Cancel sends nothing", async () => {
  const { onSave, onClose } = show();
  container.querySelector<HTMLInputElement>("#kelisim-cat-analytics")?.click();
  // Preact re-renders after the event, before the next one a person could make.
  await new Promise((done) => setTimeout(done, 0));
  container.querySelector<HTMLButtonElement>("[data-action='cancel']")?.click();
  expect(onClose).toHaveBeenCalledOnce();
  expect(onSave).not.toHaveBeenCalled();
  container.querySelector<HTMLButtonElement>("[data-action='save']")?.click();
  expect(onSave).toHaveBeenCalledWith({ ip: false, analytics: true, media: false });
});

test("Escape closes through the UI state", () => {
  const { onClose } = show();
  container
    .querySelector("dialog")
    ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  expect(onClose).toHaveBeenCalledOnce();
});

test("when the browser cannot store the choice, the dialog says it lasts for this visit", () => {
  show("en", false);
  expect(container.textContent).toContain("applies to this visit only");
});
