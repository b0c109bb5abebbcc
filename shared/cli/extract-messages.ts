// `kelisim extract`'s own lines in kk/ru/en (kept apart from cli-messages.ts so each command owns its strings).
import type { Language } from "../manifest/types.ts";

type Messages = Record<Language, string>;

export const EXTRACT_MESSAGES = {
  usage: {
    kk: "Қолданылуы: kelisim extract <саясат.txt> [--lang kk|ru] [--out draft.json] [--report report.md | --json] [--force]",
    ru: "Использование: kelisim extract <политика.txt> [--lang kk|ru] [--out draft.json] [--report report.md | --json] [--force]",
    en: "Usage: kelisim extract <policy.txt> [--lang kk|ru] [--out draft.json] [--report report.md | --json] [--force]",
  },
  badLanguage: {
    kk: "--lang мәні kk немесе ru болуы керек (саясаттың тілі)",
    ru: "Значение --lang должно быть kk или ru (язык политики)",
    en: "--lang must be kk or ru (the policy's language)",
  },
  missingValue: {
    kk: "{option} параметрінен кейін файл атауы керек",
    ru: "После {option} нужно имя файла",
    en: "{option} needs a file name after it",
  },
  unknownOption: {
    kk: "Белгісіз параметр: {value}",
    ru: "Неизвестный параметр: {value}",
    en: "Unknown option: {value}",
  },
  reportOrJson: {
    kk: "--report пен --json бірге берілмейді: біреуін таңдаңыз",
    ru: "--report и --json нельзя указать вместе: выберите одно",
    en: "--report and --json cannot be used together: pick one",
  },
  oneFile: {
    kk: "Бір ғана саясат файлын беріңіз",
    ru: "Укажите один файл политики",
    en: "Give exactly one policy file",
  },
  exists: {
    kk: "{target} бар (өңдеген жобаңыз болуы мүмкін): үстінен жазу үшін --force, басқа жерге жазу үшін --out беріңіз",
    ru: "{target} уже существует (возможно, это ваш отредактированный черновик): чтобы перезаписать, добавьте --force, или укажите другой --out",
    en: "{target} already exists (it may be a draft you edited): add --force to overwrite it, or write elsewhere with --out",
  },
  outIsReport: {
    kk: "--out пен --report бір файл болмауы керек",
    ru: "--out и --report не могут быть одним файлом",
    en: "--out and --report cannot be the same file",
  },
  sameFile: {
    kk: "{file}: шығыс файлы саясат файлының өзі — басқа атау беріңіз",
    ru: "{file}: выходной файл совпадает с файлом политики — укажите другое имя",
    en: "{file}: the output file is the policy file itself — give another name",
  },
  readFailed: {
    kk: "{file}: файлды оқу мүмкін болмады ({reason})",
    ru: "{file}: не удалось прочитать файл ({reason})",
    en: "{file}: could not read the file ({reason})",
  },
  notAFile: {
    kk: "{file}: бұл файл емес (бума ма?)",
    ru: "{file}: это не файл (папка?)",
    en: "{file}: not a file (a folder?)",
  },
  tooLarge: {
    kk: "{file}: файл тым үлкен ({size} байт, ең көбі {max}) — саясат мәтінін ғана беріңіз",
    ru: "{file}: файл слишком большой ({size} байт, не более {max}) — дайте только текст политики",
    en: "{file}: the file is too large ({size} bytes, at most {max}) — give the policy text only",
  },
  empty: {
    kk: "{file}: файл бос — саясаттың мәтінін қойып, қайта көріңіз",
    ru: "{file}: файл пуст — вставьте текст политики и попробуйте снова",
    en: "{file}: the file is empty — put the policy text in it and try again",
  },
  binary: {
    kk: "{file}: бұл мәтін файлы емес (екілік деректер, {offset}-байт) — саясатты .txt ретінде UTF-8 кодтауында сақтаңыз",
    ru: "{file}: это не текстовый файл (двоичные данные, байт {offset}) — сохраните политику как .txt в кодировке UTF-8",
    en: "{file}: not a text file (binary data at byte {offset}) — save the policy as .txt in UTF-8",
  },
  utf16: {
    kk: "{file}: файл UTF-16 кодтауында — оны UTF-8 ретінде қайта сақтаңыз",
    ru: "{file}: файл в кодировке UTF-16 — пересохраните его в UTF-8",
    en: "{file}: the file is UTF-16 — save it again as UTF-8",
  },
  legacyEncoding: {
    kk: "{file}: файл UTF-8 емес ({offset}-байт), Windows-1251 сияқты ескі кодтауға ұқсайды — мәтінді UTF-8 ретінде қайта сақтаңыз (мысалы, Блокнотта: «Басқаша сақтау» → UTF-8)",
    ru: "{file}: файл не в UTF-8 (байт {offset}), похоже на старую кодировку вроде Windows-1251 — пересохраните текст в UTF-8 (например, в Блокноте: «Сохранить как» → UTF-8)",
    en: "{file}: the file is not UTF-8 (byte {offset}); it looks like a legacy encoding such as Windows-1251 — save the text again as UTF-8 (e.g. Notepad: Save as → UTF-8)",
  },
  notPolicy: {
    kk: "{file}: мәтін құпиялылық саясатына ұқсамайды (дербес деректер туралы сөз жоқ, ештеңе дерлік табылмады) — жоба жазылмады",
    ru: "{file}: текст не похож на политику конфиденциальности (нет речи о персональных данных, почти ничего не найдено) — черновик не записан",
    en: "{file}: the text does not read as a privacy policy (no mention of personal data, almost nothing found) — no draft written",
  },
  writeFailed: {
    kk: "{file}: жазу мүмкін болмады ({reason})",
    ru: "{file}: не удалось записать ({reason})",
    en: "{file}: could not write ({reason})",
  },
  invalidDraft: {
    kk: "ішкі қате: жоба валидатордан өтпеді ({value}) — бұл кемшілік туралы хабарлаңыз",
    ru: "внутренняя ошибка: черновик не прошёл проверку ({value}) — сообщите об этой ошибке",
    en: "internal error: the draft failed validation ({value}) — please report this bug",
  },
  wrote: {
    kk: "Манифест жобасы жазылды: {file} (тіл: {lang}, табылғаны: {items}, толтыру керегі: {placeholders}). Әр тармақты дәлелімен тексеріңіз.",
    ru: "Черновик манифеста записан: {file} (язык: {lang}, найдено: {items}, заполнить: {placeholders}). Проверьте каждый пункт по его цитате.",
    en: "Draft manifest written: {file} (language: {lang}, items found: {items}, to fill in: {placeholders}). Review each item against its quote.",
  },
  reportWritten: {
    kk: "Дәлелдер есебі жазылды: {file}",
    ru: "Отчёт с доказательствами записан: {file}",
    en: "Evidence report written: {file}",
  },
} satisfies Record<string, Messages>;

export const extractMessage = (
  key: keyof typeof EXTRACT_MESSAGES,
  lang: Language,
  params: Record<string, string | number> = {},
): string =>
  EXTRACT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
