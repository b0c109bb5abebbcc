// GENERATED from reference taxonomy.json v1.0.0 (2026-06) — do not edit by hand.
// Labels, DPV terms and notes for every taxonomy entry. Loaded by the viewer, the extension and the CLI.

export interface Labels {
  kk: string;
  ru: string;
  en: string;
}
export interface TaxonomyEntry {
  labels: Labels;
  dpv?: string;
  note?: string;
}

export const GROUP_LABELS: Record<string, TaxonomyEntry> = {
  identity: { labels: { kk: "Жеке басы", ru: "Идентификация и личность", en: "Identity" } },
  contact: { labels: { kk: "Байланыс", ru: "Контакты", en: "Contact" } },
  family: {
    labels: {
      kk: "Отбасы және әлеуметтік мәртебе",
      ru: "Семья и социальный статус",
      en: "Family and social status",
    },
  },
  health: { labels: { kk: "Денсаулық", ru: "Здоровье", en: "Health" } },
  education: { labels: { kk: "Білім", ru: "Образование", en: "Education" } },
  employment: { labels: { kk: "Еңбек қатынастары", ru: "Трудовые отношения", en: "Employment" } },
  financial: { labels: { kk: "Қаржы", ru: "Финансы", en: "Financial" } },
  online: {
    labels: { kk: "Онлайн және техникалық", ru: "Онлайн и технические", en: "Online and technical" },
  },
  other: { labels: { kk: "Басқа", ru: "Прочее", en: "Other" } },
};

export const DATA_CATEGORY_LABELS: Record<string, TaxonomyEntry> = {
  "full-name": {
    labels: { kk: "Аты-жөні (тегі, аты, әкесінің аты)", ru: "ФИО (фамилия, имя, отчество)", en: "Full name" },
    dpv: "pd:Name",
  },
  "date-of-birth": {
    labels: { kk: "Туған күні", ru: "Дата рождения", en: "Date of birth" },
    dpv: "pd:BirthDate",
  },
  "place-of-birth": {
    labels: { kk: "Туған жері", ru: "Место рождения", en: "Place of birth" },
    dpv: "pd:BirthPlace",
  },
  age: { labels: { kk: "Жасы", ru: "Возраст", en: "Age" }, dpv: "pd:Age" },
  gender: { labels: { kk: "Жынысы", ru: "Пол", en: "Gender / sex" }, dpv: "pd:Gender" },
  "national-id-number": {
    labels: {
      kk: "Жеке сәйкестендіру нөмірі (ЖСН)",
      ru: "Индивидуальный идентификационный номер (ИИН)",
      en: "National individual identification number (IIN)",
    },
    dpv: "pd:OfficialID",
  },
  "identity-document-details": {
    labels: {
      kk: "Жеке басын куәландыратын құжат туралы мәліметтер (төлқұжат, жеке куәлік, туу туралы куәлік)",
      ru: "Сведения о документе, удостоверяющем личность (паспорт, удостоверение, свидетельство о рождении)",
      en: "Identity document details (passport/ID card/birth certificate number, issue date, issuer)",
    },
    dpv: "pd:OfficialID",
  },
  "identity-document-copy": {
    labels: {
      kk: "Жеке басын куәландыратын құжаттың көшірмесі",
      ru: "Копия документа, удостоверяющего личность",
      en: "Copy/scan of identity document",
    },
    dpv: "pd:OfficialID",
  },
  citizenship: { labels: { kk: "Азаматтығы", ru: "Гражданство", en: "Citizenship" }, dpv: "pd:Citizenship" },
  "ethnicity-nationality": {
    labels: {
      kk: "Ұлты, этникалық шығу тегі",
      ru: "Национальность, этническое происхождение",
      en: "Ethnic origin / nationality (ұлт)",
    },
    dpv: "pd:EthnicOrigin",
  },
  "religion-beliefs": {
    labels: {
      kk: "Діни сенімі, діні",
      ru: "Религия, религиозные убеждения",
      en: "Religion / religious beliefs",
    },
    dpv: "pd:Religion",
  },
  "political-opinions": {
    labels: { kk: "Саяси көзқарастары", ru: "Политические взгляды", en: "Political opinions" },
    dpv: "pd:PoliticalOpinion",
  },
  "association-membership": {
    labels: {
      kk: "Қоғамдық бірлестіктерге, кәсіподаққа мүшелігі",
      ru: "Членство в объединениях, профсоюзе",
      en: "Membership of associations / trade union",
    },
    dpv: "pd:GroupMembership",
  },
  "sex-life": {
    labels: { kk: "Жыныстық өмірі", ru: "Половая жизнь", en: "Sex life / sexual orientation" },
    dpv: "pd:Sexual",
  },
  "criminal-records": {
    labels: {
      kk: "Қылмыстық құқық бұзушылықтар, сотталғандығы туралы мәліметтер",
      ru: "Сведения о судимости, правонарушениях",
      en: "Criminal offences / convictions",
    },
    dpv: "pd:Criminal",
  },
  "military-registration": {
    labels: {
      kk: "Әскери есепке алу туралы мәліметтер",
      ru: "Сведения о воинском учёте",
      en: "Military registration details",
    },
  },
  "photo-video": {
    labels: {
      kk: "Фотосуреттер, бейнежазбалар",
      ru: "Фотографии, видеозаписи",
      en: "Photos and video recordings (events, lessons, profile photo)",
    },
    dpv: "pd:Picture",
  },
  "cctv-footage": {
    labels: {
      kk: "Бейнебақылау жазбалары (камераның қамту аймағындағы бейне)",
      ru: "Записи видеонаблюдения",
      en: "CCTV footage (image in camera coverage zone)",
    },
    dpv: "pd:Picture",
  },
  "biometric-data": {
    labels: {
      kk: "Биометриялық деректер (бет-әлпет, саусақ ізі)",
      ru: "Биометрические данные (лицо, отпечатки пальцев)",
      en: "Biometric data (facial template, fingerprints)",
    },
    dpv: "pd:Biometric",
  },
  "digital-signature": {
    labels: {
      kk: "Электрондық цифрлық қолтаңба (ЭЦҚ)",
      ru: "Электронная цифровая подпись (ЭЦП)",
      en: "Electronic digital signature / signing certificate",
    },
    dpv: "pd:Authenticating",
  },
  "internal-identifier": {
    labels: {
      kk: "Ішкі сәйкестендіргіш (жеке іс нөмірі, оқушы/қызметкер нөмірі)",
      ru: "Внутренний идентификатор (номер личного дела, табельный номер)",
      en: "Internal identifier (personal-file number, student/staff ID)",
    },
    dpv: "pd:UID",
  },
  "phone-number": {
    labels: { kk: "Телефон нөмірі", ru: "Номер телефона", en: "Telephone number" },
    dpv: "pd:TelephoneNumber",
  },
  "email-address": {
    labels: { kk: "Электрондық пошта мекенжайы", ru: "Адрес электронной почты", en: "Email address" },
    dpv: "pd:EmailAddress",
  },
  "home-address": {
    labels: {
      kk: "Тұрғылықты (тұратын) мекенжайы",
      ru: "Адрес проживания",
      en: "Residential / postal address",
    },
    dpv: "pd:HomeLocation",
  },
  "registered-address": {
    labels: { kk: "Тіркелген мекенжайы", ru: "Адрес регистрации (прописки)", en: "Registered address" },
    dpv: "pd:PhysicalAddress",
  },
  "messenger-social-account": {
    labels: {
      kk: "Мессенджер/әлеуметтік желі аккаунты (WhatsApp, Telegram, Instagram)",
      ru: "Аккаунт в мессенджере/соцсети",
      en: "Messenger or social-media account",
    },
    dpv: "pd:SocialMedia",
  },
  "region-locality": {
    labels: {
      kk: "Өңір, қала, елді мекен",
      ru: "Регион, город, населённый пункт",
      en: "Region / city / country of residence",
    },
    dpv: "pd:Region",
  },
  "family-composition": {
    labels: { kk: "Отбасы құрамы", ru: "Состав семьи", en: "Family composition" },
    dpv: "pd:FamilyStructure",
  },
  "marital-status": {
    labels: { kk: "Отбасылық жағдайы", ru: "Семейное положение", en: "Marital / family status" },
    dpv: "pd:MaritalStatus",
  },
  "legal-representative-relationship": {
    labels: {
      kk: "Балаға қатысты мәртебесі (ата-ана, қамқоршы)",
      ru: "Статус по отношению к ребёнку (родитель, опекун)",
      en: "Relationship to child / representative status",
    },
    dpv: "pd:Relationship",
  },
  "representation-authority-document": {
    labels: {
      kk: "Заңды өкілдің өкілеттігін растайтын құжат туралы мәліметтер",
      ru: "Сведения о документе, подтверждающем полномочия законного представителя",
      en: "Details of document proving legal-representative authority (guardianship/adoption order, birth certificate)",
    },
    dpv: "pd:PersonalDocuments",
  },
  "benefit-privileged-status": {
    labels: {
      kk: "Жеңілдікті санатқа жататындығы (көп балалы, мүгедек, жетім т.б.)",
      ru: "Принадлежность к льготной категории",
      en: "Privileged / benefit category status",
    },
    dpv: "pd:SocialStatus",
  },
  "supporting-document-copies": {
    labels: {
      kk: "Растайтын құжаттардың көшірмелері",
      ru: "Копии подтверждающих документов",
      en: "Copies/scans of supporting documents (other than ID)",
    },
    dpv: "pd:PersonalDocuments",
  },
  "health-medical": {
    labels: {
      kk: "Денсаулық туралы ақпарат, медициналық құжаттар (медициналық карта, денсаулық паспорты, анықтамалар)",
      ru: "Сведения о здоровье, медицинские документы (медкарта, паспорт здоровья, справки)",
      en: "Health information and medical records/certificates",
    },
    dpv: "pd:HealthRecord",
  },
  "disability-special-needs": {
    labels: {
      kk: "Мүгедектігі, ерекше білім беру қажеттіліктері",
      ru: "Инвалидность, особые образовательные потребности",
      en: "Disability / special educational needs",
    },
    dpv: "pd:Disability",
  },
  "psychological-assessment": {
    labels: {
      kk: "Психологиялық баға, психологиялық-педагогикалық мониторинг",
      ru: "Психологическая оценка, психолого-педагогический мониторинг",
      en: "Psychological assessment / psycho-pedagogical monitoring",
    },
    dpv: "pd:MentalHealth",
  },
  "accident-injury-records": {
    labels: {
      kk: "Жазатайым жағдайлар, жарақаттар туралы жазбалар",
      ru: "Записи о несчастных случаях, травмах",
      en: "Accident / injury records",
    },
    dpv: "pd:HealthHistory",
  },
  "absence-justification": {
    labels: {
      kk: "Сабаққа (ұйымға) келмеу себептерін растайтын құжаттар",
      ru: "Документы, подтверждающие причины отсутствия",
      en: "Documents justifying absence",
    },
    dpv: "pd:PersonalDocuments",
  },
  "academic-performance": {
    labels: {
      kk: "Оқу үлгерімі, бағалар, емтихан нәтижелері, тест нәтижелері",
      ru: "Успеваемость, оценки, результаты экзаменов/тестов",
      en: "Academic performance: grades, exam and test results, assignments",
    },
    dpv: "pd:School",
  },
  attendance: { labels: { kk: "Сабаққа қатысуы", ru: "Посещаемость", en: "Attendance" }, dpv: "pd:School" },
  achievements: {
    labels: {
      kk: "Жетістіктері (олимпиадалар, марапаттар)",
      ru: "Достижения (олимпиады, награды)",
      en: "Achievements / awards",
    },
    dpv: "pd:School",
  },
  portfolio: { labels: { kk: "Портфолио", ru: "Портфолио", en: "Portfolio" }, dpv: "pd:School" },
  "school-class": {
    labels: { kk: "Мектебі, сыныбы", ru: "Школа, класс", en: "School attended and class / grade" },
    dpv: "pd:School",
  },
  "previous-education-institution": {
    labels: {
      kk: "Алдыңғы оқу орны туралы ақпарат, бұрынғы жеке іс",
      ru: "Сведения о предыдущем месте учёбы, личное дело",
      en: "Previous school / prior personal file",
    },
    dpv: "pd:EducationExperience",
  },
  "student-personal-file": {
    labels: {
      kk: "Оқушының (баланың) жеке ісі",
      ru: "Личное дело обучающегося (ребёнка)",
      en: "Student / child personal file (composite record)",
    },
    dpv: "pd:School",
  },
  "enrolment-application": {
    labels: {
      kk: "Тіркелу/қабылдау кезінде берілетін ақпарат, оқуға өтініш құжаттары",
      ru: "Сведения при зачислении/поступлении, документы заявления",
      en: "Enrolment / admission application data",
    },
    dpv: "dpv:ProvidedPersonalData",
  },
  "disciplinary-records": {
    labels: {
      kk: "Тәртіптік мәселелер, жазалар, тәртіптік рәсімдер",
      ru: "Дисциплинарные нарушения, взыскания",
      en: "Disciplinary records (students or staff)",
    },
    dpv: "pd:DisciplinaryAction",
  },
  "education-qualifications": {
    labels: {
      kk: "Білімі, білім туралы құжаттар, біліктілігі",
      ru: "Образование, документы об образовании, квалификация",
      en: "Education level, diplomas, qualifications",
    },
    dpv: "pd:EducationQualification",
  },
  "professional-training-certification": {
    labels: {
      kk: "Біліктілікті арттыру, қайта даярлау, тағылымдама, аттестаттау, сертификаттау, арнаулы атақтар",
      ru: "Повышение квалификации, переподготовка, стажировка, аттестация, сертификация, специальные звания",
      en: "Professional development, retraining, attestation, certification, special titles",
    },
    dpv: "pd:ProfessionalTraining",
  },
  "academic-degrees-publications": {
    labels: {
      kk: "Ғылыми дәрежесі, ғылыми атағы, ғылыми еңбектері мен өнертабыстары",
      ru: "Учёная степень, учёное звание, научные труды и изобретения",
      en: "Academic degrees, titles, publications, inventions",
    },
    dpv: "pd:EducationQualification",
  },
  "language-skills": {
    labels: { kk: "Шет тілдерін білуі", ru: "Знание иностранных языков", en: "Language skills" },
    dpv: "pd:Language",
  },
  "interests-preferences": {
    labels: {
      kk: "Оқу қызығушылықтары, қалаулары",
      ru: "Интересы, предпочтения в обучении",
      en: "Learning interests / preferences",
    },
    dpv: "pd:Interest",
  },
  "cv-resume": { labels: { kk: "Түйіндеме", ru: "Резюме", en: "CV / résumé" }, dpv: "pd:Professional" },
  "employment-history": {
    labels: {
      kk: "Еңбек өтілі, жұмыс тәжірибесі, еңбек кітапшасы",
      ru: "Трудовой стаж, опыт работы, трудовая книжка",
      en: "Employment history, length of service, work record book",
    },
    dpv: "pd:EmploymentHistory",
  },
  "hr-records": {
    labels: {
      kk: "Кадрлық есеп, еңбек қатынастарына қатысты ақпарат",
      ru: "Кадровый учёт, сведения по трудовым отношениям",
      en: "Personnel (HR) file / employment-relationship information",
    },
    dpv: "pd:Professional",
  },
  "recruitment-appointment-records": {
    labels: {
      kk: "Өтініш беру және лауазымға тағайындау туралы жазбалар",
      ru: "Записи о приёме на работу и назначениях",
      en: "Job application and appointment/promotion records",
    },
    dpv: "pd:ProfessionalInterview",
  },
  "workplace-employer": {
    labels: { kk: "Жұмыс орны", ru: "Место работы", en: "Workplace / employer" },
    dpv: "pd:CurrentEmployment",
  },
  "job-title-position": {
    labels: { kk: "Лауазымы, атқаратын қызметі", ru: "Должность", en: "Job title / position" },
    dpv: "pd:Job",
  },
  "profession-specialty": {
    labels: { kk: "Мамандығы", ru: "Специальность, профессия", en: "Profession / specialty" },
    dpv: "pd:Professional",
  },
  "leave-absence-records": {
    labels: {
      kk: "Демалыстар (бала күтімі, оқу демалысы, ауруы бойынша демалыс), мансаптағы үзілістер",
      ru: "Отпуска (по уходу за ребёнком, учебный, больничный), перерывы в карьере",
      en: "Leave and absence records (incl. sick leave, parental leave)",
    },
    dpv: "pd:WorkHistory",
  },
  "performance-evaluation": {
    labels: {
      kk: "Бақылау және бағалау, құзыреттілік, жақсарту жоспарлары",
      ru: "Оценка, аттестация работы, планы улучшения",
      en: "Performance monitoring and evaluation",
    },
    dpv: "pd:ProfessionalEvaluation",
  },
  "grievances-complaints": {
    labels: {
      kk: "Шағымдар, наразылықтар, кеңес беру туралы ақпарат",
      ru: "Жалобы, претензии, консультации",
      en: "Grievances / complaints records",
    },
    dpv: "pd:Professional",
  },
  "correspondence-memos": {
    labels: {
      kk: "Жадынамалар, сұраулар, хат алмасу",
      ru: "Служебные записки, запросы, переписка",
      en: "Memoranda, requests and correspondence",
    },
    dpv: "pd:Communication",
  },
  "time-attendance-staff": {
    labels: { kk: "Жұмыс уақытын есепке алу", ru: "Учёт рабочего времени", en: "Working-time records" },
    dpv: "pd:WorkHistory",
  },
  salary: {
    labels: { kk: "Жалақы туралы ақпарат", ru: "Сведения о заработной плате", en: "Salary information" },
    dpv: "pd:Salary",
  },
  income: {
    labels: { kk: "Табыстар туралы мәліметтер", ru: "Сведения о доходах", en: "Income information" },
    dpv: "pd:Income",
  },
  "bank-details": {
    labels: { kk: "Банк деректемелері", ru: "Банковские реквизиты", en: "Bank account details" },
    dpv: "pd:BankAccount",
  },
  "tax-status": {
    labels: {
      kk: "Салық статусы (резидент/бейрезидент)",
      ru: "Налоговый статус (резидент/нерезидент)",
      en: "Tax residency status",
    },
    dpv: "pd:Tax",
  },
  "pension-social-contributions": {
    labels: {
      kk: "Зейнетақы және әлеуметтік қорлар туралы ақпарат",
      ru: "Сведения о пенсионных и социальных отчислениях",
      en: "Pension and social-fund information",
    },
    dpv: "pd:Financial",
  },
  "payment-transaction": {
    labels: {
      kk: "Төлем мәліметтері (сома, тариф, транзакция)",
      ru: "Платёжные данные (сумма, тариф, транзакция)",
      en: "Payment / transaction data (tuition, fees)",
    },
    dpv: "pd:Transaction",
  },
  "account-credentials": {
    labels: {
      kk: "Пайдаланушы аты (логин), құпиясөз, жүйеге қол жеткізу құқықтары",
      ru: "Логин, пароль, права доступа к системам",
      en: "Account credentials and access rights (login, password, role)",
    },
    dpv: "pd:Authenticating",
  },
  "ip-address": { labels: { kk: "IP мекенжайы", ru: "IP-адрес", en: "IP address" }, dpv: "pd:IPAddress" },
  "browser-device-info": {
    labels: {
      kk: "Браузер, құрылғы, операциялық жүйе туралы ақпарат",
      ru: "Сведения о браузере, устройстве, ОС",
      en: "Browser / device / OS information (user agent)",
    },
    dpv: "pd:UserAgent",
  },
  "cookie-identifiers": {
    labels: {
      kk: "Cookie файлдары, сессия идентификаторлары",
      ru: "Файлы cookie, идентификаторы сессии",
      en: "Cookies and similar online identifiers",
    },
    dpv: "tech:Cookie",
  },
  "browsing-behaviour": {
    labels: {
      kk: "Сайттағы әрекеттер (қаралған беттер, шертулер, көздер)",
      ru: "Поведение на сайте (страницы, клики, источники переходов)",
      en: "Browsing behaviour / analytics events",
    },
    dpv: "pd:BrowsingBehaviour",
  },
  "event-timestamps": {
    labels: {
      kk: "Келу уақыты, кіру уақыты, жазба уақыты",
      ru: "Время посещения, входа, записи",
      en: "Visit / access / recording timestamps",
    },
    dpv: "pd:ServiceConsumptionBehaviour",
  },
  location: {
    labels: {
      kk: "Орналасқан жері (геолокация, түсірілген орын)",
      ru: "Местоположение",
      en: "Location (geolocation or where recorded)",
    },
    dpv: "pd:Location",
  },
  "form-inputs": {
    labels: {
      kk: "Тіркеу немесе байланыс нысандарына енгізілген ақпарат",
      ru: "Данные, введённые в формы регистрации/обратной связи",
      en: "Information entered in web forms",
    },
    dpv: "pd:Communication",
  },
  "correspondence-requests": {
    labels: {
      kk: "Өтініштер, сұраныстар, шағымдар, хабарламалар мазмұны",
      ru: "Обращения, запросы, жалобы, сообщения",
      en: "Content of requests, appeals, complaints, messages",
    },
    dpv: "pd:Communication",
  },
  "audio-recording": {
    labels: {
      kk: "Дыбыс жазбалары (сабақ, қоңырау жазбалары)",
      ru: "Аудиозаписи (уроков, звонков)",
      en: "Audio recordings (lessons, calls)",
    },
    dpv: "pd:VoiceCommunicationRecording",
  },
  "other-provided-information": {
    labels: {
      kk: "Субъект өзі көрсеткен өзге мәліметтер, шартта көрсетілген басқа ақпарат",
      ru: "Иные сведения, указанные субъектом или в договоре",
      en: "Other information provided by the subject or stated in a contract",
    },
    dpv: "dpv:ProvidedPersonalData",
  },
  "personal-data-unspecified": {
    labels: {
      kk: "Дербес деректер (нақтыланбаған)",
      ru: "Персональные данные (без перечня)",
      en: "Personal data (not itemised)",
    },
    dpv: "dpv:PersonalData",
  },
};

export const SUBJECT_LABELS: Record<string, TaxonomyEntry> = {
  student: {
    labels: { kk: "Білім алушы, оқушы", ru: "Обучающийся, ученик", en: "Student / pupil" },
    dpv: "dpv:Student",
    note: "Usually a minor (<18).",
  },
  "preschool-child": {
    labels: {
      kk: "Тәрбиеленуші (мектепке дейінгі жастағы бала)",
      ru: "Воспитанник (ребёнок дошкольного возраста)",
      en: "Preschool child",
    },
    dpv: "dpv:Child",
  },
  "legal-representative": {
    labels: {
      kk: "Ата-ана, заңды өкіл, қамқоршы",
      ru: "Родитель, законный представитель, опекун",
      en: "Parent / legal representative / guardian",
    },
    dpv: "dpv:ParentOfDataSubject",
    note: "dpv:GuardianOfDataSubject for guardians.",
  },
  "contract-signatory": {
    labels: {
      kk: "Шартқа қол қоюшы",
      ru: "Подписант договора",
      en: "Contract signatory (e.g. parent signing education contract)",
    },
    dpv: "dpv:Customer",
  },
  staff: {
    labels: {
      kk: "Қызметкер (педагог, әкімшілік)",
      ru: "Работник (педагог, администрация)",
      en: "Staff / employee",
    },
    dpv: "dpv:Employee",
  },
  "job-candidate": {
    labels: { kk: "Үміткер, жұмысқа кандидат", ru: "Кандидат, соискатель", en: "Job candidate" },
    dpv: "dpv:JobApplicant",
  },
  "educator-user": {
    labels: {
      kk: "Педагог (платформа пайдаланушысы)",
      ru: "Педагог (пользователь платформы)",
      en: "Teacher using a platform (not operator's employee)",
    },
    dpv: "dpv:User",
  },
  "education-authority-staff": {
    labels: {
      kk: "Білім беру басқару органдарының қызметкерлері",
      ru: "Работники органов управления образованием",
      en: "Staff of education authorities / state bodies",
    },
    dpv: "dpv:User",
    note: "Kundelik users from ministry/akimat.",
  },
  applicant: {
    labels: { kk: "Талапкер, абитуриент", ru: "Абитуриент, поступающий", en: "Applicant for admission" },
    dpv: "dpv:Applicant",
  },
  "client-customer": {
    labels: { kk: "Клиент, тапсырыс беруші", ru: "Клиент, заказчик", en: "Client / customer" },
    dpv: "dpv:Customer",
  },
  "contractor-counterparty": {
    labels: {
      kk: "Мердігер, орындаушы, контрагент",
      ru: "Подрядчик, исполнитель, контрагент",
      en: "Contractor / counterparty",
    },
    dpv: "dpv:DataSubject",
    note: "No exact DPV term.",
  },
  "website-visitor": {
    labels: { kk: "Сайтқа келуші", ru: "Посетитель сайта", en: "Website visitor" },
    dpv: "dpv:Visitor",
  },
  "registered-user": {
    labels: {
      kk: "Тіркелген пайдаланушы",
      ru: "Зарегистрированный пользователь",
      en: "Registered user of online service",
    },
    dpv: "dpv:User",
  },
  "premises-visitor": {
    labels: { kk: "Ғимаратқа келуші", ru: "Посетитель учреждения", en: "Visitor to premises" },
    dpv: "dpv:Visitor",
  },
  "cctv-subject": {
    labels: {
      kk: "Бейнебақылау аймағындағы адам",
      ru: "Лицо в зоне видеонаблюдения",
      en: "Person in CCTV coverage area",
    },
    dpv: "dpv:DataSubject",
  },
  "foreign-national": {
    labels: {
      kk: "Шетел азаматы, азаматтығы жоқ тұлға",
      ru: "Иностранный гражданин, лицо без гражданства",
      en: "Foreign national / stateless person",
    },
    dpv: "dpv:NonCitizen",
  },
  alumni: { labels: { kk: "Түлек", ru: "Выпускник", en: "Alumni" }, dpv: "dpv:DataSubject" },
  "other-individuals": {
    labels: { kk: "Өзге тұлғалар, үшінші тұлғалар", ru: "Иные лица", en: "Other individuals" },
    dpv: "dpv:DataSubject",
  },
};

export const PURPOSE_LABELS: Record<string, TaxonomyEntry> = {
  "education-delivery": {
    labels: {
      kk: "Білім беру бағдарламаларын іске асыру, білім беру процесін қамтамасыз ету",
      ru: "Реализация образовательных программ, обеспечение образовательного процесса",
      en: "Delivering education / the educational process",
    },
    dpv: "dpv:ServiceProvision",
  },
  "academic-record-keeping": {
    labels: {
      kk: "Электрондық журнал, оқу жетістіктерін есепке алу",
      ru: "Ведение электронного журнала, учёт учебных достижений",
      en: "Keeping academic records / e-journal",
    },
    dpv: "dpv:RecordManagement",
  },
  "parent-school-communication": {
    labels: {
      kk: "Ата-аналарды хабардар ету, мұғалімдермен өзара іс-қимыл",
      ru: "Информирование родителей, взаимодействие с педагогами",
      en: "Parent-school communication",
    },
    dpv: "dpv:CommunicationManagement",
  },
  "extracurricular-events": {
    labels: {
      kk: "Қосымша білім беру, іс-шаралар, экскурсиялар ұйымдастыру",
      ru: "Дополнительное образование, мероприятия, экскурсии",
      en: "Extracurricular activities, events, trips",
    },
    dpv: "dpv:ServiceProvision",
  },
  "safety-security": {
    labels: {
      kk: "Оқушылар мен қызметкерлердің қауіпсіздігін қамтамасыз ету",
      ru: "Обеспечение безопасности учащихся и работников",
      en: "Safety and security of pupils and staff",
    },
    dpv: "dpv:EnforceSecurity",
  },
  "video-surveillance": {
    labels: { kk: "Бейнебақылау", ru: "Видеонаблюдение", en: "Video surveillance (CCTV)" },
    dpv: "dpv:EnforceSecurity",
  },
  "emergency-contact": {
    labels: {
      kk: "Төтенше жағдайда ата-анаға хабарласу",
      ru: "Связь с родителями в экстренных случаях",
      en: "Emergency contact",
    },
    dpv: "dpv:CommunicationManagement",
  },
  "religious-education": {
    labels: {
      kk: "Діни білім беруді қолдау",
      ru: "Поддержка религиозного образования",
      en: "Supporting religious education",
    },
    dpv: "dpv:ServiceProvision",
  },
  recruitment: {
    labels: {
      kk: "Жұмысқа қабылдау, кандидаттарды іріктеу",
      ru: "Приём на работу, отбор кандидатов",
      en: "Recruitment",
    },
    dpv: "dpv:RecruitmentManagement",
  },
  "hr-management": {
    labels: {
      kk: "Персоналды басқару, кадрлық есеп",
      ru: "Управление персоналом, кадровый учёт",
      en: "Personnel management / HR records",
    },
    dpv: "dpv:HumanResourceManagement",
  },
  "payroll-pension": {
    labels: {
      kk: "Еңбекақы және зейнетақы төлемдері",
      ru: "Выплата заработной платы и пенсионных отчислений",
      en: "Payroll and pension",
    },
    dpv: "dpv:PersonnelPayment",
  },
  "working-time-tracking": {
    labels: { kk: "Жұмыс уақытын бақылау", ru: "Учёт рабочего времени", en: "Working-time tracking" },
    dpv: "dpv:PersonnelMonitoring",
  },
  "staff-evaluation-training": {
    labels: {
      kk: "Қызметкерлерді бағалау, оқыту, тәртіптік мәселелер",
      ru: "Оценка, обучение персонала, дисциплинарные вопросы",
      en: "Staff evaluation, training and discipline",
    },
    dpv: "dpv:PersonnelManagement",
  },
  "contract-conclusion-performance": {
    labels: {
      kk: "Шарттарды жасасу, орындау және тоқтату",
      ru: "Заключение, исполнение и прекращение договоров",
      en: "Concluding and performing contracts",
    },
    dpv: "dpv:FulfilmentOfContractualObligation",
  },
  "payments-settlements": {
    labels: {
      kk: "Өзара есеп айырысу, төлемдер, берешекті қайтару",
      ru: "Расчёты, платежи, взыскание задолженности",
      en: "Payments, settlements, debt recovery",
    },
    dpv: "dpv:PaymentManagement",
  },
  "requests-feedback-complaints": {
    labels: {
      kk: "Кері байланыс, сұраныстарды, өтініштерді, шағымдарды өңдеу",
      ru: "Обратная связь, обработка обращений и жалоб",
      en: "Handling feedback, requests and complaints",
    },
    dpv: "dpv:CustomerCare",
  },
  "service-communication": {
    labels: {
      kk: "Қызмет көрсетуге байланысты хабарламалар жіберу",
      ru: "Направление уведомлений, связанных с услугами",
      en: "Service-related notifications",
    },
    dpv: "dpv:CommunicationManagement",
  },
  "website-operation": {
    labels: {
      kk: "Ресми веб-сайт пен цифрлық платформаларды басқару",
      ru: "Функционирование сайта и цифровых платформ",
      en: "Operating the website and digital platforms",
    },
    dpv: "dpv:TechnicalServiceProvision",
  },
  "account-authentication": {
    labels: {
      kk: "Тіркеу, түпнұсқаландыру, қолжетімділікті авторландыру",
      ru: "Регистрация, аутентификация, авторизация",
      en: "Registration, authentication, access control",
    },
    dpv: "dpv:IdentityAuthentication",
  },
  "analytics-service-improvement": {
    labels: {
      kk: "Аналитика, статистика, қызмет сапасын жақсарту",
      ru: "Аналитика, статистика, улучшение качества услуг",
      en: "Analytics and service improvement",
    },
    dpv: "dpv:ServiceUsageAnalytics",
  },
  "statistics-research-depersonalised": {
    labels: {
      kk: "Иесіздендірілген деректер негізінде статистикалық және өзге зерттеулер",
      ru: "Статистические и иные исследования на обезличенных данных",
      en: "Statistics/research on depersonalised data",
    },
    dpv: "dpv:ResearchAndDevelopment",
  },
  "marketing-promotion": {
    labels: {
      kk: "Қызметтерді нарықта жылжыту, жарнама",
      ru: "Продвижение услуг, реклама",
      en: "Marketing / promotion",
    },
    dpv: "dpv:Marketing",
  },
  "legal-compliance": {
    labels: {
      kk: "Қазақстан Республикасы заңнамасының талаптарын сақтау",
      ru: "Соблюдение требований законодательства РК",
      en: "Legal compliance",
    },
    dpv: "dpv:LegalCompliance",
  },
  "statutory-functions": {
    labels: {
      kk: "Заңға, Жарғыға сәйкес оператордың функцияларын орындау",
      ru: "Исполнение функций оператора по закону и уставу",
      en: "Performing statutory / charter functions",
    },
    dpv: "dpv:OrganisationGovernance",
  },
  "audit-oversight": {
    labels: {
      kk: "Уәкілетті органдардың тексерулері, аудит, бақылау",
      ru: "Проверки уполномоченных органов, аудит, контроль",
      en: "Audits and oversight by authorities",
    },
    dpv: "dpv:OrganisationComplianceManagement",
  },
  "preschool-queue-referral": {
    labels: {
      kk: "Мектепке дейінгі ұйымға кезекке қою және жолдама беру",
      ru: "Постановка в очередь и направление в дошкольную организацию",
      en: "Preschool waiting-list and referral",
    },
    dpv: "dpv:ServiceAccessDetermination",
  },
  "personal-file-formation": {
    labels: {
      kk: "Баланың (оқушының) жеке іс-құжатын қалыптастыру",
      ru: "Формирование личного дела ребёнка (обучающегося)",
      en: "Forming the child's/student's personal file",
    },
    dpv: "dpv:RecordManagement",
  },
  "public-transparency-open-data": {
    labels: {
      kk: "Сыбайлас жемқорлыққа қарсы ашық деректерді жариялау",
      ru: "Публикация открытых данных (противодействие коррупции)",
      en: "Publishing open data / anti-corruption transparency",
    },
    dpv: "dpv:PublicBenefit",
  },
  "admission-assistance": {
    labels: {
      kk: "Оқуға түсуге көмек көрсету",
      ru: "Содействие в поступлении на обучение",
      en: "Admission assistance",
    },
    dpv: "dpv:RequestedServiceProvision",
  },
  "visa-immigration-support": {
    labels: {
      kk: "Оқу визасына шақыру ресімдеу",
      ru: "Оформление визового приглашения",
      en: "Visa / immigration support",
    },
    dpv: "dpv:RequestedServiceProvision",
  },
  "insurance-arrangement": {
    labels: {
      kk: "Медициналық сақтандыру полисін ресімдеу",
      ru: "Оформление медицинского страхового полиса",
      en: "Arranging insurance",
    },
    dpv: "dpv:RequestedServiceProvision",
  },
  "client-records": {
    labels: { kk: "Клиенттік есепке алу", ru: "Клиентский учёт", en: "Client record keeping" },
    dpv: "dpv:CustomerRelationshipManagement",
  },
  "information-security": {
    labels: {
      kk: "Дербес деректердің қауіпсіздігін қамтамасыз ету",
      ru: "Обеспечение безопасности персональных данных",
      en: "Information security",
    },
    dpv: "dpv:EnforceSecurity",
  },
  "consent-record-keeping": {
    labels: {
      kk: "Келісімдерді есепке алу және дәлелдеу",
      ru: "Учёт и подтверждение согласий",
      en: "Recording and proving consent",
    },
    dpv: "dpv:RecordManagement",
  },
  personalisation: {
    labels: { kk: "Мазмұнды жекелендіру", ru: "Персонализация контента", en: "Personalisation" },
    dpv: "dpv:Personalisation",
  },
};

export const LEGAL_BASIS_LABELS: Record<string, TaxonomyEntry> = {
  consent: {
    labels: {
      kk: "Дербес деректер субъектісінің (заңды өкілінің) келісімі",
      ru: "Согласие субъекта (законного представителя)",
      en: "Consent of the subject or legal representative",
    },
    dpv: "dpv:Consent",
    note: "PD Law Art. 7(1), 8 — the default basis",
  },
  "written-consent": {
    labels: {
      kk: "Жазбаша келісім",
      ru: "Письменное согласие",
      en: "Written consent (paper or signed document)",
    },
    dpv: "dpv:Consent",
    note: "Art. 8(1) 'письменно'; narrower than consent",
  },
  "consent-via-offer-acceptance": {
    labels: {
      kk: "Жария офертаны қабылдау арқылы келісім",
      ru: "Согласие через акцепт публичной оферты",
      en: "Consent by accepting a public offer / terms",
    },
    dpv: "dpv:Consent",
    note: "Common KZ practice; validity vs Art. 8(4) content is doubtful",
  },
  contract: {
    labels: {
      kk: "Шартты орындау (субъект тарап болып табылатын)",
      ru: "Исполнение договора, стороной которого является субъект",
      en: "Performance of a contract with the subject",
    },
    dpv: "dpv:ContractPerformance",
    note: "No standalone basis in 94-V; cf. Art. 8(2) 'неисполненное обязательство'",
  },
  "legal-obligation": {
    labels: {
      kk: "Заңнамамен жүктелген міндеттерді орындау",
      ru: "Исполнение обязанностей, возложенных законодательством",
      en: "Legal obligation",
    },
    dpv: "dpv:LegalObligation",
    note: "Art. 9(10) 'иные случаи, установленные законами'",
  },
  "vital-interests": {
    labels: {
      kk: "Субъектінің немесе өзге тұлғалардың өмірлік маңызды мүдделерін қорғау",
      ru: "Защита жизненно важных интересов",
      en: "Vital interests",
    },
    dpv: "dpv:VitalInterest",
    note: "Nearest KZ analogue: Art. 9(5), 16(3)(4)",
  },
  "legitimate-interests": {
    labels: {
      kk: "Оператордың заңды мүдделері",
      ru: "Законные интересы оператора",
      en: "Legitimate interests of the operator",
    },
    dpv: "dpv:LegitimateInterestOfController",
    note: "Not recognised by 94-V",
  },
  "public-task": {
    labels: {
      kk: "Мемлекеттік функцияларды / өкілеттіктерді орындау",
      ru: "Исполнение государственных функций / полномочий",
      en: "Public task / official authority",
    },
    dpv: "dpv:OfficialAuthorityOfController",
    note: "Art. 9(1)-(3),(8)-(9-1)",
  },
  "kz-art9-exception": {
    labels: {
      kk: "«Дербес деректер туралы» Заңның 9-бабындағы келісімсіз өңдеу жағдайлары",
      ru: "Случаи обработки без согласия по ст. 9 Закона",
      en: "KZ PD Law Art. 9 exception (unspecified)",
    },
    dpv: "dpv:LegalBasis",
    note: "When a policy says 'without consent where the law provides'",
  },
};

export const RECIPIENT_KIND_LABELS: Record<string, TaxonomyEntry> = {
  "state-bodies": {
    labels: { kk: "Мемлекеттік органдар", ru: "Государственные органы", en: "State bodies (generic)" },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "education-authorities": {
    labels: {
      kk: "Оқу-ағарту (Білім) министрлігі, білім басқармалары",
      ru: "Министерство просвещения (образования), управления образования",
      en: "Education ministry and local education departments",
    },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "law-enforcement": {
    labels: {
      kk: "Құқық қорғау органдары (полиция, тергеу)",
      ru: "Правоохранительные органы (полиция, следствие)",
      en: "Law enforcement (police, investigators)",
    },
    dpv: "dpv:LawEnforcementOrganisation",
  },
  prosecutors: {
    labels: { kk: "Прокуратура органдары", ru: "Органы прокуратуры", en: "Prosecutors" },
    dpv: "dpv:LawEnforcementOrganisation",
  },
  courts: { labels: { kk: "Соттар", ru: "Суды", en: "Courts" }, dpv: "dpv:JudicialOrganisation" },
  "national-security": {
    labels: {
      kk: "Мемлекеттік қауіпсіздік органдары",
      ru: "Органы национальной безопасности",
      en: "National security bodies",
    },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "anti-corruption": {
    labels: {
      kk: "Сыбайлас жемқорлыққа қарсы қызмет",
      ru: "Антикоррупционная служба",
      en: "Anti-corruption service",
    },
    dpv: "dpv:LawEnforcementOrganisation",
  },
  "tax-authorities": {
    labels: { kk: "Салық органдары", ru: "Налоговые органы", en: "Tax authorities" },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "audit-bodies": {
    labels: {
      kk: "Ішкі аудит және өзге бақылау органдары",
      ru: "Органы внутреннего аудита и контроля",
      en: "Internal audit / control bodies",
    },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "migration-consular": {
    labels: {
      kk: "Көші-қон қызметтері, СІМ, консулдықтар",
      ru: "Миграционные службы, МИД, консульства",
      en: "Migration services, foreign ministry, consulates",
    },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "foreign-authorities": {
    labels: {
      kk: "Шет мемлекеттердің органдары",
      ru: "Органы иностранных государств",
      en: "Foreign state authorities",
    },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "educational-institutions": {
    labels: {
      kk: "Білім беру ұйымдары (қабылдаушы оқу орындары)",
      ru: "Организации образования (принимающие учебные заведения)",
      en: "Educational institutions (incl. receiving/foreign universities)",
    },
    dpv: "dpv:EducationalOrganisation",
  },
  "it-service-providers": {
    labels: {
      kk: "IT қолдау, хостинг, бағдарламалық қызмет көрсетушілер",
      ru: "IT-поддержка, хостинг, сервис-провайдеры",
      en: "IT support, hosting and software providers",
    },
    dpv: "dpv:DataProcessor",
  },
  "medical-institutions": {
    labels: { kk: "Медициналық мекемелер", ru: "Медицинские учреждения", en: "Medical institutions" },
    dpv: "dpv:HealthcareOrganisation",
  },
  "transport-companies": {
    labels: { kk: "Көлік компаниялары", ru: "Транспортные компании", en: "Transport companies" },
    dpv: "dpv:ServiceProvider",
  },
  "insurance-companies": {
    labels: { kk: "Сақтандыру компаниялары", ru: "Страховые компании", en: "Insurance companies" },
    dpv: "dpv:ServiceProvider",
  },
  "payment-providers": {
    labels: {
      kk: "Төлем жүйелері, банктер",
      ru: "Платёжные системы, банки",
      en: "Payment providers / banks",
    },
    dpv: "dpv:DataProcessor",
  },
  "analytics-providers": {
    labels: {
      kk: "Веб-аналитика қызметтері (Google Analytics, Яндекс Метрика)",
      ru: "Сервисы веб-аналитики",
      en: "Web-analytics providers",
    },
    dpv: "dpv:DataProcessor",
  },
  "contractors-under-nda": {
    labels: {
      kk: "Құпиялылық туралы келісім жасалған мердігерлер",
      ru: "Подрядчики по соглашениям о конфиденциальности",
      en: "Contractors bound by confidentiality agreements",
    },
    dpv: "dpv:DataProcessor",
  },
  "public-open-data": {
    labels: {
      kk: "Жалпы жұртшылық (ашық деректер, сайтта жариялау)",
      ru: "Неограниченный круг лиц (открытые данные, публикация на сайте)",
      en: "General public (open data / website publication)",
    },
    dpv: "dpv:Recipient",
  },
  "data-protection-authority": {
    labels: {
      kk: "Дербес деректерді қорғау саласындағы уәкілетті орган",
      ru: "Уполномоченный орган по защите ПД",
      en: "Data-protection authority",
    },
    dpv: "dpv:DataProtectionAuthority",
  },
  "state-technical-service": {
    labels: {
      kk: "Мемлекеттік техникалық қызмет",
      ru: "Государственная техническая служба",
      en: "State Technical Service",
    },
    dpv: "dpv:GovernmentalOrganisation",
  },
  "third-parties-unspecified": {
    labels: {
      kk: "Үшінші тұлғалар (нақтыланбаған)",
      ru: "Третьи лица (без уточнения)",
      en: "Third parties (unspecified)",
    },
    dpv: "dpv:ThirdParty",
  },
};

export const RIGHT_LABELS: Record<string, TaxonomyEntry> = {
  "right-to-know-access": {
    labels: {
      kk: "Өз деректерінің бар екенін білу, оларға қол жеткізу",
      ru: "Знать о наличии ПД и знакомиться с ними",
      en: "Know about and access own data",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(1), 25(2)(9)",
  },
  "right-to-processing-information": {
    labels: {
      kk: "Өңдеу мақсаттары, көздері, тәсілдері, тізбесі және мерзімдері туралы ақпарат алу",
      ru: "Получать сведения о целях, источниках, способах, перечне и сроках обработки",
      en: "Information on purposes, sources, methods, list and periods (incl. storage)",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(1)",
  },
  "right-to-rectify": {
    labels: {
      kk: "Деректерді өзгертуді, толықтыруды, нақтылауды талап ету",
      ru: "Требовать изменения, дополнения, уточнения",
      en: "Rectification (change/supplement)",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(2), 13",
  },
  "right-to-block": {
    labels: { kk: "Деректерді бұғаттауды талап ету", ru: "Требовать блокирования", en: "Blocking" },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(3)",
  },
  "right-to-destroy": {
    labels: { kk: "Деректерді жоюды талап ету", ru: "Требовать уничтожения", en: "Destruction / erasure" },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(4)",
  },
  "right-to-withdraw-consent": {
    labels: { kk: "Келісімді кері қайтарып алу", ru: "Отозвать согласие", en: "Withdraw consent" },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(5), 8(7)",
  },
  "right-to-control-public-dissemination": {
    labels: {
      kk: "Жалпыға қолжетімді көздерде таратуға келісім беру (бас тарту)",
      ru: "Давать (отказывать в) согласии на распространение в общедоступных источниках",
      en: "Consent/refuse publication in public sources",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(6)",
  },
  "right-to-compensation": {
    labels: {
      kk: "Моральдық және материалдық зиянды өтетуге",
      ru: "Возмещение морального и материального вреда",
      en: "Compensation for damage",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(7)",
  },
  "right-to-complain-operator": {
    labels: {
      kk: "Операторға (басшылыққа) шағымдану",
      ru: "Подать жалобу оператору (руководству)",
      en: "Complain to the operator / its management",
    },
    dpv: "dpv:DataSubjectRight",
    note: "internal; Art. 25(3)(3) responsible person handles requests",
  },
  "right-to-complain-authority": {
    labels: {
      kk: "Уәкілетті органға шағымдану",
      ru: "Обжаловать в уполномоченный орган",
      en: "Complain to the authorised body",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 27(2)(1), 27-1(1)(3)",
  },
  "right-to-judicial-remedy": {
    labels: { kk: "Сотқа шағымдану", ru: "Обжаловать в суд", en: "Judicial remedy" },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 30",
  },
  "right-to-object-automated-processing": {
    labels: {
      kk: "Автоматтандырылған өңдеуге қарсылық білдіру",
      ru: "Возражать против автоматизированной обработки",
      en: "Object to automated processing",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 19-1",
  },
  "right-to-restrict": {
    labels: { kk: "Өңдеуді шектеу", ru: "Ограничить обработку", en: "Restrict processing (GDPR wording)" },
    dpv: "dpv:DataSubjectRight",
    note: "not in 94-V (≈ blocking)",
  },
  "right-to-notify-recipients-of-corrections": {
    labels: {
      kk: "Бұрын деректер берілген тұлғаларға түзетулер туралы хабарлауды талап ету",
      ru: "Требовать извещения лиц о внесённых исправлениях",
      en: "Require notification of recipients about corrections",
    },
    dpv: "dpv:DataSubjectRight",
    note: "not in 94-V (152-FZ template)",
  },
  "right-to-protect-rights": {
    labels: {
      kk: "Өз құқықтарын қорғау үшін заңда көзделген шараларды қабылдау",
      ru: "Принимать предусмотренные законом меры по защите прав",
      en: "Take legal measures to protect rights",
    },
    dpv: "dpv:DataSubjectRight",
    note: "Art. 24(1)(7)-(8)",
  },
};

export const TRANSFER_STATEMENT_LABELS: Record<string, TaxonomyEntry> = {
  "stored-in-kz": {
    labels: {
      kk: "Деректер Қазақстан аумағында сақталады",
      ru: "Данные хранятся на территории РК",
      en: "Data stored in Kazakhstan",
    },
  },
  "cross-border-none": {
    labels: {
      kk: "Трансшекаралық беру жоқ",
      ru: "Трансграничной передачи нет",
      en: "No cross-border transfer",
    },
  },
  "cross-border-only-adequate": {
    labels: {
      kk: "Тек деректерді қорғауды қамтамасыз ететін елдерге",
      ru: "Только в страны, обеспечивающие защиту",
      en: "Only to countries ensuring protection",
    },
  },
  "cross-border-with-safeguards": {
    labels: {
      kk: "Тиісті кепілдіктермен",
      ru: "С надлежащими гарантиями",
      en: "With appropriate safeguards",
    },
  },
  "cross-border-with-consent": {
    labels: { kk: "Субъектінің келісімімен", ru: "С согласия субъекта", en: "With subject's consent" },
  },
  "cross-border-implied": {
    labels: {
      kk: "Мәтіннен шетелге беру туындайды (атаусыз)",
      ru: "Передача за рубеж следует из текста (не названа)",
      en: "Implied by described flows, not named",
    },
  },
  "cross-border-occurs": {
    labels: {
      kk: "Шетелге беру жүзеге асырылады",
      ru: "Передача за рубеж осуществляется",
      en: "Cross-border transfer declared",
    },
  },
  "not-stated": { labels: { kk: "Көрсетілмеген", ru: "Не указано", en: "Not stated" } },
};
