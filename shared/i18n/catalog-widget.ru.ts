// Russian strings of the widget's Preact UI (the banner's are in catalog-banner.ru.ts), with the
// one/few/many plural forms Russian needs.

import { bannerRu } from "./catalog-banner.ru.ts";
import type { WidgetKey } from "./catalog-widget.en.ts";
import type { Message } from "./format.ts";

export const widgetRu: Record<WidgetKey, Message> = {
  ...bannerRu,
  "banner.changed": "С момента вашего последнего согласия в декларации {operator} изменилось:",
  "action.save": "Сохранить выбор",
  "action.cancel": "Отмена",
  "action.close": "Закрыть",
  "action.print": "Печать",
  "action.settings": "Настройки конфиденциальности",
  "diff.categories": "новые категории согласия: {list}",
  "diff.data": {
    one: "{count} новый вид персональных данных",
    few: "{count} новых вида персональных данных",
    many: "{count} новых видов персональных данных",
    other: "{count} нового вида персональных данных",
  },
  "diff.recipients": "новые получатели: {list}",
  "diff.technologies": "новые сторонние сервисы: {list}",
  "diff.transfers": "новые передачи за рубеж: {list}",
  "prefs.title": "Настройки конфиденциальности",
  "prefs.intro":
    "Выберите, что разрешить. Строго необходимые технологии включены всегда. Решение можно изменить в любой момент.",
  "prefs.alwaysOn": "Всегда включено",
  "prefs.services": "Сервисы",
  "prefs.cookies": "Cookie и хранилище браузера",
  "prefs.none": "В этой категории не заявлено сторонних сервисов.",
  "prefs.memoryOnly":
    "Ваш браузер не позволяет сайту сохранить выбор, поэтому он действует только в этот визит.",
  "prefs.saved": "Ваш выбор сохранён.",
  "prefs.receipt": "Квитанция вашего согласия:",
  "life.session": "до закрытия браузера",
  "cat.necessary.about": "Собственная сессия сайта, безопасность и запись вашего выбора.",
  "cat.ip.about":
    "Ваш IP-адрес и данные об устройстве и браузере сверх нужного для безопасности: расширенные журналы сервера, время посещения, а также встроенные видео, карты и чаты, которые получают ваш IP-адрес.",
  "cat.analytics.about":
    "Статистика посещений: просмотренные страницы, время на сайте, тип устройства, примерное местоположение.",
  "embed.title": "Контент {provider} заблокирован",
  "embed.body": "При загрузке ваш IP-адрес и данные браузера будут переданы {provider}{country}.",
  "embed.once": "Загрузить один раз",
  "embed.always": "Всегда разрешать",
  "viewer.title": "Политика конфиденциальности",
  "viewer.loading": "Загрузка…",
  "viewer.failed": "Не удалось загрузить политику конфиденциальности.",
};
