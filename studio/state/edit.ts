// Editing a draft: every change clones the manifest, mutates the clone and hands it back, so the
// preview and the validator always see a whole, consistent object. Optional fields that become empty
// are removed rather than kept as "" or [], so an export never carries a field the webmaster cleared.
import type { PrivacyManifest, Text } from "../../shared/manifest/types.ts";

export type Mutate = (manifest: PrivacyManifest) => void;
export type Edit = (mutate: Mutate) => void;

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

/** Sets `object[key]`, or deletes it when the value is empty and the field is optional. */
export function setField<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
  keepEmpty = false,
): void {
  if (!keepEmpty && isEmptyValue(value)) delete object[key];
  else object[key] = value as T[K];
}

/** One language of a Text value changed: a plain string becomes a per-language object. */
export function withLanguage(
  text: Text | undefined,
  lang: "kk" | "ru" | "en",
  value: string,
  defaultLanguage: string,
): Text | undefined {
  const object: Record<string, string> =
    typeof text === "string" ? { [defaultLanguage]: text } : { ...(text ?? {}) };
  if (value === "") delete object[lang];
  else object[lang] = value;
  return Object.keys(object).length === 0 ? undefined : object;
}

export function textIn(text: Text | undefined, lang: string, defaultLanguage: string): string {
  if (text === undefined) return "";
  if (typeof text === "string") return lang === defaultLanguage ? text : "";
  return (text as Record<string, string | undefined>)[lang] ?? "";
}

/** A fresh id of the form `prefix-N` not yet used in `taken`. */
export function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

export function toggle<T>(list: readonly T[] | undefined, item: T, on: boolean): T[] {
  const rest = (list ?? []).filter((entry) => entry !== item);
  return on ? [...rest, item] : rest;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
