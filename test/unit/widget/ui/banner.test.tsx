// @vitest-environment happy-dom
import { render } from "preact";
import { afterEach, expect, test, vi } from "vitest";
import { Banner, type BannerProps } from "../../../../widget/ui/Banner.tsx";
import { fixtureManifest, initialState } from "./fake-engine.ts";

const container = document.createElement("div");
document.body.append(container);
afterEach(() => render(null, container));

function show(overrides: Partial<BannerProps> = {}) {
  const props: BannerProps = {
    state: initialState(),
    lang: "kk",
    position: "bottom",
    onAcceptAll: vi.fn(),
    onRejectAll: vi.fn(),
    onChoose: vi.fn(),
    onLanguage: vi.fn(),
    ...overrides,
  };
  render(<Banner {...props} />, container);
  return props;
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

test("the three choices call their actions", () => {
  const props = show();
  button("accept-all")?.click();
  button("reject-all")?.click();
  button("choose")?.click();
  expect(props.onAcceptAll).toHaveBeenCalledOnce();
  expect(props.onRejectAll).toHaveBeenCalledOnce();
  expect(props.onChoose).toHaveBeenCalledOnce();
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
