// `kelisim init`'s own lines in kk/ru/en (each command owns its strings).
import type { Language } from "../manifest/types.ts";

type Messages = Record<Language, string>;

export const INIT_MESSAGES = {
  usage: {
    kk: 'Қолданылуы: kelisim init [бума] [--name "Мектеп атауы"] [--lang kk|ru|en] [--force]',
    ru: 'Использование: kelisim init [папка] [--name "Название школы"] [--lang kk|ru|en] [--force]',
    en: 'Usage: kelisim init [dir] [--name "School name"] [--lang kk|ru|en] [--force]',
  },
  badLanguage: {
    kk: "--lang мәні kk, ru немесе en болуы керек",
    ru: "Значение --lang должно быть kk, ru или en",
    en: "--lang must be kk, ru or en",
  },
  missingValue: {
    kk: "{option} параметрінен кейін мән керек",
    ru: "После {option} нужно значение",
    en: "{option} needs a value after it",
  },
  unknownOption: {
    kk: "Белгісіз параметр: {value}",
    ru: "Неизвестный параметр: {value}",
    en: "Unknown option: {value}",
  },
  oneDir: {
    kk: "Тек бір бума беріңіз",
    ru: "Укажите одну папку",
    en: "Give one folder only",
  },
  askName: {
    kk: "Ұйымның атауы (мысалы, «№ 1 мектеп-гимназиясы»): ",
    ru: "Название организации (например, «Школа-гимназия № 1»): ",
    en: "Organisation name (e.g. “School-gymnasium No. 1”): ",
  },
  askLang: {
    kk: "Манифесттің негізгі тілі (kk, ru, en) [kk]: ",
    ru: "Основной язык манифеста (kk, ru, en) [kk]: ",
    en: "The manifest's default language (kk, ru, en) [kk]: ",
  },
  defaulted: {
    kk: "Терминал жоқ: {what} әдепкі мәні алынды — {value} (өзгерту үшін {option})",
    ru: "Терминала нет: для {what} взято значение по умолчанию — {value} (изменить: {option})",
    en: "No terminal: {what} defaulted to {value} (set it with {option})",
  },
  exists: {
    kk: "Бар файлды қайта жазбаймын (--force қайта жазады): {file}",
    ru: "Не перезаписываю существующий файл (--force перезапишет): {file}",
    en: "Not overwriting an existing file (--force overwrites): {file}",
  },
  noWidget: {
    kk: "Виджет файлдары табылмады ({dir}): клонда алдымен npm run build орындаңыз",
    ru: "Файлы виджета не найдены ({dir}): в клоне сначала выполните npm run build",
    en: "The widget files were not found ({dir}): in a clone, run npm run build first",
  },
  writeFailed: {
    kk: "{file} жазылмады: {reason}",
    ru: "Не удалось записать {file}: {reason}",
    en: "Could not write {file}: {reason}",
  },
  wrote: {
    kk: "Жазылды: {file}",
    ru: "Записано: {file}",
    en: "Wrote {file}",
  },
  valid: {
    kk: "Манифест жарамды (ескерту: {warnings}; kelisim validate {file} көрсетеді). Жарияламас бұрын сайттың аналитикасы мен ендірмелерін қосыңыз.",
    ru: "Манифест корректен (предупреждений: {warnings}; их покажет kelisim validate {file}). До публикации добавьте аналитику и встроенные сервисы сайта.",
    en: "The manifest validates ({warnings} warnings: kelisim validate {file} lists them). Add the site's analytics and embeds before you publish it.",
  },
  pasteTag: {
    kk: "Әр беттің <head> бөліміне қойыңыз (жолдар {dir} сайттың түбірі болғанда дұрыс):",
    ru: "Вставьте в <head> каждой страницы (пути верны, если {dir} — корень сайта):",
    en: "Paste into the <head> of every page (paths assume {dir} is the site's root):",
  },
} satisfies Record<string, Messages>;

export const initMessage = (
  key: keyof typeof INIT_MESSAGES,
  lang: Language,
  params: Record<string, string | number> = {},
): string =>
  INIT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
