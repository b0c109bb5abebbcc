// The CLI's own lines (usage, per-file summary) in kk/ru/en; issue messages come from the manifest core.
import type { Language } from "../manifest/types.ts";

type Messages = Record<Language, string>;

export const CLI_MESSAGES = {
  usage: {
    kk: "Қолданылуы: kelisim validate [--lang kk|ru|en] [--json] <файл-немесе-url>…",
    ru: "Использование: kelisim validate [--lang kk|ru|en] [--json] <файл-или-url>…",
    en: "Usage: kelisim validate [--lang kk|ru|en] [--json] <file-or-url>…",
  },
  help: {
    kk: "Қолданылуы: kelisim <команда>\n  validate <файл-немесе-url>…   манифестті тексеру\n  extract <саясат.txt>          саясат мәтінінен манифест жобасы\n  init [бума]                   сайтқа бастапқы манифест пен виджет файлдарын жазу\n  scan <url>                    сайтты келісімсіз аралап, манифестпен салыстыру\n  receipts serve|purge          келісім түбіртектерін қабылдайтын қызмет\nӘр команданың параметрлері: kelisim <команда> --help",
    ru: "Использование: kelisim <команда>\n  validate <файл-или-url>…   проверить манифест\n  extract <политика.txt>     черновик манифеста из текста политики\n  init [папка]               записать стартовый манифест и файлы виджета\n  scan <url>                 обойти сайт без согласия и сравнить с манифестом\n  receipts serve|purge       сервис, принимающий квитанции согласия\nПараметры команды: kelisim <команда> --help",
    en: "Usage: kelisim <command>\n  validate <file-or-url>…   validate and lint privacy manifests\n  extract <policy.txt>      draft a manifest from a kk/ru privacy policy\n  init [dir]                write a starter manifest and the widget files into a site\n  scan <url>                visit a site without consent and compare it with its manifest\n  receipts serve|purge      the service that receives consent receipts\nOptions of a command: kelisim <command> --help",
  },
  noAnswer: {
    kk: "kelisim init: жауап берілмеді (енгізу жабылды); ештеңе жазылмады.",
    ru: "kelisim init: ответа нет (ввод закрыт); ничего не записано.",
    en: "kelisim init: no answer (the input was closed); nothing was written.",
  },
  unknownCommand: {
    kk: "Белгісіз команда: {value}",
    ru: "Неизвестная команда: {value}",
    en: "Unknown command: {value}",
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
