// Russian strings of the banner (see catalog-banner.en.ts).
import type { BannerKey } from "./catalog-banner.en.ts";

export const bannerRu: Record<BannerKey, string> = {
  "banner.title": "Ваша конфиденциальность на этом сайте",
  "banner.body":
    "{operator} использует то, что строго необходимо для работы сайта. С вашего согласия также используется: {categories}.",
  "banner.bodyNone": "{operator} использует только то, что строго необходимо для работы сайта.",
  "banner.ask": "Примите все, отклоните все или выберите сами; решение можно изменить в любой момент.",
  "banner.gpc": "Ваш браузер отправил сигнал Global Privacy Control: необязательные категории отключены.",
  "banner.noManifest":
    "Декларацию конфиденциальности сайта не удалось прочитать, поэтому ничего необязательного не загружается.",
  "action.acceptAll": "Принять все",
  "action.rejectAll": "Отклонить все",
  "action.choose": "Выбрать",
  "action.policy": "Политика конфиденциальности",
  "cat.necessary": "Строго необходимые",
  "cat.ip": "IP-адрес и встроенный контент",
  "cat.analytics": "Аналитика",
  "cat.preferences": "Предпочтения",
  "cat.media": "Медиа",
  "cat.marketing": "Маркетинг",
  "lang.label": "Язык",
  "list.and": " и ",
};
