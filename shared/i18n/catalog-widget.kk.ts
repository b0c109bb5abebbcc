// Kazakh strings of the widget's banner path. Kazakh is the state language and the default: written
// as a Kazakh reader expects, not translated word by word from Russian.

import type { WidgetKey } from "./catalog-widget.en.ts";
import type { Message } from "./format.ts";

export const widgetKk: Record<WidgetKey, Message> = {
  "banner.label": "Құпиялылық туралы хабарлама",
  "banner.title": "Осы сайттағы құпиялылығыңыз",
  "banner.body":
    "{operator} сайттың жұмысына қажетті құралдарды қолданады. Келісіміңіз болса, мыналарды да қолданады: {categories}.",
  "banner.bodyNone": "{operator} тек сайттың жұмысына қатаң қажетті құралдарды қолданады.",
  "banner.ask":
    "Барлығын қабылдауға, барлығынан бас тартуға немесе өзіңіз таңдауға болады; шешіміңізді кез келген уақытта өзгерте аласыз.",
  "banner.gpc": "Браузеріңіз Global Privacy Control сигналын жіберді: міндетті емес санаттарды өшірдік.",
  "banner.changed": "Сіз соңғы рет келісім бергеннен бері {operator} мәлімдемесінде мыналар өзгерді:",
  "banner.noManifest":
    "Сайттың құпиялылық мәлімдемесін оқу мүмкін болмады, сондықтан міндетті емес ештеңе жүктелмейді.",
  "action.acceptAll": "Барлығын қабылдау",
  "action.rejectAll": "Барлығынан бас тарту",
  "action.choose": "Таңдау",
  "action.policy": "Құпиялылық саясаты",
  "action.save": "Таңдауымды сақтау",
  "action.cancel": "Болдырмау",
  "action.close": "Жабу",
  "action.print": "Басып шығару",
  "action.settings": "Құпиялылық баптаулары",
  "diff.categories": "келісімнің жаңа санаттары: {list}",
  "diff.data": { other: "дербес деректердің {count} жаңа түрі" },
  "diff.recipients": "деректерді жаңа алушылар: {list}",
  "diff.technologies": "үшінші тараптың жаңа қызметтері: {list}",
  "diff.transfers": "деректерді шетелге берудің жаңа жағдайлары: {list}",
  "prefs.title": "Құпиялылық баптаулары",
  "prefs.intro":
    "Неге рұқсат беретініңізді таңдаңыз. Қатаң қажетті құралдар әрқашан қосулы. Шешіміңізді кез келген уақытта өзгерте аласыз.",
  "prefs.alwaysOn": "Әрқашан қосулы",
  "prefs.services": "Қызметтер",
  "prefs.cookies": "Cookie файлдары және браузер жады",
  "prefs.none": "Бұл санатта үшінші тараптың қызметтері көрсетілмеген.",
  "prefs.memoryOnly":
    "Браузеріңіз таңдауыңызды сақтауға мүмкіндік бермейді, сондықтан ол тек осы жолғы кіруге ғана қолданылады.",
  "prefs.saved": "Таңдауыңыз сақталды.",
  "life.session": "браузер жабылғанша",
  "cat.necessary": "Қатаң қажетті",
  "cat.necessary.about": "Сайттың өз сессиясы, қауіпсіздігі және таңдауыңыз туралы жазба.",
  "cat.ip": "IP мекенжайы және кірістірілген мазмұн",
  "cat.ip.about":
    "IP мекенжайыңыз бен құрылғыңыз, браузеріңіз туралы қауіпсіздікке қажеттіден тыс деректер: сервердің кеңейтілген журналдары, кіру уақыты, сондай-ақ IP мекенжайыңызды алатын кірістірілген бейнелер, карталар мен чаттар.",
  "cat.analytics": "Аналитика",
  "cat.analytics.about":
    "Кірулер статистикасы: қаралған беттер, сайтта болған уақыт, құрылғы түрі, шамамен орналасқан жер.",
  "cat.preferences": "Баптаулар",
  "cat.media": "Медиа",
  "cat.marketing": "Маркетинг",
  "embed.title": "{provider} мазмұны бұғатталған",
  "embed.body":
    "Оны жүктегенде IP мекенжайыңыз бен браузер деректері {provider}{country} қызметіне жіберіледі.",
  "embed.once": "Бір рет жүктеу",
  "embed.always": "Әрқашан рұқсат ету",
  "viewer.title": "Құпиялылық саясаты",
  "viewer.loading": "Жүктелуде…",
  "viewer.failed": "Құпиялылық саясатын жүктеу мүмкін болмады.",
  "lang.label": "Тіл",
  "list.and": " және ",
};
