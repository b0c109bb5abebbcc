// The few strings only the viewer needs that the common catalog does not have (table headers,
// badges). Shipped in the lazy chunk only.
import type { Message } from "../../../shared/i18n/format.ts";
import { createTranslator } from "../../../shared/i18n/translator.ts";

const viewerEn = {
  "col.name": "Name",
  "col.kind": "Type",
  "col.provider": "Provider",
  "col.purpose": "Purpose",
  "col.lifetime": "Lifetime",
  "col.country": "Country",
  "activity.count": { one: "{count} processing activity", other: "{count} processing activities" },
  "rights.how": "How to use it",
} as const satisfies Record<string, Message>;

export type ViewerKey = keyof typeof viewerEn;

const viewerRu: Record<ViewerKey, Message> = {
  "col.name": "Название",
  "col.kind": "Тип",
  "col.provider": "Поставщик",
  "col.purpose": "Цель",
  "col.lifetime": "Срок хранения",
  "col.country": "Страна",
  "activity.count": {
    one: "{count} вид обработки",
    few: "{count} вида обработки",
    many: "{count} видов обработки",
    other: "{count} вида обработки",
  },
  "rights.how": "Как воспользоваться",
};

const viewerKk: Record<ViewerKey, Message> = {
  "col.name": "Атауы",
  "col.kind": "Түрі",
  "col.provider": "Жеткізуші",
  "col.purpose": "Мақсаты",
  "col.lifetime": "Сақталу мерзімі",
  "col.country": "Елі",
  "activity.count": { other: "Өңдеудің {count} түрі" },
  "rights.how": "Қалай пайдалануға болады",
};

export const viewerText = createTranslator<ViewerKey>({ en: viewerEn, ru: viewerRu, kk: viewerKk });
