import type { LabelKey } from "./catalog-label.en.ts";
import type { Message } from "./format.ts";

export const labelRu: Record<LabelKey, Message> = {
  "label.title": "Коротко о ваших данных",
  "label.whose": "Чьи данные",
  "label.why": "Зачем и на каком основании",
  "label.youCan": "Что вы можете сделать",
  "label.needsConsent": "Нужно ваше согласие",
  "label.forService": "Для оказания услуги",
  "label.abroad": "За пределами Казахстана: {country}",
  "label.shortest": "Минимум: {text}",
  "label.longest": "Максимум: {text}",
  "label.consent": "Изменить или отозвать согласие",
  "label.contact": "Написать ответственному лицу",
  "group.health": "Здоровье и особые категории",
  "group.biometrics": "Фото, видео и биометрия",
  "group.location": "Местоположение",
};
