// Kazakh strings of the banner (see catalog-banner.en.ts).
import type { BannerKey } from "./catalog-banner.en.ts";

export const bannerKk: Record<BannerKey, string> = {
  "banner.title": "Осы сайттағы құпиялылығыңыз",
  "banner.body":
    "{operator} сайттың жұмысына қажетті құралдарды қолданады. Келісіміңіз болса, мыналарды да қолданады: {categories}.",
  "banner.bodyNone": "{operator} тек сайттың жұмысына қатаң қажетті құралдарды қолданады.",
  "banner.ask":
    "Барлығын қабылдауға, барлығынан бас тартуға немесе өзіңіз таңдауға болады; шешіміңізді кез келген уақытта өзгерте аласыз.",
  "banner.gpc": "Браузеріңіз Global Privacy Control сигналын жіберді: міндетті емес санаттарды өшірдік.",
  "banner.noManifest":
    "Сайттың құпиялылық мәлімдемесін оқу мүмкін болмады, сондықтан міндетті емес ештеңе жүктелмейді.",
  "action.acceptAll": "Барлығын қабылдау",
  "action.rejectAll": "Барлығынан бас тарту",
  "action.choose": "Таңдау",
  "action.policy": "Құпиялылық саясаты",
  "cat.necessary": "Қатаң қажетті",
  "cat.ip": "IP мекенжайы және кірістірілген мазмұн",
  "cat.analytics": "Аналитика",
  "cat.preferences": "Баптаулар",
  "cat.media": "Медиа",
  "cat.marketing": "Маркетинг",
  "lang.label": "Тіл",
  "list.and": " және ",
};
