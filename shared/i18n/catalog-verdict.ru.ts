import type { VerdictKey } from "./catalog-verdict.en.ts";
import type { Message } from "./format.ts";

export const verdictRu: Record<VerdictKey, Message> = {
  "verdict.matches": "Страница делала только то, что заявила",
  "verdict.differs": {
    one: "{count} действие страницы не заявлено или совершено до согласия",
    few: "{count} действия страницы не заявлены или совершены до согласия",
    many: "{count} действий страницы не заявлены или совершены до согласия",
    other: "{count} действия страницы не заявлены или совершены до согласия",
  },
};
