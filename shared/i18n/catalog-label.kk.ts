import type { LabelKey } from "./catalog-label.en.ts";
import type { Message } from "./format.ts";

export const labelKk: Record<LabelKey, Message> = {
  "label.title": "Деректеріңіз туралы қысқаша",
  "label.whose": "Кімнің деректері",
  "label.why": "Не үшін және қандай негізде",
  "label.youCan": "Сіз не істей аласыз",
  "label.needsConsent": "Сіздің келісіміңіз қажет",
  "label.forService": "Қызмет көрсету үшін",
  "label.abroad": "Қазақстаннан тыс: {country}",
  "label.shortest": "Ең қысқа мерзімі: {text}",
  "label.longest": "Ең ұзақ мерзімі: {text}",
  "label.consent": "Келісімді өзгерту немесе кері қайтарып алу",
  "label.contact": "Жауапты тұлғаға жазу",
  "group.health": "Денсаулық және ерекше санаттар",
  "group.biometrics": "Фото, бейне және биометрия",
  "group.location": "Орналасқан жері",
};
