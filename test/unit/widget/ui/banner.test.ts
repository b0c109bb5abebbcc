// @vitest-environment happy-dom
// The plain-DOM banner (widget/boot/banner.ts) drawing what banner-content.ts says for an engine state.
import { afterEach, expect, test, vi } from "vitest";
import { createBanner } from "../../../../widget/boot/banner.ts";
import type { EngineState } from "../../../../widget/contract.ts";
import { bannerContent } from "../../../../widget/ui/banner-content.ts";
import { fixtureManifest, initialState } from "./fake-engine.ts";

const host = document.createElement("div");
document.body.append(host);
const container = host.attachShadow({ mode: "open" });
afterEach(() => container.replaceChildren());

function show(options: { state?: EngineState; lang?: EngineState["language"] } = {}) {
  const handlers = { action: vi.fn(), language: vi.fn() };
  const state = options.state ?? initialState();
  const banner = createBanner(container, "bottom", handlers);
  banner.show(bannerContent({ ...state, language: options.lang ?? "kk" }));
  return { handlers, banner };
}

const button = (action: string) => container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

test("names the operator and the optional categories, in Kazakh by default", () => {
  show();
  const text = container.textContent ?? "";
  expect(text).toContain("«№ 1 жалпы білім беретін мектеп» КММ");
  expect(text).toContain("Статистика");
  expect(text).not.toContain("Қажетті"); // the required category is not "asked"
  expect(button("accept-all")?.textContent).toBe("Барлығын қабылдау");
  expect(button("reject-all")?.textContent).toBe("Барлығынан бас тарту");
  expect(button("choose")?.textContent).toBe("Таңдау");
  expect(container.querySelector("a[href='#privacy']")?.textContent).toBe("Құпиялылық саясаты");
});

test("the three choices call their actions; only accept / reject count as an answer", () => {
  const { handlers, banner } = show();
  button("choose")?.click();
  expect(banner.answered).toBe(false);
  button("accept-all")?.click();
  button("reject-all")?.click();
  expect(handlers.action.mock.calls).toEqual([["choose"], ["accept-all"], ["reject-all"]]);
  expect(banner.answered).toBe(true);
});

test("a language button asks for that language; showing again keeps the same buttons (focus stays)", () => {
  const { handlers, banner } = show();
  const accept = button("accept-all");
  container.querySelector<HTMLButtonElement>("button[lang='ru']")?.click();
  expect(handlers.language).toHaveBeenCalledWith("ru");
  banner.show(bannerContent({ ...initialState(), language: "ru" }));
  expect(button("accept-all")).toBe(accept);
  expect(accept?.textContent).toBe("Принять все");
  expect(container.querySelector("button[lang='ru']")?.getAttribute("aria-pressed")).toBe("true");
  expect(container.querySelector("section")?.getAttribute("lang")).toBe("ru");
  banner.hide();
  expect(container.querySelector("[data-kelisim-view='banner']")).toBeNull();
  expect(banner.shown).toBe(false);
});

test("with GPC on it says the signal was honoured", () => {
  show({ state: initialState({ gpc: true }), lang: "ru" });
  expect(container.querySelector("[data-kelisim-gpc]")?.textContent).toContain("Global Privacy Control");
});

test("on re-consent it lists what changed, naming recipients, services and countries", () => {
  const state = initialState({
    record: {} as never,
    reasons: ["material-change"],
    diff: {
      addedCategories: ["media"],
      addedDataCategories: ["ip-address", "browsing-behaviour"],
      addedRecipients: ["youtube"],
      addedTechnologies: ["youtube-embed"],
      addedTransfers: ["to-usa"],
    },
  });
  show({ state, lang: "ru" });
  const items = [...container.querySelectorAll("[data-kelisim-changes] li")].map((li) => li.textContent);
  expect(items).toEqual([
    "новые категории согласия: Видео (YouTube)",
    "2 новых вида персональных данных",
    "новые получатели: YouTube (Google)",
    "новые сторонние сервисы: YouTube (Google)",
    // The reviewed shared country table, not the runtime's Intl data (which differs by browser).
    "новые передачи за рубеж: США",
  ]);
});

test("without a usable manifest it says so instead of naming anyone", () => {
  show({ state: initialState({ manifest: null, manifestError: "bad", categories: [] }) });
  expect(container.textContent).toContain("мәлімдемесін оқу мүмкін болмады");
  expect(fixtureManifest.operator.name).toBeTruthy();
});
