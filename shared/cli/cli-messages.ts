// The CLI's own lines (usage, per-file summary) in kk/ru/en; issue messages come from the manifest core.
import type { Language } from "../manifest/types.ts";

type Messages = Record<Language, string>;

export const CLI_MESSAGES = {
  usage: {
    kk: "Қолданылуы: kelisim validate [--lang kk|ru|en] [--json] <файл-немесе-url>…",
    ru: "Использование: kelisim validate [--lang kk|ru|en] [--json] <файл-или-url>…",
    en: "Usage: kelisim validate [--lang kk|ru|en] [--json] <file-or-url>…",
  },
  unknownOption: {
    kk: "Белгісіз параметр: {value}",
    ru: "Неизвестный параметр: {value}",
    en: "Unknown option: {value}",
  },
  badLanguage: {
    kk: "--lang мәні kk, ru немесе en болуы керек",
    ru: "Значение --lang должно быть kk, ru или en",
    en: "--lang must be kk, ru or en",
  },
  valid: {
    kk: "жарамды (ескерту: {warnings})",
    ru: "корректен (предупреждений: {warnings})",
    en: "valid ({warnings} warnings)",
  },
  invalid: {
    kk: "жарамсыз (қате: {errors}, ескерту: {warnings})",
    ru: "содержит ошибки (ошибок: {errors}, предупреждений: {warnings})",
    en: "invalid ({errors} errors, {warnings} warnings)",
  },
  internal: {
    kk: "ішкі қате: {value}",
    ru: "внутренняя ошибка: {value}",
    en: "internal error: {value}",
  },
} satisfies Record<string, Messages>;

export const cliMessage = (
  key: keyof typeof CLI_MESSAGES,
  lang: Language,
  params: Record<string, string | number> = {},
): string =>
  CLI_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
