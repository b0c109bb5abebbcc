// Kazakh strings of the widget's Preact UI (the banner's are in catalog-banner.kk.ts). Kazakh is the
// state language and the default: written as a Kazakh reader expects, not word by word from Russian.

import { bannerKk } from "./catalog-banner.kk.ts";
import type { WidgetKey } from "./catalog-widget.en.ts";
import type { Message } from "./format.ts";

export const widgetKk: Record<WidgetKey, Message> = {
  ...bannerKk,
  "banner.changed": "Сіз соңғы рет келісім бергеннен бері {operator} мәлімдемесінде мыналар өзгерді:",
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
  "prefs.receipt": "Келісім түбіртегіңіз:",
  "life.session": "браузер жабылғанша",
  "cat.necessary.about": "Сайттың өз сессиясы, қауіпсіздігі және таңдауыңыз туралы жазба.",
  "cat.ip.about":
    "IP мекенжайыңыз бен құрылғыңыз, браузеріңіз туралы қауіпсіздікке қажеттіден тыс деректер: сервердің кеңейтілген журналдары, кіру уақыты, сондай-ақ IP мекенжайыңызды алатын кірістірілген бейнелер, карталар мен чаттар.",
  "cat.analytics.about":
    "Кірулер статистикасы: қаралған беттер, сайтта болған уақыт, құрылғы түрі, шамамен орналасқан жер.",
  "embed.title": "{provider} мазмұны бұғатталған",
  "embed.body":
    "Оны жүктегенде IP мекенжайыңыз бен браузер деректері {provider}{country} қызметіне жіберіледі.",
  "embed.once": "Бір рет жүктеу",
  "embed.always": "Әрқашан рұқсат ету",
  "viewer.title": "Құпиялылық саясаты",
  "viewer.loading": "Жүктелуде…",
  "viewer.failed": "Құпиялылық саясатын жүктеу мүмкін болмады.",
};
