// Messages for every issue code in kk, ru and en. Kept out of checkManifest so the widget ships no
// prose it does not show; the CLI, the extension and the viewer use validateManifest / describeIssue.
// Placeholders `{name}` are filled from the issue's params.

import type { CheckIssue } from "./result.ts";
import type { Language } from "./types.ts";

type Messages = Record<Language, string>;

const EXPECTED: Record<string, Messages> = {
  string: { kk: "жол (мәтін)", ru: "строка", en: "a string" },
  text: {
    kk: "мәтін (жол немесе тілдер бойынша нысан)",
    ru: "текст (строка или объект по языкам)",
    en: "text (a string or an object by language)",
  },
  object: { kk: "нысан (объект)", ru: "объект", en: "an object" },
  array: { kk: "тізім (массив)", ru: "массив", en: "an array" },
  boolean: { kk: "true немесе false", ru: "true или false", en: "true or false" },
  integer: { kk: "бүтін сан", ru: "целое число", en: "an integer" },
};

export const ISSUE_MESSAGES: Record<string, Messages> = {
  // errors: structure
  "wrong-type": {
    kk: "Түрі қате: мұнда {expected} болуы керек.",
    ru: "Неверный тип: здесь ожидается {expected}.",
    en: "Wrong type: expected {expected}.",
  },
  "missing-field": {
    kk: "«{field}» міндетті өрісі жоқ.",
    ru: "Отсутствует обязательное поле «{field}».",
    en: "Required field “{field}” is missing.",
  },
  "too-long": {
    kk: "Тым ұзын: {max} таңбадан аспауы керек.",
    ru: "Слишком длинная строка: не более {max} символов.",
    en: "Too long: at most {max} characters.",
  },
  "too-many-items": {
    kk: "Элементтер тым көп: ең көбі {max} болуы мүмкін.",
    ru: "Слишком много элементов: не более {max}.",
    en: "Too many items: at most {max}.",
  },
  "too-few-items": {
    kk: "Элементтер тым аз: кемінде {min} болуы керек.",
    ru: "Слишком мало элементов: нужно не менее {min}.",
    en: "Too few items: at least {min} needed.",
  },
  "too-deep": {
    kk: "Кірістіру тым терең: ең көбі {max} деңгей болуы мүмкін.",
    ru: "Слишком глубокая вложенность: не более {max} уровней.",
    en: "Nesting is too deep: at most {max} levels.",
  },
  "forbidden-key": {
    kk: "«{key}» кілтіне тыйым салынған.",
    ru: "Ключ «{key}» запрещён.",
    en: "The key “{key}” is forbidden.",
  },
  "control-character": {
    kk: "Басқарушы таңбалар немесе мәтін бағытын өзгертетін таңбалар бар: идентификатор мен кодта оларға жол берілмейді.",
    ru: "Содержит управляющие символы или символы смены направления текста: в идентификаторах и кодах они запрещены.",
    en: "Contains control or text-direction characters, which are not allowed in ids and codes.",
  },
  "empty-text": {
    kk: "Мәтін бос: кемінде бір тілде жазыңыз (kk, ru немесе en).",
    ru: "Текст пуст: укажите его хотя бы на одном языке (kk, ru или en).",
    en: "The text is empty: give it in at least one language (kk, ru or en).",
  },
  "not-allowed-value": {
    kk: "Рұқсат етілмеген мән; мыналардың бірін қолданыңыз: {allowed}.",
    ru: "Недопустимое значение; возможные варианты: {allowed}.",
    en: "Not an allowed value; use one of: {allowed}.",
  },
  "out-of-range": {
    kk: "Мән рұқсат етілген аралықтан тыс: {min} мен {max} аралығында болуы керек.",
    ru: "Значение вне допустимого диапазона: от {min} до {max}.",
    en: "Out of range: must be from {min} to {max}.",
  },
  "unsupported-schema-version": {
    kk: "schemaVersion {version} нұсқасына қолдау жоқ: тек 1-пішім оқылады.",
    ru: "Версия schemaVersion {version} не поддерживается: читается только формат 1.",
    en: "Unsupported schemaVersion {version}: this validator reads format 1.",
  },
  "default-language-not-declared": {
    kk: "Әдепкі тіл «{language}» languages тізімінде жоқ.",
    ru: "Язык по умолчанию «{language}» не указан в languages.",
    en: "The default language “{language}” is not listed in languages.",
  },
  "unreadable-input": {
    kk: "Мәнді JSON деректері ретінде оқу мүмкін болмады.",
    ru: "Значение не удалось прочитать как данные JSON.",
    en: "The value could not be read as JSON data.",
  },
  // errors: formats
  "invalid-id": {
    kk: "Идентификатор қате: кіші латын әріптері, цифрлар мен дефис қолданылады, әріптен басталады (64 таңбаға дейін).",
    ru: "Неверный идентификатор: строчные латинские буквы, цифры и дефис, начиная с буквы (до 64 символов).",
    en: "Invalid id: use lowercase Latin letters, digits and hyphens, starting with a letter (up to 64).",
  },
  "invalid-custom-id": {
    kk: "Өзіндік идентификатор қате: «x-» деп басталып, одан кейін кіші латын әріптері, цифрлар немесе дефис тұруы керек.",
    ru: "Неверный собственный идентификатор: он начинается с «x-», далее строчные латинские буквы, цифры или дефис.",
    en: "Invalid custom id: it must start with “x-” followed by lowercase Latin letters, digits or hyphens.",
  },
  "invalid-country": {
    kk: "Ел коды қате: екі бас латын әрпі (ISO 3166-1), мысалы KZ.",
    ru: "Неверный код страны: две заглавные латинские буквы (ISO 3166-1), например KZ.",
    en: "Invalid country code: use two capital letters (ISO 3166-1), e.g. KZ.",
  },
  "invalid-date": {
    kk: "Күн қате: ЖЖЖЖ-АА-КК пішімін қолданыңыз.",
    ru: "Неверная дата: используйте формат ГГГГ-ММ-ДД.",
    en: "Invalid date: use YYYY-MM-DD.",
  },
  "invalid-duration": {
    kk: "Мерзім қате: ISO 8601 пішімін қолданыңыз, мысалы P1Y немесе P30D.",
    ru: "Неверный срок: используйте формат ISO 8601, например P1Y или P30D.",
    en: "Invalid duration: use ISO 8601, e.g. P1Y or P30D.",
  },
  "invalid-email": {
    kk: "Электрондық пошта мекенжайы қате.",
    ru: "Неверный адрес электронной почты.",
    en: "Invalid e-mail address.",
  },
  "invalid-host-pattern": {
    kk: "Хост атауы қате: school.kz сияқты доменді көрсетіңіз, басында «*.» болуы мүмкін.",
    ru: "Неверное имя хоста: укажите домен, например school.kz, можно с «*.» в начале.",
    en: "Invalid host name: use a domain such as school.kz, optionally starting with “*.”.",
  },
  "invalid-url": {
    kk: "Сілтеме қате: толық https:// мекенжайын немесе «/» белгісінен басталатын жолды көрсетіңіз.",
    ru: "Неверная ссылка: укажите полный адрес https:// или путь, начинающийся с «/».",
    en: "Invalid link: use an absolute https:// address or a path starting with “/”.",
  },
  "insecure-url": {
    kk: "Тек https:// сілтемелеріне (немесе осы сайттағы жолдарға) рұқсат етіледі.",
    ru: "Разрешены только ссылки https:// (или пути на этом сайте).",
    en: "Only https:// links (or paths on this site) are allowed.",
  },
  "invalid-origin": {
    kk: "Origin қате: https://хост түрінде, қажет болса портымен, жолсыз жазыңыз.",
    ru: "Неверный origin: укажите https://хост, при необходимости с портом, без пути.",
    en: "Invalid origin: use https://host with an optional port and no path.",
  },
  "invalid-bin": {
    kk: "БСН дәл 12 цифрдан тұруы керек.",
    ru: "БИН должен состоять ровно из 12 цифр.",
    en: "The BIN must be exactly 12 digits.",
  },
  "wildcard-only": {
    kk: "Жалғыз «*» белгісіне болмайды: ол бәріне сәйкес келеді де, ештеңені нақтыламайды.",
    ru: "Одиночная «*» недопустима: она подходит ко всему и ничего не сообщает.",
    en: "A lone “*” is not allowed: it matches everything and declares nothing.",
  },
  // errors: references and taxonomy
  "duplicate-id": {
    kk: "«{id}» идентификаторы қайталанады: идентификаторлар бірегей болуы керек.",
    ru: "Идентификатор «{id}» повторяется: идентификаторы должны быть уникальными.",
    en: "Duplicate id “{id}”: ids must be unique.",
  },
  "dangling-reference": {
    kk: "«{id}» {target} ішінде анықталмаған.",
    ru: "«{id}» не найден в {target}.",
    en: "“{id}” is not defined in {target}.",
  },
  "undeclared-custom-id": {
    kk: "«{id}» өзіндік идентификаторы қолданылған, бірақ customCategories немесе customPurposes ішінде жарияланбаған.",
    ru: "Собственный идентификатор «{id}» используется, но не объявлен в customCategories или customPurposes.",
    en: "Custom id “{id}” is used but not declared in customCategories or customPurposes.",
  },
  "custom-label-required": {
    kk: "«{id}» өзіндік аудиториясына атау (label) қажет.",
    ru: "Для собственной категории субъектов «{id}» нужно название (label).",
    en: "The custom audience “{id}” needs a label.",
  },
  "unknown-subject": {
    kk: "«{id}» деректер субъектісі белгісіз: таксономиядағы идентификаторды немесе атауы бар өзіндік «x-» идентификаторды қолданыңыз.",
    ru: "Неизвестная категория субъектов «{id}»: используйте идентификатор из таксономии или собственный «x-» с названием.",
    en: "Unknown data subject “{id}”: use a taxonomy id or a custom “x-” id with a label.",
  },
  "unknown-data-category": {
    kk: "«{id}» деректер санаты белгісіз.",
    ru: "Неизвестная категория данных «{id}».",
    en: "Unknown data category “{id}”.",
  },
  "unknown-purpose": {
    kk: "«{id}» өңдеу мақсаты белгісіз.",
    ru: "Неизвестная цель обработки «{id}».",
    en: "Unknown purpose “{id}”.",
  },
  "unknown-legal-basis": {
    kk: "«{id}» құқықтық негізі белгісіз.",
    ru: "Неизвестное правовое основание «{id}».",
    en: "Unknown legal basis “{id}”.",
  },
  "unknown-recipient-kind": {
    kk: "«{id}» алушы түрі белгісіз.",
    ru: "Неизвестный вид получателя «{id}».",
    en: "Unknown recipient kind “{id}”.",
  },
  "unknown-right": {
    kk: "«{id}» құқығы белгісіз.",
    ru: "Неизвестное право «{id}».",
    en: "Unknown right “{id}”.",
  },
  "unknown-group": {
    kk: "«{id}» деректер санаттарының тобы белгісіз.",
    ru: "Неизвестная группа категорий данных «{id}».",
    en: "Unknown data category group “{id}”.",
  },
  // errors: files (parseManifest, CLI)
  "file-too-large": {
    kk: "Файл тым үлкен: {size} байт, шегі — {max} байт.",
    ru: "Файл слишком большой: {size} байт, предел — {max} байт.",
    en: "The file is too large: {size} bytes, the limit is {max} bytes.",
  },
  "json-syntax": {
    kk: "JSON синтаксис қатесі: {line}-жол, {column}-баған.",
    ru: "Ошибка синтаксиса JSON: строка {line}, столбец {column}.",
    en: "Invalid JSON at line {line}, column {column}.",
  },
  "not-utf8": {
    kk: "Файл UTF-8 мәтіні емес ({offset}-байт): Windows-1251 сияқты ескі кодтауда сақталған сияқты. Оны UTF-8 ретінде сақтаңыз.",
    ru: "Файл не в UTF-8 (байт {offset}): похоже, он сохранён в старой кодировке, например Windows-1251. Сохраните его в UTF-8.",
    en: "The file is not UTF-8 text (byte {offset}): it looks saved in a legacy encoding such as Windows-1251 or UTF-16. Save it as UTF-8.",
  },
  "not-text": {
    kk: "Бұл мәтін файлы емес ({offset}-байтта нөлдік байт): манифест — UTF-8 форматындағы JSON.",
    ru: "Это не текстовый файл (нулевой байт на позиции {offset}): манифест — это JSON в UTF-8.",
    en: "This is not a text file (a NUL byte at {offset}): a manifest is JSON in UTF-8.",
  },
  "read-failed": {
    kk: "Файлды оқу мүмкін болмады ({reason}).",
    ru: "Не удалось прочитать файл ({reason}).",
    en: "The file could not be read ({reason}).",
  },
  "fetch-failed": {
    kk: "Мекенжайдан жүктеу мүмкін болмады ({status}).",
    ru: "Не удалось загрузить адрес ({status}).",
    en: "The address could not be fetched ({status}).",
  },
  // warnings
  "file-large": {
    kk: "Файл үлкен ({size} байт): {max} байттан асса, беттер баяу жүктеледі.",
    ru: "Файл большой ({size} байт): больше {max} байт замедляет загрузку страниц.",
    en: "The file is large ({size} bytes): over {max} bytes slows pages down.",
  },
  "control-character-stripped": {
    kk: "Бұл мәтіннен басқарушы немесе мәтін бағытын өзгертетін таңбалар алынып тасталды.",
    ru: "Из этого текста удалены управляющие символы или символы смены направления.",
    en: "Control or text-direction characters were removed from this text.",
  },
  "missing-kazakhstan-language": {
    kk: "Тілдер арасында қазақ (kk) та, орыс (ru) тілі де жоқ, ал Қазақстан заңнамасы бойынша олар қажет.",
    ru: "Среди языков нет ни казахского (kk), ни русского (ru), а законодательство Казахстана их требует.",
    en: "Neither Kazakh (kk) nor Russian (ru) is among the languages, which Kazakhstan's law expects.",
  },
  "text-missing-language": {
    kk: "Бұл мәтін мына тілдерде берілмеген: {languages}.",
    ru: "Этот текст не дан на языках: {languages}.",
    en: "This text is not given in: {languages}.",
  },
  "no-responsible-person": {
    kk: "responsiblePerson жоқ: дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны көрсетіңіз (94-V, 25-бап).",
    ru: "Нет responsiblePerson: укажите лицо, ответственное за организацию обработки персональных данных (94-V, ст. 25).",
    en: "No responsiblePerson: name the person responsible for organising processing (94-V, Art. 25).",
  },
  "no-rights-declared": {
    kk: "Құқықтар көрсетілмеген: адамдардың қандай құқығы бар екенін және оны қалай пайдалануға болатынын жазыңыз.",
    ru: "Права не указаны: сообщите, какие у людей есть права и как ими воспользоваться.",
    en: "No rights are declared: tell people which rights they have and how to use them.",
  },
  "no-storage-in-kz": {
    kk: "Қазақстандағы (KZ) сақтау орны көрсетілмеген: 94-V заңының 12-бабының 2-тармағы дерекқордың ҚР аумағында болуын талап етеді.",
    ru: "Не указано хранение в Казахстане (KZ): п. 2 ст. 12 закона 94-V требует держать базу на территории РК.",
    en: "No storage in Kazakhstan (KZ) is declared: 94-V Art. 12(2) requires the database to be in KZ.",
  },
  "storage-abroad-without-transfer": {
    kk: "{country} елінде сақтау бар, бірақ оған сәйкес transfers жазбасы жоқ.",
    ru: "Хранение в {country} указано, но соответствующей записи в transfers нет.",
    en: "Storage in {country} has no matching entry in transfers.",
  },
  "recipient-abroad-without-transfer": {
    kk: "{country} еліндегі алушыға сәйкес transfers жазбасы жоқ.",
    ru: "Для получателя в {country} нет соответствующей записи в transfers.",
    en: "A recipient in {country} has no matching entry in transfers.",
  },
  "technology-abroad-without-transfer": {
    kk: "{country} еліндегі қызметтің тегіне немесе ендірмесіне сәйкес transfers жазбасы жоқ.",
    ru: "Для тега или встраивания сервиса в {country} нет соответствующей записи в transfers.",
    en: "A tag or embed of a service in {country} has no matching entry in transfers.",
  },
  "legitimate-interests-basis": {
    kk: "«Заңды мүдде» 94-V заңы бойынша негіз болып саналмайды: келісім немесе заң нормасы қажет.",
    ru: "«Законный интерес» не является основанием по закону 94-V: нужно согласие или норма закона.",
    en: "“Legitimate interests” is not a ground under 94-V: consent or a law is needed.",
  },
  "minors-without-representative-consent": {
    kk: "Бұл өңдеу кәмелетке толмағандарға қатысты және келісімге сүйенеді, бірақ consentGivenBy заңды өкілді көрсетпейді.",
    ru: "Обработка касается несовершеннолетних и основана на согласии, но consentGivenBy не называет законного представителя.",
    en: "This activity concerns minors and relies on consent, but consentGivenBy does not name the legal representative.",
  },
  "special-data-without-consent": {
    kk: "«{id}» ерекше санаттағы деректеріне негіз керек: келісім, жазбаша келісім немесе заңдағы міндет.",
    ru: "Для данных особой категории «{id}» нужно основание: согласие, письменное согласие или обязанность по закону.",
    en: "Special-category data “{id}” needs consent, written consent or a legal obligation as its basis.",
  },
  "retention-without-description": {
    kk: "«{kind}» түріндегі сақтау мерзімінің кезеңін немесе оқиғасын сөзбен сипаттаңыз.",
    ru: "Для срока хранения вида «{kind}» опишите словами период или событие.",
    en: "Retention of kind “{kind}” should describe the period or event in words.",
  },
  "fixed-retention-without-duration": {
    kk: "Белгіленген сақтау мерзіміне duration көрсетіңіз, мысалы P1Y.",
    ru: "Для фиксированного срока хранения укажите duration, например P1Y.",
    en: "A fixed retention needs a duration, e.g. P1Y.",
  },
  "optional-technology-without-provider": {
    kk: "Міндетті емес санаттағы технология үшін мынаны көрсетіңіз: {missing}.",
    ru: "Для технологии в необязательной категории укажите: {missing}.",
    en: "A technology in an optional category should state its {missing}.",
  },
  "third-party-technology-without-domains": {
    kk: "Бөгде ресурс үшін domains тізімін көрсетіңіз, сонда кеңейту бетті тексере алады.",
    ru: "Для стороннего ресурса укажите domains, чтобы расширение могло проверить страницу.",
    en: "A third-party resource should list its domains so the extension can check the page.",
  },
};

/** The issue's message in one language; unknown codes fall back to the code itself. */
export const describeIssue = (issue: Pick<CheckIssue, "code" | "params">, lang: Language): string => {
  const template = ISSUE_MESSAGES[issue.code]?.[lang] ?? issue.code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = issue.params?.[name];
    if (value === undefined) return whole;
    return (name === "expected" ? EXPECTED[value]?.[lang] : undefined) ?? String(value);
  });
};
