// `kelisim scan`'s own lines in kk/ru/en (each command owns its strings).
import type { Language } from "../manifest/types.ts";

type Messages = Record<Language, string>;

export const SCAN_MESSAGES = {
  usage: {
    kk: "Қолданылуы: kelisim scan <url> [--pages N] [--lang kk|ru|en] [--json] [--draft-technologies] [--browser жол] [--timeout сек]",
    ru: "Использование: kelisim scan <url> [--pages N] [--lang kk|ru|en] [--json] [--draft-technologies] [--browser путь] [--timeout сек]",
    en: "Usage: kelisim scan <url> [--pages N] [--lang kk|ru|en] [--json] [--draft-technologies] [--browser path] [--timeout seconds]",
  },
  badOption: {
    kk: "Қате параметр: {value}",
    ru: "Неверный параметр: {value}",
    en: "Bad option: {value}",
  },
  oneUrl: {
    kk: "Бір http(s) URL беріңіз",
    ru: "Укажите один http(s) URL",
    en: "Give one http(s) URL",
  },
  browserNotFound: {
    kk: "Chrome немесе Chromium табылмады (іздедім: {tried}). Орнатыңыз немесе жолын --browser арқылы беріңіз.",
    ru: "Chrome или Chromium не найден (искал: {tried}). Установите его или укажите путь через --browser.",
    en: "No Chrome or Chromium found (looked in: {tried}). Install one or give its path with --browser.",
  },
  browserMissing: {
    kk: "--browser көрсеткен файл жоқ: {path}",
    ru: "Файл, указанный в --browser, не существует: {path}",
    en: "The --browser file does not exist: {path}",
  },
  noPlaywright: {
    kk: "scan үшін playwright-core пакеті керек: npm i playwright-core",
    ru: "Для scan нужен пакет playwright-core: npm i playwright-core",
    en: "scan needs the playwright-core package: npm i playwright-core",
  },
  launchFailed: {
    kk: "Браузер іске қосылмады: {reason}",
    ru: "Браузер не запустился: {reason}",
    en: "The browser did not start: {reason}",
  },
  couldNotScan: {
    kk: "{url} ашылмады: {reason}",
    ru: "Не удалось открыть {url}: {reason}",
    en: "Could not open {url}: {reason}",
  },
  header: {
    kk: "kelisim scan {url}: {pages} бет, келісімсіз алғашқы келуші ретінде",
    ru: "kelisim scan {url}: {pages} стр., как первый посетитель без согласия",
    en: "kelisim scan {url}: {pages} pages, as a first-time visitor who did not consent",
  },
  manifestFrom: {
    kk: "Манифест: {url} ({source})",
    ru: "Манифест: {url} ({source})",
    en: "Manifest: {url} ({source})",
  },
  contradictions: {
    kk: "Қайшылықтар ({count}):",
    ru: "Противоречия ({count}):",
    en: "Contradictions ({count}):",
  },
  "no-manifest": {
    kk: "сайт манифест жарияламаған ({url})",
    ru: "сайт не публикует манифест ({url})",
    en: "the site publishes no manifest ({url})",
  },
  "invalid-manifest": {
    kk: "манифест жарамсыз ({url}): {errors}",
    ru: "манифест содержит ошибки ({url}): {errors}",
    en: "the manifest is invalid ({url}): {errors}",
  },
  "undeclared-host": {
    kk: "манифестте жоқ үшінші тарап: {host}{who} — {page}",
    ru: "сторонний узел не указан в манифесте: {host}{who} — {page}",
    en: "undeclared third party: {host}{who} — {page}",
  },
  "before-consent": {
    kk: "келісімге дейін байланысқан: {host}{who} — {page}",
    ru: "обращение до согласия: {host}{who} — {page}",
    en: "contacted before consent: {host}{who} — {page}",
  },
  "undeclared-cookie": {
    kk: "манифестте жоқ cookie: {name}",
    ru: "cookie не указан в манифесте: {name}",
    en: "cookie not in the manifest: {name}",
  },
  "undeclared-storage": {
    kk: "манифестте жоқ {area}Storage кілті: {name}",
    ru: "ключ {area}Storage не указан в манифесте: {name}",
    en: "{area}Storage key not in the manifest: {name}",
  },
  "cookie-without-lifetime": {
    kk: "cookie мерзімі көрсетілмеген (maxAgeSeconds): {name} ({technology})",
    ru: "срок жизни cookie не указан (maxAgeSeconds): {name} ({technology})",
    en: "cookie without a declared lifetime (maxAgeSeconds): {name} ({technology})",
  },
  "abroad-without-transfer": {
    kk: "шетелге беру жарияланбаған: {recipient} ({country})",
    ru: "передача за рубеж не объявлена: {recipient} ({country})",
    en: "abroad without a declared transfer: {recipient} ({country})",
  },
  notSeen: {
    kk: "Жарияланған, бірақ келісімсіз келгенде көрінбеген ({count}):",
    ru: "Объявлено, но не замечено при визите без согласия ({count}):",
    en: "Declared but not seen on a visit without consent ({count}):",
  },
  thirdParties: {
    kk: "Үшінші тарап хосттары ({count}):",
    ru: "Сторонние узлы ({count}):",
    en: "Third-party hosts ({count}):",
  },
  declared: { kk: "жарияланған", ru: "объявлен", en: "declared" },
  undeclared: { kk: "жарияланбаған", ru: "не объявлен", en: "not declared" },
  clean: {
    kk: "Таза: сайт манифестке қайшы келмейді.",
    ru: "Чисто: сайт не противоречит манифесту.",
    en: "Clean: nothing the site did contradicts its manifest.",
  },
  dirty: {
    kk: "{count} қайшылық табылды.",
    ru: "Найдено противоречий: {count}.",
    en: "Contradictions found: {count}.",
  },
} satisfies Record<string, Messages>;

export type ScanMessageKey = keyof typeof SCAN_MESSAGES;

export const scanMessage = (
  key: ScanMessageKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string =>
  SCAN_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
