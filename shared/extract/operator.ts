// The operator's details: name with its legal form, BIN (12 digits), address, e-mail, phone and site.

export interface Found {
  value: string;
  start: number;
  end: number;
}

export interface OperatorDetails {
  name?: Found;
  legalForm?: Found;
  bin?: Found;
  address?: Found;
  email?: Found;
  phone?: Found;
  website?: Found;
}

/** Legal forms, spelled out and abbreviated, in Kazakh and Russian. */
const LEGAL_FORMS = [
  "жауапкершілігі шектеулі серіктестігі",
  "товарищество с ограниченной ответственностью",
  "акционерлік қоғамы",
  "акционерное общество",
  "коммуналдық мемлекеттік мекемесі",
  "коммунальное государственное учреждение",
  "коммуналдық мемлекеттік қазыналық кәсіпорны",
  "государственное коммунальное казенное предприятие",
  "республикалық мемлекеттік кәсіпорны",
  "республиканское государственное предприятие",
  "мемлекеттік мекемесі",
  "государственное учреждение",
  "жеке кәсіпкер",
  "индивидуальный предприниматель",
  "қоғамдық қоры",
  "общественный фонд",
  "мекемесі",
  "учреждение",
  "ЖШС",
  "ТОО",
  "АҚ",
  "АО",
  "КММ",
  "КГУ",
  "МКҚК",
  "ГККП",
  "РМК",
  "РГП",
  "ЖК",
  "ИП",
  "ҚҚ",
  "ОФ",
  "ЧУ",
  "ЖМ",
];
const FORM_PATTERN = LEGAL_FORMS.map((form) => form.replace(/\s+/g, "\\s+")).join("|");
/** «Name» followed by a legal form, or a legal form followed by «Name». */
const NAME_AFTER = new RegExp(`([«"“][^»"”\\n]{2,120}[»"”])\\s*(${FORM_PATTERN})(?![\\p{L}])`, "iu");
const NAME_BEFORE = new RegExp(`(?<![\\p{L}])(${FORM_PATTERN})\\s*([«"“][^»"”\\n]{2,120}[»"”])`, "u");

const BIN = /(?:БСН|БИН|BIN|ЖСН\s*\/\s*БСН|ИИН\s*\/\s*БИН|БИН\s*\/\s*ИИН)\s*[:№-]?\s*(\d{12})(?!\d)/u;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+7|(?<!\d)8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/;
const WEBSITE = /https:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** "мекенжайы: …", "адрес: …", "заңды мекенжайы …", then up to the end of the line or sentence (a
 * full stop after "г.", "ул.", "қ." and the like abbreviates, it does not end the address). */
const ADDRESS_LABEL =
  /(?:заңды\s+|пошталық\s+|юридический\s+|почтовый\s+)?(?:мекен-?жайы|мекенжай|адрес(?:у|а)?|орналасқан\s+жері|местонахождение)\s*[:\-–—]\s*([^\n;]{8,200}?)(?=[;\n]|(?<!(?<!\p{L})(?:г|ул|пр|д|кв|мкр|қ|көш|даң|каб|корп|стр|обл|пер|бул|им))\.\s|$)/iu;
/** A street address written inline: a city and a street with a number. */
const ADDRESS_INLINE =
  /((?:Қазақстан\s+Республикасы|Республика\s+Казахстан|Казахстан|Қазақстан)?[,\s]*(?:[\p{Lu}][\p{L}-]+\s+(?:қ\.|қаласы|облысы)|г\.\s*[\p{Lu}][\p{L}-]+)[^\n;]{0,80}?(?:көшесі|даңғылы|ул\.|улица|пр\.|проспект|мкр\.?|шағын\s*аудан|ықшамаудан)[^\n;]{0,20}?\d+[\p{L}]?(?:[,\s]+\d+\s*(?:қабат|кабинет|офис|кеңсе|этаж|каб\.?))*)/u;

const found = (match: RegExpExecArray | null, group = 0): Found | undefined => {
  if (!match) return undefined;
  const value = match[group];
  if (value === undefined) return undefined;
  const start = (match.index ?? 0) + match[0].indexOf(value);
  return { value: value.trim(), start, end: start + value.length };
};

export function findOperator(text: string): OperatorDetails {
  const out: OperatorDetails = {};
  const after = NAME_AFTER.exec(text);
  const before = NAME_BEFORE.exec(text);
  const useAfter = after && (!before || (after.index ?? 0) <= (before.index ?? 0));
  if (useAfter && after) {
    const start = after.index ?? 0;
    out.name = { value: after[0].replace(/\s+/g, " "), start, end: start + after[0].length };
    const form = found(after, 2);
    if (form) out.legalForm = form;
  } else if (before) {
    const start = before.index ?? 0;
    out.name = { value: before[0].replace(/\s+/g, " "), start, end: start + before[0].length };
    const form = found(before, 1);
    if (form) out.legalForm = form;
  }
  const bin = found(BIN.exec(text), 1);
  if (bin) out.bin = bin;
  const email = found(EMAIL.exec(text));
  if (email) out.email = email;
  const phone = found(PHONE.exec(text));
  if (phone) out.phone = phone;
  const website = found(WEBSITE.exec(text));
  if (website) out.website = website;
  const address = found(ADDRESS_LABEL.exec(text), 1) ?? found(ADDRESS_INLINE.exec(text), 1);
  if (address) out.address = { ...address, value: address.value.replace(/^[,\s]+/, "").replace(/\s+/g, " ") };
  return out;
}

/** The person responsible for organising the processing of personal data (94-V art. 25), when named. */
export interface ResponsibleDetails {
  responsibleName?: Found;
  responsibleRole?: Found;
  responsibleEmail?: Found;
  responsiblePhone?: Found;
}

const RESPONSIBLE =
  /(?:ответственн\p{L}*\s+(?:за\s+организаци\p{L}*\s+обработки\s+персональных\s+данных|лиц\p{L}*)|жауапты\s+(?:тұлға\p{L}*|адам\p{L}*))[\s:—–-]*/iu;
/** «Иванов И. И.», «И. И. Иванов», «Серікова А.Б.», or a full name ending in a patronymic. */
const PERSON_NAME =
  /(?<![\p{L}])(?:[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+[\p{Lu}]\.\s?[\p{Lu}]\.?|[\p{Lu}]\.\s?[\p{Lu}]\.\s?[\p{Lu}][\p{Ll}]+|[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+(?:вич|вна|ұлы|қызы)\p{Ll}*)/u;

export function findResponsible(text: string): ResponsibleDetails {
  const out: ResponsibleDetails = {};
  const said = RESPONSIBLE.exec(text);
  if (!said) return out;
  const from = (said.index ?? 0) + said[0].length;
  // The rest of that line (a clause or list item), where the policy names the person.
  const lineEnd = text.indexOf("\n", from);
  const span = text.slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, from + 300));
  const at = (match: RegExpExecArray | null): Found | undefined =>
    match
      ? { value: match[0].trim(), start: from + match.index, end: from + match.index + match[0].length }
      : undefined;
  const name = at(PERSON_NAME.exec(span));
  if (name) {
    out.responsibleName = name;
    const before = span.slice(0, name.start - from).replace(/^[\s,:;—–-]+|[\s,:;—–-]+$/g, "");
    if (before.length >= 3 && before.length <= 100 && !/\d/.test(before)) {
      const start = from + span.indexOf(before);
      out.responsibleRole = { value: before, start, end: start + before.length };
    }
  }
  const email = at(EMAIL.exec(span));
  if (email) out.responsibleEmail = email;
  const phone = at(PHONE.exec(span));
  if (phone) out.responsiblePhone = phone;
  return out;
}
