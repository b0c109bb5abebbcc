// Kazakh strings of the browser extension, written for a Kazakh reader rather than traced from Russian.
// As in the common catalog, placeholders stand where no case ending has to attach to them.
import type { ExtensionKey } from "./catalog-extension.en.ts";
import type { Message } from "./format.ts";

export const extensionKk: Record<ExtensionKey, Message> = {
  "app.title": "Келісім",
  "app.languageLabel": "Тіл",
  "app.languageBrowser": "Браузер тілі",

  "status.checking": "Бет тексеріліп жатыр…",
  "status.cannotInspect":
    "Бұл бетті тексеру мүмкін емес (браузердің өз беттері, кеңейтімдер дүкені мен жергілікті файлдар қолжетімсіз).",
  "status.noTab": "Тексеретін қойынды жоқ.",
  "status.none": "Бұл сайт дербес деректер туралы мәлімдеме жарияламаған.",
  "status.noneExplain":
    "Келісім сайттың дербес деректер туралы не мәлімдейтінін көрсетеді. Бұл сайт мәлімдеме жарияламағандықтан, көрсететін ештеңе жоқ. Бұл баға емес.",
  "status.invalid": "Мәлімдеме жарияланған, бірақ онда қателер бар",
  "status.invalidExplain":
    "Сайт дербес деректер туралы мәлімдеме жариялайды, бірақ мына қателерге байланысты оны оқу мүмкін емес:",
  "status.valid": "Мәлімдеме, нұсқасы: {version}, жарияланған күні: {date}",
  "status.source.link": "Беттегі сілтеме арқылы табылды",
  "status.source.widget-script": "Беттегі келісім виджеті арқылы табылды",
  "status.source.inline": "Беттің ішінен табылды",
  "status.source.well-known": "Сайттың стандартты мекенжайынан табылды",
  "status.warnings": { one: "Мәлімдемеге {count} ескерту", other: "Мәлімдемеге {count} ескерту" },

  "section.consent": "Осы сайттағы сіздің келісіміңіз",
  "section.findings": "Мәлімделгені мен байқалғаны",
  "section.observed": "Бет хабарласқан басқа сайттар",
  "section.badge": "Құралдар тақтасындағы белгілердің мағынасы",
  "section.errors": "Мәлімдемедегі қателер",

  "consent.none": "Бұл браузерде осы сайтқа берілген келісім туралы жазба жоқ.",
  "consent.givenOn": "Берілген күні: {date}",
  "consent.version": "Мәлімдеме нұсқасы: {version}",
  "consent.method.accept-all": "Барлығы қабылданды",
  "consent.method.reject-all": "Міндетті емес барлығынан бас тартылды",
  "consent.method.custom": "Санаттар бойынша таңдалды",
  "consent.method.gpc": "Браузердің Global Privacy Control сигналымен орнатылды",
  "consent.method.api": "Сайт орнатты",
  "consent.method.withdraw": "Келісім кері қайтарылды",
  "consent.granted": "рұқсат етілген",
  "consent.refused": "бас тартылған",
  "consent.openPreferences": "Сайттың құпиялылық баптауларын ашу",
  "consent.openFailed": "Сайттың құпиялылық баптауларын осы жерден ашу мүмкін болмады.",

  "findings.none": "Бұл бетте мәлімдемеге қайшы ештеңе байқалған жоқ.",
  "findings.undeclaredHost": "Бет хабарласқан {host} мәлімдемеде көрсетілмеген",
  "findings.beforeConsent": "Бет келісіміңізді бергенге дейін {host} (аналитика) мекенжайына хабарласты",
  "findings.withoutConsent": "Бет келісіміңізсіз {host} (аналитика) мекенжайына хабарласты",
  "findings.refusedConsent": "Сіз бас тартсаңыз да, бет {host} (аналитика) мекенжайына хабарласты",
  "findings.undeclaredCookie": "«{name}» cookie файлы мәлімдемеде көрсетілмеген",
  "findings.undeclaredLocal": "Жергілікті қоймадағы «{name}» жазбасы мәлімдемеде көрсетілмеген",
  "findings.undeclaredSession": "Сеанс қоймасындағы «{name}» жазбасы мәлімдемеде көрсетілмеген",
  "findings.abroadWithoutTransfer":
    "«{recipient}» шетелде ({country}), бірақ мәлімдемеде деректерді шетелге беру туралы ештеңе айтылмаған",
  "findings.tracker": "{name} · {organisation} · {country}",
  "findings.watched": "Бақылау режимі қосулы: бет жүктеле бастағаннан бергі сұраулар ескерілді.",
  "findings.clickOnly":
    "Келісімді ашқанға дейін бет жүктегені ғана ескерілді. Әр жүктеудің басынан бәрін көру үшін баптаулардан бақылау режимін қосыңыз.",
  "observed.none": "Бет басқа сайттарға хабарласқан жоқ.",

  "category.analytics": "аналитика",
  "category.advertising": "жарнама",
  "category.tag-manager": "тег менеджері",
  "category.social": "әлеуметтік желі",
  "category.embed": "кірістірілген контент",
  "category.maps": "карталар",
  "category.chat": "онлайн-чат",
  "category.crm": "CRM",

  "badge.declared": "Сайт дербес деректер туралы мәлімдеме жариялаған.",
  "badge.warning": "Беттің әрекеті мәлімдемеге қайшы келеді («Мәлімделгені мен байқалғаны» бөлімін қараңыз).",
  "badge.invalid": "Мәлімдеме жарияланған, бірақ онда қателер бар.",
  "badge.none": "Белгі жоқ: мәлімдеме табылмады немесе бет әлі тексерілмеген.",
  "badge.titleDeclared": "Келісім: мәлімдеме жарияланған",
  "badge.titleWarning": "Келісім: бет мәлімдемеге қайшы келеді",
  "badge.titleInvalid": "Келісім: мәлімдемеде қателер бар",

  "responsible.title": "Жауапты тұлға",
  "audience.noActivities": "Бұл топ үшін ештеңе мәлімделмеген.",
  "link.opensHost": "{host} ашылады",
  "popup.openOptions": "Баптаулар, тарих және салыстыру",

  issueFetchHttp: "{url} мекенжайындағы мәлімдемені жүктеу мүмкін болмады (HTTP {status}).",
  issueFetchTimeout: "{url} мекенжайындағы мәлімдеме уақытында жүктелмеді.",
  issueFetchNetwork: "{url} мекенжайындағы мәлімдемені жүктеу мүмкін болмады.",
  issueFetchTooLarge: "{url} мекенжайындағы мәлімдеменің көлемі 512 КиБ-тан асады.",
  issueCrossOrigin:
    "Мәлімдеме {manifestOrigin} мекенжайынан беріледі, бірақ оның «origins» тізімінде бұл сайт ({pageOrigin}) аталмаған.",

  "options.title": "Келісім баптаулары",
  "options.language": "Келісім тілі",
  "options.watch": "Бақылау режимі",
  "options.watchLabel": "Әр сайтты автоматты түрде тексеру және әр жүктеудің басынан сұрауларды бақылау",
  "options.watchExplain":
    "Браузер барлық сайттарға, сұраулар мен cookie файлдарына рұқсат сұрайды. Бәрі осы браузерде қалады, ештеңе ешқайда жіберілмейді.",
  "options.watchDenied": "Браузер рұқсат бермеді, бақылау режимі өшірулі күйде қалады.",
  "options.history": "Мәлімдемесі бар сайттар",
  "options.historyEmpty": "Әзірге бос. Мәлімдемесі бар сайттар тексерілгеннен кейін осында шығады.",
  "options.col.site": "Сайт",
  "options.col.operator": "Оператор",
  "options.col.version": "Нұсқа",
  "options.col.seen": "Соңғы тексеру",
  "options.col.findings": "Қайшылықтар",
  "options.compareSelect": "Салыстыру",
  "options.compare": "Қатар салыстыру",
  "options.compareHint": "Қатар салыстыру үшін екі сайтты белгілеңіз.",
  "options.row.operator": "Оператор",
  "options.row.audiences": "Кім туралы",
  "options.row.special": "Ерекше санаттағы деректер",
  "options.row.storage": "Деректер қайда сақталады",
  "options.row.thirdParties": "Үшінші тұлғалар",
  "options.row.findings": "Байқалған қайшылықтар",
  "options.dataCount": {
    zero: "деректер жоқ",
    one: "Деректердің {count} түрі",
    other: "Деректердің {count} түрі",
  },
  "options.export": "JSON ретінде экспорттау",
  "options.clear": "Барлығын тазалау",
  "options.clearConfirm": "Бүкіл тарих пен сақталған баптаулар жойылсын ба?",
  "options.cleared": "Барлығы тазаланды.",
  "options.privacy":
    "Келісім бәрін осы браузердегі кеңейтім қоймасында сақтайды және ештеңені ешқайда жібермейді.",
  "common.yes": "иә",
  "common.no": "жоқ",
};
