// A fake Engine for UI unit tests: real state transitions for the actions the UI calls, and a log of
// calls so tests can check what the UI asked for.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { PrivacyManifest } from "../../../../shared/manifest/types.ts";
import type { Engine, EngineState, OfferedCategory } from "../../../../widget/contract.ts";

export const fixtureManifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../../fixtures/pages/ui/manifest.json"), "utf8"),
) as PrivacyManifest;

export function categoriesOf(manifest: PrivacyManifest): OfferedCategory[] {
  return (manifest.consent?.categories ?? []).map((category) => {
    const offered: OfferedCategory = {
      id: category.id,
      required: category.required === true,
      technologies: (manifest.technologies ?? []).filter((tech) => tech.category === category.id),
    };
    if (category.label !== undefined) offered.label = category.label;
    if (category.description !== undefined) offered.description = category.description;
    return offered;
  });
}

export function initialState(overrides: Partial<EngineState> = {}): EngineState {
  const categories = categoriesOf(fixtureManifest);
  return {
    manifest: fixtureManifest,
    manifestError: null,
    categories,
    choices: Object.fromEntries(categories.map((c) => [c.id, c.required])),
    record: null,
    needsPrompt: true,
    reasons: ["first-visit"],
    diff: null,
    gpc: false,
    language: "kk",
    persistent: true,
    ...overrides,
  };
}

export interface FakeEngine extends Engine {
  calls: string[];
  setState(patch: Partial<EngineState>): void;
}

export function createFakeEngine(overrides: Partial<EngineState> = {}): FakeEngine {
  let state = initialState(overrides);
  const listeners = new Set<(state: EngineState) => void>();
  const calls: string[] = [];
  const setState = (patch: Partial<EngineState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };
  const choose = (all: boolean) => {
    const choices = Object.fromEntries(state.categories.map((c) => [c.id, c.required || all]));
    setState({ choices, needsPrompt: false });
  };
  return {
    calls,
    setState,
    ready: Promise.resolve(),
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    acceptAll: async () => {
      calls.push("acceptAll");
      choose(true);
    },
    rejectAll: async () => {
      calls.push("rejectAll");
      choose(false);
    },
    set: async (choices, method) => {
      calls.push(`set ${JSON.stringify(choices)} ${method ?? ""}`.trim());
      setState({ choices: { ...state.choices, ...choices }, needsPrompt: false });
    },
    withdraw: async () => {
      calls.push("withdraw");
    },
    setLanguage: (language) => {
      calls.push(`setLanguage ${language}`);
      setState({ language });
    },
    releaseOnce: (element) => {
      calls.push("releaseOnce");
      element.setAttribute("data-kelisim-state", "released");
    },
  };
}
