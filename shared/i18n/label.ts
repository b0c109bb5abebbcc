// The label catalog in all three languages, behind one function (see catalog-label.en.ts).
import { type LabelKey, labelEn } from "./catalog-label.en.ts";
import { labelKk } from "./catalog-label.kk.ts";
import { labelRu } from "./catalog-label.ru.ts";
import { createTranslator } from "./translator.ts";

export const labelText = createTranslator<LabelKey>({ en: labelEn, ru: labelRu, kk: labelKk });
