// Turns a set of kk/ru/en catalogs into one lookup function. The types already force every key
// into every language; the runtime fallback to English only guards against data built outside tsc.
import type { Language } from "../manifest/types.ts";
import { format, type Message, type MessageParams } from "./format.ts";

export type Catalogs<Key extends string> = Readonly<Record<Language, Readonly<Record<Key, Message>>>>;
export type Translate<Key extends string> = (key: Key, lang: Language, params?: MessageParams) => string;

export function createTranslator<Key extends string>(catalogs: Catalogs<Key>): Translate<Key> {
  return (key, lang, params) => {
    const message = catalogs[lang]?.[key] ?? catalogs.en[key];
    return message === undefined ? key : format(message, lang, params);
  };
}
