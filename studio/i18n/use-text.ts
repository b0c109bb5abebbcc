// The studio's UI language travels in a context; components ask for `useText()` rather than passing
// the language down every level. Kazakh, the default, is bundled; Russian and English load when
// chosen (each catalog is a few KiB every first visit would otherwise pay).
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { format, type Message, type MessageParams } from "../../shared/i18n/format.ts";
import type { Language } from "../../shared/manifest/types.ts";
import type { StudioKey } from "./en.ts";
import { studioKk } from "./kk.ts";

export type { StudioKey };

type Catalog = Readonly<Record<StudioKey, Message>>;

const loaded: Partial<Record<Language, Catalog>> = { kk: studioKk };

export async function loadStudioLanguage(lang: Language): Promise<void> {
  if (loaded[lang] !== undefined) return;
  loaded[lang] = lang === "ru" ? (await import("./ru.ts")).studioRu : (await import("./en.ts")).studioEn;
}

export function studioText(key: StudioKey, lang: Language, params?: MessageParams): string {
  const message = (loaded[lang] ?? studioKk)[key] ?? studioKk[key];
  return message === undefined ? key : format(message, lang, params);
}

export const UiLanguage = createContext<Language>("kk");

export function useUiLanguage(): Language {
  return useContext(UiLanguage);
}

export function useText(): (key: StudioKey, params?: MessageParams) => string {
  const lang = useContext(UiLanguage);
  return (key, params) => studioText(key, lang, params);
}
