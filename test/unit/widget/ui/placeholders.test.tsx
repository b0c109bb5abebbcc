// @vitest-environment happy-dom
import { expect, test } from "vitest";
import { describeEmbed, watchPlaceholders } from "../../../../widget/ui/placeholders.tsx";
import { createFakeEngine, fixtureManifest } from "./fake-engine.ts";

const tick = () => new Promise((done) => setTimeout(done, 20));

test("names the provider and country from the manifest's technologies, else the host", () => {
  expect(describeEmbed("https://www.youtube-nocookie.com/embed/x", fixtureManifest, "kk")).toEqual({
    provider: "YouTube (Google)",
    country: " (АҚШ)",
  });
  expect(describeEmbed("https://maps.2gis.com/x", fixtureManifest, "en").provider).toBe("2GIS");
  expect(describeEmbed("https://video.example.org/x", fixtureManifest, "en")).toEqual({
    provider: "video.example.org",
    country: "",
  });
});

test("a blocked iframe gets a placeholder; Load once and Always allow call the engine", async () => {
  document.body.innerHTML =
    '<iframe data-consent="media" data-src="https://www.youtube-nocookie.com/embed/x" width="480" height="270" data-kelisim-state="blocked"></iframe>';
  const engine = createFakeEngine({ needsPrompt: false });
  watchPlaceholders(engine);
  const host = document.querySelector("kelisim-embed");
  expect(host?.querySelector("iframe")).not.toBeNull();
  const text = host?.shadowRoot?.textContent ?? "";
  expect(text).toContain("YouTube (Google) мазмұны бұғатталған");
  expect(text).toContain("IP мекенжайыңыз");
  host?.shadowRoot?.querySelector<HTMLButtonElement>("[data-action='always-allow']")?.click();
  expect(engine.calls).toEqual(['set {"media":true} custom']);
  host?.shadowRoot?.querySelector<HTMLButtonElement>("[data-action='load-once']")?.click();
  await tick();
  expect(engine.calls).toContain("releaseOnce");
  expect(host?.getAttribute("data-kelisim-state")).toBe("released");
  expect(host?.shadowRoot?.querySelector("slot")).not.toBeNull();
});
