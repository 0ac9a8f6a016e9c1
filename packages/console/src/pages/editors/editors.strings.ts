import {
  ASSOCIATION_KIND_LABELS,
  EVENT_KIND_LABELS,
  ORGANIZATION_ROLE_LABELS,
  PRACTICE_KIND_LABELS,
} from '@metodika/feed';
import type { Lang } from '../../i18n/language.ts';
import type { EnumName } from './editor-descriptors.ts';

/** The content editors' words; one object per language with the same shape. */
export interface EditorsStrings {
  title: string;
  intro: string;
  parts: string;
  collections: Record<string, string>;
  /** Field labels: `<collection>.<path>` first, then `<path>`. */
  fields: Record<string, string>;
  hints: Record<string, string>;
  sections: Record<string, string>;
  /** Words of the allowed values; the kinds are the feed package's own tables. */
  enums: Record<EnumName, Record<string, string>>;
  search: string;
  searchHint: string;
  filter: string;
  all: string;
  yes: string;
  no: string;
  none: string;
  shown: (n: number, total: number) => string;
  noMatch: string;
  empty: string;
  add: string;
  edit: string;
  remove: string;
  item: string;
  id: string;
  actions: string;
  newItem: string;
  editing: (label: string) => string;
  noDraft: string;
  save: string;
  saving: string;
  close: string;
  saved: (label: string) => string;
  removed: (label: string) => string;
  invalid: string;
  otherProblems: string;
  warnings: string;
  saveFailed: string;
  conflictReload: string;
  reload: string;
  reloaded: string;
  reapplied: string;
  removeConfirm: (label: string) => string;
  removeYes: string;
  removeNo: string;
  removeRefused: (label: string) => string;
  referrer: (collection: string, label: string, field: string) => string;
  addEntry: string;
  removeEntry: (n: number) => string;
  entry: (n: number) => string;
  date: string;
  time: string;
  timeHint: string;
  preview: string;
  previewIntro: string;
  previewInvalid: string;
  previewLoading: string;
  previewFailed: string;
  rule: {
    legend: string;
    freq: string;
    freqs: Record<'' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY', string>;
    interval: string;
    intervalHint: string;
    days: string;
    ordinal: (day: string) => string;
    ordinals: Record<string, string>;
    monthDays: string;
    monthDaysHint: string;
    months: string;
    end: string;
    ends: Record<'never' | 'until' | 'count', string>;
    until: string;
    count: string;
    except: string;
    exceptAdd: string;
    exceptRemove: (date: string) => string;
    exceptNone: string;
    words: string;
    code: string;
  };
  meetings: {
    legend: string;
    intro: string;
    none: string;
    cancelled: string;
    movedTo: (when: string) => string;
    cancel: string;
    move: string;
    restore: string;
  };
}

const ru: EditorsStrings = {
  title: 'Содержание',
  intro:
    'Черновик ленты по разделам: списки с поиском и формы, которые проверяются по тем же правилам, что и публикация. Изменения попадают на сайты после кнопки «Опубликовать».',
  parts: 'Разделы ленты',
  collections: {
    publisher: 'Издатель',
    organizations: 'Организации',
    people: 'Люди',
    'taxonomies.subjects': 'Предметы',
    'taxonomies.educationLevels': 'Уровни образования',
    'taxonomies.audiences': 'Аудитории',
    'taxonomies.directions': 'Направления',
    'taxonomies.tags': 'Метки',
    events: 'Мероприятия',
    associations: 'Объединения',
    practices: 'Практики',
    consultation: 'Консультации',
  },
  fields: {
    id: 'Идентификатор',
    name: 'Название',
    'people.name': 'ФИО',
    'authors.name': 'ФИО',
    title: 'Название',
    shortName: 'Краткое название',
    kind: 'Вид',
    'publisher.kind': 'Тип службы',
    type: 'Тип',
    region: 'Регион',
    municipality: 'Муниципалитет',
    timeZone: 'Часовой пояс',
    site: 'Сайт',
    email: 'E-mail',
    phone: 'Телефон',
    address: 'Адрес',
    eventsPage: 'Страница мероприятий',
    calendarUrl: 'Календарь для подписки (.ics)',
    position: 'Должность',
    organization: 'Организация',
    directions: 'Направления работы',
    publicConsent: 'Согласие на публикацию имени и контактов',
    label: 'Название',
    labelEn: 'Название по-английски',
    start: 'Начало',
    end: 'Окончание',
    status: 'Статус',
    statusNote: 'Пояснение к статусу',
    format: 'Формат',
    'venue.organization': 'Место проведения',
    'venue.address': 'Адрес места',
    'venue.room': 'Аудитория, зал',
    onlineUrl: 'Ссылка на трансляцию',
    subjects: 'Предметы',
    audiences: 'Аудитории',
    educationLevels: 'Уровни образования',
    associations: 'Объединения',
    responsible: 'Ответственный',
    description: 'Описание',
    'registration.url': 'Страница записи на другом сайте',
    'registration.endpoint': 'Запись в службе (адрес API)',
    'registration.capacity': 'Мест',
    'registration.deadline': 'Запись до',
    'registration.waitlist': 'Лист ожидания, когда места заняты',
    'registration.reminder': 'Напомнить участникам за день до мероприятия',
    'recurrence.changes.statusNote': 'Пояснение для участников',
    'recurrence.changes.start': 'Новое начало',
    'recurrence.changes.end': 'Новое окончание',
    'recurrence.changes.venue.organization': 'Другое место',
    'recurrence.changes.format': 'Другой формат',
    'recurrence.changes.onlineUrl': 'Ссылка на трансляцию этой встречи',
    'registration.questions': 'Дополнительные вопросы',
    'questions.id': 'Идентификатор вопроса',
    'questions.label': 'Вопрос',
    'questions.required': 'Обязательный',
    recurrence: 'Повторение',
    level: 'Уровень',
    leader: 'Руководитель',
    baseOrganizations: 'Базовые организации',
    theme: 'Методическая тема',
    meetings: 'Встречи',
    memberCount: 'Участников',
    published: 'Дата публикации',
    summary: 'Кратко',
    authors: 'Авторы',
    tags: 'Метки',
    association: 'Объединение',
    event: 'Мероприятие',
    featured: 'Выделить в ленте',
    endpoint: 'Адрес приёма заявок',
    topics: 'Темы консультаций',
    'topics.id': 'Идентификатор темы',
    'topics.label': 'Тема',
    'topics.labelEn': 'Тема по-английски',
    methodists: 'Методисты',
    formats: 'Форматы',
    responseDays: 'Срок ответа, рабочих дней',
    'consent.operator': 'Оператор персональных данных',
    'consent.operatorAddress': 'Адрес оператора',
    'consent.purpose': 'Цель обработки',
    'consent.retention': 'Срок хранения',
    'consent.withdrawal': 'Как отозвать согласие',
    'consent.text': 'Текст согласия',
    'consent.version': 'Версия текста согласия',
    roles: 'Статусы и площадки',
    'roles.role': 'Статус',
    'roles.level': 'Уровень статуса',
    'roles.topic': 'Тема работы',
    'roles.since': 'С даты',
    'roles.until': 'По дату',
    materials: 'Материалы',
    'materials.title': 'Название материала',
    'materials.url': 'Ссылка на материал',
    links: 'Ссылки',
    'links.title': 'Название ссылки',
    'links.url': 'Адрес ссылки',
    'links.kind': 'Вид ссылки',
    attachments: 'Файлы',
    'attachments.title': 'Название файла',
    'attachments.url': 'Ссылка на файл',
    'cover.url': 'Обложка: адрес картинки',
    'cover.alt': 'Обложка: что на ней изображено',
    'consent.policyUrl': 'Политика обработки данных',
  },
  hints: {
    id: 'Латиница, цифры, «-», «_», «.»; на него ссылаются другие записи, поэтому потом он не меняется.',
    publicConsent:
      '152-ФЗ, ст. 10.1: без согласия имя и контакты человека в виджетах не показываются.',
    timeZone: 'Например, Asia/Novokuznetsk или Europe/Moscow.',
    start: 'Без времени — событие на весь день.',
    'registration.endpoint':
      'Когда список ведёт служба: места, лист ожидания, напоминание и вопросы ниже работают только с ним.',
    'consent.version': 'Меняйте при каждом изменении текста: в заявке сохраняется принятая версия.',
  },
  sections: {
    venue: 'Где',
    who: 'Для кого и кто отвечает',
    registration: 'Запись',
    recurrence: 'Повторение',
    consent: 'Согласие на обработку персональных данных',
  },
  enums: {
    organizationType: {
      school: 'Школа',
      kindergarten: 'Детский сад',
      additional: 'Дополнительное образование',
      'methodical-centre': 'Методический центр',
      college: 'Колледж',
      other: 'Другое',
    },
    organizationRole: ORGANIZATION_ROLE_LABELS.ru,
    roleLevel: { federal: 'Федеральный', regional: 'Региональный', municipal: 'Муниципальный' },
    linkKind: {
      plan: 'План работы',
      documents: 'Документы',
      community: 'Сообщество',
      other: 'Другое',
    },
    eventKind: EVENT_KIND_LABELS.ru,
    eventStatus: {
      scheduled: 'Состоится',
      cancelled: 'Отменено',
      postponed: 'Перенесено',
      'moved-online': 'Переведено в онлайн',
    },
    eventFormat: { offline: 'Очно', online: 'Онлайн', hybrid: 'Очно и онлайн' },
    associationKind: ASSOCIATION_KIND_LABELS.ru,
    associationLevel: { municipal: 'Муниципальное', school: 'Школьное' },
    practiceKind: PRACTICE_KIND_LABELS.ru,
    consultationFormat: {
      'in-person': 'Очно',
      online: 'Онлайн',
      phone: 'По телефону',
      written: 'Письменно',
    },
  },
  search: 'Поиск',
  searchHint: 'По названию или идентификатору.',
  filter: 'Показать',
  all: 'Все',
  yes: 'Да',
  no: 'Нет',
  none: '— не выбрано —',
  shown: (n, total) => `Показано ${n} из ${total}.`,
  noMatch: 'Ничего не найдено: измените поиск или фильтр.',
  empty: 'В этом разделе пока ничего нет.',
  add: 'Добавить',
  edit: 'Изменить',
  remove: 'Удалить',
  item: 'Запись',
  id: 'Идентификатор',
  actions: 'Действия',
  newItem: 'Новая запись',
  editing: (label) => `Правка: ${label}`,
  noDraft:
    'Черновика пока нет: начните с раздела «Издатель» или импортируйте ленту на странице «Импорт».',
  save: 'Сохранить в черновик',
  saving: 'Сохраняем…',
  close: 'Закрыть',
  saved: (label) => `«${label}» сохранено в черновике.`,
  removed: (label) => `«${label}» удалено из черновика.`,
  invalid: 'Исправьте ошибки в форме — черновик не изменён',
  otherProblems: 'Другие ошибки записи',
  warnings: 'Предупреждения (сохранить можно)',
  saveFailed: 'Черновик не сохранён, ваши правки остались в форме.',
  conflictReload: 'Обновить черновик и оставить мои правки',
  reload: 'Обновить черновик',
  reloaded: 'Черновик обновлён.',
  reapplied: 'Черновик обновлён, ваши правки остались в форме. Проверьте их и сохраните ещё раз.',
  removeConfirm: (label) => `Удалить «${label}» из черновика?`,
  removeYes: 'Да, удалить',
  removeNo: 'Отмена',
  removeRefused: (label) =>
    `«${label}» нельзя удалить: на эту запись ссылаются другие. Сначала уберите ссылки:`,
  referrer: (collection, label, field) =>
    label ? `${collection}: «${label}» — поле «${field}»` : `${collection} — поле «${field}»`,
  addEntry: 'Добавить',
  removeEntry: (n) => `Убрать № ${n}`,
  entry: (n) => `№ ${n}`,
  date: 'дата',
  time: 'время',
  timeHint: 'Пусто — на весь день.',
  preview: 'Как увидят на сайте',
  previewIntro: 'Настоящий виджет с черновиком из формы; обновляется при вводе.',
  previewInvalid: 'Предпросмотр появится, когда в форме не останется ошибок.',
  previewLoading: 'Загружаем виджет…',
  previewFailed: 'Виджет не загрузился: предпросмотр недоступен, форма работает.',
  rule: {
    legend: 'Повторение',
    freq: 'Повторять',
    freqs: {
      '': 'не повторять',
      DAILY: 'каждый день',
      WEEKLY: 'каждую неделю',
      MONTHLY: 'каждый месяц',
      YEARLY: 'каждый год',
    },
    interval: 'Шаг',
    intervalHint: '1 — каждый раз, 2 — через раз (каждую вторую неделю, месяц…).',
    days: 'Дни недели',
    ordinal: (day) => `Который ${day.toLocaleLowerCase('ru')} месяца`,
    ordinals: {
      '': 'каждый',
      '1': 'первый',
      '2': 'второй',
      '3': 'третий',
      '4': 'четвёртый',
      '-1': 'последний',
    },
    monthDays: 'Числа месяца',
    monthDaysHint: 'Через запятую: 1, 15; −1 — последний день месяца.',
    months: 'Месяцы',
    end: 'Окончание серии',
    ends: { never: 'без даты окончания', until: 'до даты', count: 'число встреч' },
    until: 'Последний день',
    count: 'Встреч',
    except: 'Даты без встречи',
    exceptAdd: 'Добавить дату',
    exceptRemove: (date) => `Убрать ${date}`,
    exceptNone: 'Нет: встречи по правилу без исключений.',
    words: 'Правило словами',
    code: 'Для календарей (RRULE)',
  },
  meetings: {
    legend: 'Ближайшие встречи',
    intro:
      'Отмена или перенос одной встречи не меняет правило: участники увидят это в календаре рядом с датой.',
    none: 'По правилу больше нет встреч.',
    cancelled: 'Отменена',
    movedTo: (when) => `Перенесена: ${when}`,
    cancel: 'Отменить встречу',
    move: 'Перенести',
    restore: 'Вернуть как было',
  },
};

const en: EditorsStrings = {
  title: 'Content',
  intro:
    'The feed draft by part: lists with search, and forms checked by the same rules as publishing. Changes reach the sites after «Publish».',
  parts: 'Parts of the feed',
  collections: {
    publisher: 'Publisher',
    organizations: 'Organizations',
    people: 'People',
    'taxonomies.subjects': 'Subjects',
    'taxonomies.educationLevels': 'Education levels',
    'taxonomies.audiences': 'Audiences',
    'taxonomies.directions': 'Directions',
    'taxonomies.tags': 'Tags',
    events: 'Events',
    associations: 'Associations',
    practices: 'Practices',
    consultation: 'Consultations',
  },
  fields: {
    id: 'Identifier',
    name: 'Name',
    'people.name': 'Full name',
    'authors.name': 'Full name',
    title: 'Title',
    shortName: 'Short name',
    kind: 'Kind',
    'publisher.kind': 'Kind of service',
    type: 'Type',
    region: 'Region',
    municipality: 'Municipality',
    timeZone: 'Time zone',
    site: 'Website',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Address',
    eventsPage: 'Events page',
    calendarUrl: 'Calendar to subscribe to (.ics)',
    position: 'Position',
    organization: 'Organization',
    directions: 'Directions of work',
    publicConsent: 'Agreed to publication of name and contacts',
    label: 'Name',
    labelEn: 'Name in English',
    start: 'Start',
    end: 'End',
    status: 'Status',
    statusNote: 'Note on the status',
    format: 'Format',
    'venue.organization': 'Venue',
    'venue.address': 'Venue address',
    'venue.room': 'Room, hall',
    onlineUrl: 'Broadcast link',
    subjects: 'Subjects',
    audiences: 'Audiences',
    educationLevels: 'Education levels',
    associations: 'Associations',
    responsible: 'Responsible person',
    description: 'Description',
    'registration.url': 'Sign-up page on another site',
    'registration.endpoint': 'Sign-up kept by the service (API address)',
    'registration.capacity': 'Places',
    'registration.deadline': 'Sign-up until',
    'registration.waitlist': 'Waiting list when the places are taken',
    'registration.reminder': 'Remind the participants the day before the event',
    'recurrence.changes.statusNote': 'Note for the participants',
    'recurrence.changes.start': 'New start',
    'recurrence.changes.end': 'New end',
    'recurrence.changes.venue.organization': 'Another venue',
    'recurrence.changes.format': 'Another format',
    'recurrence.changes.onlineUrl': 'Broadcast link of this meeting',
    'registration.questions': 'Extra questions',
    'questions.id': 'Question identifier',
    'questions.label': 'Question',
    'questions.required': 'Required',
    recurrence: 'Repeats',
    level: 'Level',
    leader: 'Leader',
    baseOrganizations: 'Base organizations',
    theme: 'Methodical theme',
    meetings: 'Meetings',
    memberCount: 'Members',
    published: 'Publication date',
    summary: 'Summary',
    authors: 'Authors',
    tags: 'Tags',
    association: 'Association',
    event: 'Event',
    featured: 'Feature in the feed',
    endpoint: 'Where requests are sent',
    topics: 'Consultation topics',
    'topics.id': 'Topic identifier',
    'topics.label': 'Topic',
    'topics.labelEn': 'Topic in English',
    methodists: 'Methodists',
    formats: 'Formats',
    responseDays: 'Answer within, working days',
    'consent.operator': 'Personal data operator',
    'consent.operatorAddress': 'Operator’s address',
    'consent.purpose': 'Purpose of processing',
    'consent.retention': 'Retention period',
    'consent.withdrawal': 'How to withdraw consent',
    'consent.text': 'Consent text',
    'consent.version': 'Consent text version',
    roles: 'Statuses and sites',
    'roles.role': 'Status',
    'roles.level': 'Level of the status',
    'roles.topic': 'Topic of the work',
    'roles.since': 'From',
    'roles.until': 'Until',
    materials: 'Materials',
    'materials.title': 'Material title',
    'materials.url': 'Material link',
    links: 'Links',
    'links.title': 'Link title',
    'links.url': 'Link address',
    'links.kind': 'Kind of link',
    attachments: 'Files',
    'attachments.title': 'File title',
    'attachments.url': 'File link',
    'cover.url': 'Cover: image address',
    'cover.alt': 'Cover: what it shows',
    'consent.policyUrl': 'Data processing policy',
  },
  hints: {
    id: 'Latin letters, digits, “-”, “_”, “.”; other items refer to it, so it does not change later.',
    publicConsent:
      '152-FZ art. 10.1: without consent the person’s name and contacts are not shown in the widgets.',
    timeZone: 'E.g. Asia/Novokuznetsk or Europe/Moscow.',
    start: 'Without a time the event lasts all day.',
    'registration.endpoint':
      'When the service keeps the list: places, the waiting list, the reminder and the questions below work only with it.',
    'consent.version':
      'Change it whenever the text changes: each request records the version accepted.',
  },
  sections: {
    venue: 'Where',
    who: 'For whom and who is responsible',
    registration: 'Sign-up',
    recurrence: 'Repeats',
    consent: 'Consent to personal data processing',
  },
  enums: {
    organizationType: {
      school: 'School',
      kindergarten: 'Kindergarten',
      additional: 'Additional education',
      'methodical-centre': 'Methodical centre',
      college: 'College',
      other: 'Other',
    },
    organizationRole: ORGANIZATION_ROLE_LABELS.en,
    roleLevel: { federal: 'Federal', regional: 'Regional', municipal: 'Municipal' },
    linkKind: { plan: 'Work plan', documents: 'Documents', community: 'Community', other: 'Other' },
    eventKind: EVENT_KIND_LABELS.en,
    eventStatus: {
      scheduled: 'Scheduled',
      cancelled: 'Cancelled',
      postponed: 'Postponed',
      'moved-online': 'Moved online',
    },
    eventFormat: { offline: 'In person', online: 'Online', hybrid: 'In person and online' },
    associationKind: ASSOCIATION_KIND_LABELS.en,
    associationLevel: { municipal: 'Municipal', school: 'School' },
    practiceKind: PRACTICE_KIND_LABELS.en,
    consultationFormat: {
      'in-person': 'In person',
      online: 'Online',
      phone: 'By phone',
      written: 'In writing',
    },
  },
  search: 'Search',
  searchHint: 'By name or identifier.',
  filter: 'Show',
  all: 'All',
  yes: 'Yes',
  no: 'No',
  none: '— none —',
  shown: (n, total) => `Showing ${n} of ${total}.`,
  noMatch: 'Nothing found: change the search or the filter.',
  empty: 'Nothing in this part yet.',
  add: 'Add',
  edit: 'Edit',
  remove: 'Delete',
  item: 'Item',
  id: 'Identifier',
  actions: 'Actions',
  newItem: 'New item',
  editing: (label) => `Editing: ${label}`,
  noDraft: 'No draft yet: start with «Publisher» or import a feed on the «Import» page.',
  save: 'Save to the draft',
  saving: 'Saving…',
  close: 'Close',
  saved: (label) => `“${label}” saved in the draft.`,
  removed: (label) => `“${label}” deleted from the draft.`,
  invalid: 'Fix the errors in the form — the draft is unchanged',
  otherProblems: 'Other errors of this item',
  warnings: 'Warnings (saving is allowed)',
  saveFailed: 'The draft was not saved; your edits are still in the form.',
  conflictReload: 'Reload the draft and keep my edits',
  reload: 'Reload the draft',
  reloaded: 'The draft is reloaded.',
  reapplied:
    'The draft is reloaded and your edits are still in the form. Check them and save again.',
  removeConfirm: (label) => `Delete “${label}” from the draft?`,
  removeYes: 'Yes, delete',
  removeNo: 'Cancel',
  removeRefused: (label) =>
    `“${label}” cannot be deleted: other items refer to it. Remove these references first:`,
  referrer: (collection, label, field) =>
    label ? `${collection}: “${label}” — field “${field}”` : `${collection} — field “${field}”`,
  addEntry: 'Add',
  removeEntry: (n) => `Remove no. ${n}`,
  entry: (n) => `No. ${n}`,
  date: 'date',
  time: 'time',
  timeHint: 'Empty — all day.',
  preview: 'As visitors will see it',
  previewIntro: 'The real widget with the draft from the form; updates as you type.',
  previewInvalid: 'The preview appears once the form has no errors.',
  previewLoading: 'Loading the widget…',
  previewFailed: 'The widget did not load: no preview, the form still works.',
  rule: {
    legend: 'Repeats',
    freq: 'Repeat',
    freqs: {
      '': 'does not repeat',
      DAILY: 'every day',
      WEEKLY: 'every week',
      MONTHLY: 'every month',
      YEARLY: 'every year',
    },
    interval: 'Every',
    intervalHint: '1 — each time, 2 — every other (week, month…).',
    days: 'Weekdays',
    ordinal: (day) => `Which ${day} of the month`,
    ordinals: {
      '': 'every',
      '1': 'first',
      '2': 'second',
      '3': 'third',
      '4': 'fourth',
      '-1': 'last',
    },
    monthDays: 'Days of the month',
    monthDaysHint: 'Comma-separated: 1, 15; −1 is the last day of the month.',
    months: 'Months',
    end: 'Series ends',
    ends: { never: 'never', until: 'on a date', count: 'after a number of meetings' },
    until: 'Last day',
    count: 'Meetings',
    except: 'Dates without a meeting',
    exceptAdd: 'Add a date',
    exceptRemove: (date) => `Remove ${date}`,
    exceptNone: 'None: every meeting of the rule takes place.',
    words: 'The rule in words',
    code: 'For calendar apps (RRULE)',
  },
  meetings: {
    legend: 'Next meetings',
    intro:
      'Cancelling or moving one meeting leaves the rule as it is: participants see it in the calendar next to the date.',
    none: 'The rule gives no more meetings.',
    cancelled: 'Cancelled',
    movedTo: (when) => `Moved: ${when}`,
    cancel: 'Cancel the meeting',
    move: 'Move',
    restore: 'Restore',
  },
};

export const EDITORS_STRINGS: Record<Lang, EditorsStrings> = { ru, en };

/** A field's label: the collection's own word first (`people.name` is «ФИО»), then the common one. */
export function labelFor(t: EditorsStrings, collection: string, path: string): string {
  const last = path.split('.').slice(-2).join('.');
  return t.fields[`${collection}.${path}`] ?? t.fields[path] ?? t.fields[last] ?? path;
}
