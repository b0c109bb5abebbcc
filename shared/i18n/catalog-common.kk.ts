// Kazakh (the state language) strings for rendering a manifest, written as a Kazakh reader expects,
// not traced from Russian. Placeholders sit where no case ending has to attach to them
// ("{country} аумағында", "{duration} сақталады"), because a suffix cannot follow a placeholder
// reliably (vowel harmony depends on the word).
import type { CommonKey } from "./catalog-common.en.ts";
import type { Message } from "./format.ts";

export const commonKk: Record<CommonKey, Message> = {
  "lang.label": "Тіл",
  "lang.kk": "Қазақша",
  "lang.ru": "Русский",
  "lang.en": "English",

  "section.operator": "Деректеріңізді кім өңдейді",
  "section.responsiblePerson": "Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға",
  "section.authority": "Қайда шағымдануға болады",
  "section.audiences": "Кімнің қандай деректері өңделеді",
  "section.rights": "Сіздің құқықтарыңыз және оларды қалай пайдалануға болады",
  "section.technologies": "Cookie файлдары және ұқсас технологиялар",
  "section.thirdParties": "Үшінші тұлғалар",
  "section.storage": "Деректер қайда сақталады",
  "section.changes": "Өзгерістер тарихы",
  "section.policy": "Саясаттың толық мәтіні",

  "operator.legalForm": "Ұйымдық-құқықтық нысаны",
  "operator.bin": "БСН",
  "operator.address": "Мекенжайы",
  "operator.email": "Электрондық пошта",
  "operator.phone": "Телефон",
  "operator.website": "Сайт",
  "authority.label": "Дербес деректерді қорғау саласындағы уәкілетті орган",
  "authority.defaultName": "Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі",

  "audience.minors": "Кәмелетке толмағандар",
  "audience.representedBy": "Заңды өкілдері: {audience}",

  "field.data": "Деректер",
  "field.purposes": "Мақсаттары",
  "field.legalBasis": "Құқықтық негізі",
  "field.legalReference": "Нормативтік сілтеме",
  "field.consentGivenBy": "Келісімді кім береді",
  "field.recipients": "Деректер кімге беріледі",
  "field.storage": "Қайда сақталады",
  "field.transfers": "Шетелге беру",
  "field.retention": "Қанша уақыт сақталады",
  "field.note": "Ескертпе",
  "field.mandatory": "Қызметті алу үшін міндетті",
  "field.optional": "Міндетті емес: қызметті онсыз да пайдалануға болады",

  "basis.consent": "Келісім",
  "basis.law": "Заң талабы",
  "basis.contract": "Шарт",
  "basis.other": "Басқа негіз",

  "consentBy.subject": "Адамның өзі",
  "consentBy.legal-representative": "Ата-анасы немесе басқа заңды өкілі",
  "consentBy.subject-or-representative": "Адамның өзі немесе оның заңды өкілі",

  "data.special": "Ерекше санат",
  "data.elevated": "Жоғары тәуекел",

  "storage.kz": "Қазақстанда сақталады",
  "storage.abroad": "Шетелде сақталады",
  "storage.in": "{country} аумағында сақталады",
  "storage.kind.primary": "Негізгі сақтау орны",
  "storage.kind.backup": "Сақтық көшірме",
  "storage.kind.cdn": "Контент жеткізу желісі (CDN)",
  "storage.summaryKzOnly": "Барлық деректер Қазақстанда сақталады",
  "storage.summaryAbroad": "Деректердің бір бөлігі шетелде сақталады: {countries}",
  "storage.summaryUnknown": "Деректердің сақталатын жері көрсетілмеген",

  "transfer.to": "{country} еліне беріледі",
  "transferBasis.consent": "Келісім негізінде",
  "transferBasis.adequate-protection": "Ол ел дербес деректердің қорғалуын қамтамасыз етеді",
  "transferBasis.law": "Заңда көзделген жағдайда",
  "transferBasis.treaty": "Халықаралық шарт негізінде",
  "transferBasis.other": "Басқа негізде",

  "role.processor": "Оператордың тапсырмасы бойынша өңдейді",
  "role.third-party": "Үшінші тұлға",
  "role.state-body": "Мемлекеттік орган",
  "role.public": "Жария етіледі",

  "retention.session": "Сеанс аяқталғанға дейін",
  "retention.fixed": "{duration} сақталады",
  "retention.fixedUnstated": "Белгіленген мерзім ішінде",
  "retention.until-purpose": "Өңдеу мақсатына қол жеткізілгенге дейін",
  "retention.until-event": "Белгілі бір оқиға болғанға дейін",
  "retention.legal-requirement": "Заңнамада белгіленген мерзім ішінде",
  "retention.atMost": "{text} (ең ұзақ мерзімі — {duration})",

  // Kazakh nouns stay singular after a numeral ("3 жыл"), so one form serves every count.

  "channel.email": "Электрондық пошта",
  "channel.url": "Сайт",
  "channel.postal": "Пошта арқылы",
  "channel.in-person": "Жеке өзі келіп",
  "channel.egov": "eGov порталы",
  "rights.responseDays": "Жауап {count} күн ішінде беріледі",

  "consentCategory.necessary": "Міндетті",
  "consentCategory.ip": "IP мекенжайы және ендірілген мазмұн",
  "consentCategory.analytics": "Талдау (статистика)",
  "consentCategory.preferences": "Баптаулар",
  "consentCategory.media": "Медиа",
  "consentCategory.marketing": "Маркетинг",

  "tech.kind.cookie": "Cookie файлы",
  "tech.kind.local-storage": "Жергілікті жад (localStorage)",
  "tech.kind.session-storage": "Сеанс жады (sessionStorage)",
  "tech.kind.indexeddb": "Браузер дерекқоры (IndexedDB)",
  "tech.kind.script": "Скрипт",
  "tech.kind.iframe": "Ендірілген мазмұн",
  "tech.kind.pixel": "Бақылау пикселі",
  "tech.kind.font": "Веб-қаріп",
  "tech.kind.other": "Басқа технология",
  "tech.session": "Браузерді жапқанша",
  "tech.lifetime": "Жарамдылық мерзімі — {duration}",
  "tech.firstParty": "Осы сайт орнатады",
  "tech.thirdParty": "Үшінші тарап орнатады",
  "tech.provider": "Қызмет көрсетуші",

  "thirdParties.domains": "Домендер",
  "changes.version": "{version} нұсқасы, {date}",
  "changes.material": "Елеулі өзгеріс",
  "common.notStated": "Көрсетілмеген",
};
