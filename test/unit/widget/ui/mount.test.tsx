// @vitest-environment happy-dom
// mountUi with a fake Engine: the view state (banner, dialogs, floating button) follows the engine.
import { afterEach, beforeEach, expect, test } from "vitest";
import { mountUi } from "../../../../widget/ui/mount.tsx";
import { createFakeEngine } from "./fake-engine.ts";

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  localStorage.clear();
});
afterEach(() => host.remove());

const tick = () => new Promise((done) => setTimeout(done, 10));
const q = (selector: string) => host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

test("open('banner') shows the banner; Accept all hides it and asks the engine", async () => {
  const engine = createFakeEngine();
  const ui = mountUi(engine, host.attachShadow({ mode: "open" }), { dataset: {} });
  expect(q("[data-kelisim-view='banner']")).toBeNull();
  ui.open("banner");
  expect(q("[data-kelisim-view='banner']")).not.toBeNull();
  q("[data-action='accept-all']")?.click();
  await tick();
  expect(engine.calls).toEqual(["acceptAll"]);
  expect(q("[data-kelisim-view='banner']")).toBeNull();
  // A choice exists and the engine is ready: the floating button reopens preferences.
  q("[data-kelisim-view='floating-button']")?.click();
  await tick();
  expect(q("[data-kelisim-view='preferences']")).not.toBeNull();
});

test('data-floating-button="false" turns the floating button off', async () => {
  const engine = createFakeEngine({ needsPrompt: false });
  mountUi(engine, host.attachShadow({ mode: "open" }), { dataset: { floatingButton: "false" } });
  await tick();
  expect(q("[data-kelisim-view='floating-button']")).toBeNull();
});

test("data-position is passed to the banner; the language switch is remembered", async () => {
  const engine = createFakeEngine();
  const ui = mountUi(engine, host.attachShadow({ mode: "open" }), { dataset: { position: "top-right" } });
  ui.open("banner");
  expect(q("[data-kelisim-view='banner']")?.getAttribute("data-position")).toBe("top-right");
  q("button[lang='ru']")?.click();
  await tick();
  expect(engine.calls).toContain("setLanguage ru");
  expect(localStorage.getItem("kelisim.lang")).toBe("ru");
  expect(q("[data-action='accept-all']")?.textContent).toBe("Принять все");
});

test("a remembered language is applied at mount, before anything is drawn", () => {
  localStorage.setItem("kelisim.lang", "en");
  const engine = createFakeEngine();
  const ui = mountUi(engine, host.attachShadow({ mode: "open" }), {});
  ui.open("banner");
  expect(q("[data-action='reject-all']")?.textContent).toBe("Reject all");
});

test("a choice made elsewhere (another tab, the JS API) closes the banner", async () => {
  const engine = createFakeEngine();
  const ui = mountUi(engine, host.attachShadow({ mode: "open" }), {});
  ui.open("banner");
  engine.setState({ needsPrompt: false });
  await tick();
  expect(q("[data-kelisim-view='banner']")).toBeNull();
});
