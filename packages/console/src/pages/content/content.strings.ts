import type { PluralForms } from '@metodika/feed';
import type { Collection, Severity } from './content-api.ts';

/** The content pages' words; one object per language with the same shape. */
export interface ContentStrings {
  publishing: {
    title: string;
    intro: string;
    draft: string;
    noDraft: string;
    savedAt: string;
    savedBy: string;
    neverSaved: string;
    draftOk: string;
    problems: string;
    publish: string;
    note: string;
    noteHint: string;
    publishing: string;
    refused: string;
    published: (n: number) => string;
    warnings: string;
    versions: string;
    versionsEmpty: string;
    number: string;
    when: string;
    who: string;
    noteColumn: string;
    actions: string;
    compare: string;
    compareDraft: string;
    compareTitle: (from: string, to: string) => string;
    draftName: string;
    versionName: (n: number) => string;
    rollback: string;
    rollbackConfirm: (n: number) => string;
    rollbackYes: string;
    rolledBack: (n: number, from: number) => string;
    downloads: string;
    downloadsIntro: string;
    exportXlsx: string;
    templateXlsx: string;
    siteZip: string;
    siteZipHint: string;
    urls: string;
    urlsIntro: string;
    feedUrl: string;
    icsUrl: string;
    atomUrl: string;
    jsonFeedUrl: string;
    copyUrl: string;
  };
  import: {
    title: string;
    intro: string;
    source: string;
    sources: Record<'json' | 'xlsx' | 'csv' | 'ics' | 'icsUrl', string>;
    file: string;
    files: string;
    url: string;
    urlHint: string;
    hints: Record<'json' | 'xlsx' | 'csv' | 'ics', string>;
    check: string;
    checking: string;
    chooseFile: string;
    chooseUrl: string;
    notJson: string;
    dryRun: string;
    dryRunIntro: string;
    nothingChanged: string;
    apply: string;
    applying: string;
    applied: string;
    appliedWithProblems: string;
    discard: string;
    conflict: string;
    reload: string;
    reloaded: string;
    icsCounts: (imported: number, skipped: number) => string;
  };
  events: {
    title: string;
    intro: string;
    search: string;
    searchHint: string;
    empty: string;
    noMatch: string;
    shown: (n: number, total: number) => string;
    event: string;
    date: string;
    status: string;
    actions: string;
    statuses: Record<string, string>;
    cancel: string;
    postpone: string;
    online: string;
    restore: string;
    duplicate: string;
    /** The whole event in the content editors. */
    editAll: string;
    material: string;
    note: string;
    noteHint: string;
    onlineUrl: string;
    materialTitle: string;
    materialUrl: string;
    save: string;
    saving: string;
    close: string;
    saved: (title: string) => string;
    duplicated: (title: string) => string;
    copySuffix: string;
    conflictReload: string;
    reloaded: string;
    required: string;
  };
  diff: {
    same: string;
    added: string;
    changed: string;
    removed: string;
    fields: string;
    sections: string;
    collections: Record<Collection, string>;
    summary: (added: number, changed: number, removed: number) => string;
  };
  problems: {
    title: string;
    none: string;
    severities: Record<Severity, string>;
    where: string;
    sheet: string;
    row: string;
    column: string;
    count: PluralForms;
  };
}

export const ru: ContentStrings = {
  publishing: {
    title: 'Публикация',
    intro:
      'Черновик ленты видят только редакторы. «Опубликовать» проверяет всю ленту и выкладывает её по постоянным адресам; каждая версия сохраняется, и к ней можно вернуться.',
    draft: 'Черновик',
    noDraft: 'Черновика пока нет: импортируйте ленту или таблицу в разделе «Импорт».',
    savedAt: 'Сохранён',
    savedBy: 'Кем',
    neverSaved: 'ещё не сохранялся (взята последняя опубликованная версия)',
    draftOk: 'Ошибок нет: черновик можно опубликовать.',
    problems: 'Что проверка нашла в черновике',
    publish: 'Опубликовать',
    note: 'Комментарий к версии (необязательно)',
    noteHint: 'Например, «Добавлены семинары марта». Виден в списке версий.',
    publishing: 'Публикуем…',
    refused: 'Лента не опубликована',
    published: (n) => `Опубликована версия ${n}.`,
    warnings: 'Опубликовано с предупреждениями:',
    versions: 'Версии',
    versionsEmpty: 'Опубликованных версий пока нет.',
    number: 'Версия',
    when: 'Когда',
    who: 'Кто',
    noteColumn: 'Комментарий',
    actions: 'Действия',
    compare: 'Сравнить с предыдущей',
    compareDraft: 'Что изменится при публикации',
    compareTitle: (from, to) => `Что изменилось: ${from} → ${to}`,
    draftName: 'черновик',
    versionName: (n) => `версия ${n}`,
    rollback: 'Вернуть эту версию',
    rollbackConfirm: (n) =>
      `Опубликовать версию ${n} снова? Она станет новой версией; черновик не изменится.`,
    rollbackYes: 'Да, вернуть',
    rolledBack: (n, from) => `Версия ${from} опубликована снова как версия ${n}.`,
    downloads: 'Скачать',
    downloadsIntro: 'Файлы для работы в Excel и для сайта на обычном веб-сервере.',
    exportXlsx: 'Черновик как книга Excel',
    templateXlsx: 'Пустой шаблон книги Excel',
    siteZip: 'Опубликованные файлы и скрипты виджетов (zip)',
    siteZipHint:
      'Для отдела, который размещает ленту на своём веб-сервере. Доступно после первой публикации.',
    urls: 'Адреса для сайтов',
    urlsIntro: 'Постоянные адреса опубликованной ленты: их указывают в виджетах и в календарях.',
    feedUrl: 'Лента (feed.json)',
    icsUrl: 'Подписка на мероприятия (календарь)',
    atomUrl: 'Практики (Atom)',
    jsonFeedUrl: 'Практики (JSON Feed)',
    copyUrl: 'Копировать',
  },
  import: {
    title: 'Импорт',
    intro:
      'Сначала сервис покажет, что добавится, изменится и удалится, и все найденные ошибки. Черновик меняется только после «Применить».',
    source: 'Откуда',
    sources: {
      json: 'Лента feed.json',
      xlsx: 'Книга Excel (.xlsx)',
      csv: 'Папка CSV-файлов',
      ics: 'Файл календаря (.ics)',
      icsUrl: 'Адрес календаря (Яндекс, Google, Outlook)',
    },
    file: 'Файл',
    files: 'CSV-файлы',
    url: 'Адрес календаря',
    urlHint: 'Ссылка вида https://… или webcal://…',
    hints: {
      json: 'Лента целиком заменит черновик: чего в ней нет, из черновика удалится. Сначала сохраните копию черновика — ссылка «Черновик как книга Excel» в разделе «Публикация» → «Скачать».',
      xlsx: 'Один лист — один раздел, столбцы как в шаблоне. Книга целиком заменит черновик: чего в ней нет, из черновика удалится. Поэтому начните с черновика: скачайте «Черновик как книга Excel» (раздел «Публикация» → «Скачать»), исправьте его и загрузите сюда.',
      csv: 'Выберите все файлы папки сразу (UTF-8 или Windows-1251). Папка целиком заменит черновик: чего в файлах нет, из черновика удалится. Сначала сохраните копию черновика — ссылка «Черновик как книга Excel» в разделе «Публикация» → «Скачать».',
      ics: 'Мероприятия добавятся или обновятся; ничего не удалится.',
    },
    check: 'Проверить',
    checking: 'Проверяем…',
    chooseFile: 'Выберите файл.',
    chooseUrl: 'Укажите адрес календаря.',
    notJson: 'Это не JSON: выберите файл feed.json.',
    dryRun: 'Предварительный просмотр',
    dryRunIntro: 'Пока ничего не изменено.',
    nothingChanged: 'Черновик не изменён.',
    apply: 'Применить',
    applying: 'Применяем…',
    applied: 'Импорт применён: черновик обновлён. Опубликуйте его в разделе «Публикация».',
    appliedWithProblems:
      'Импорт применён, но в черновике есть ошибки: до исправления его не опубликовать.',
    discard: 'Отказаться',
    conflict: 'Черновик уже изменил коллега.',
    reload: 'Обновить черновик и проверить снова',
    reloaded: 'Черновик обновлён. Проверьте изменения ещё раз.',
    icsCounts: (imported, skipped) =>
      `Мероприятий в календаре: ${imported}, пропущено: ${skipped}.`,
  },
  events: {
    title: 'Мероприятия в черновике',
    intro:
      'Срочные правки мероприятий черновика: отменить, перенести, перевести в онлайн с пояснением для посетителей, сделать копию, добавить материалы после мероприятия. Посетители увидят их после публикации.',
    search: 'Поиск по названию',
    searchHint: 'Часть названия или идентификатора.',
    empty: 'В черновике нет мероприятий: импортируйте ленту в разделе «Импорт».',
    noMatch: 'Ничего не найдено. Измените запрос.',
    shown: (n, total) => `Показано ${n} из ${total}`,
    event: 'Мероприятие',
    date: 'Дата',
    status: 'Статус',
    actions: 'Действия',
    statuses: {
      scheduled: 'Состоится',
      cancelled: 'Отменено',
      postponed: 'Перенесено',
      'moved-online': 'Переведено в онлайн',
    },
    cancel: 'Отменить',
    postpone: 'Перенести',
    online: 'В онлайн',
    restore: 'Состоится',
    duplicate: 'Дублировать',
    editAll: 'Все поля',
    material: 'Добавить материал',
    note: 'Пояснение для посетителей',
    noteHint: 'Например, «Перенесено на 20 марта, время то же».',
    onlineUrl: 'Ссылка на трансляцию (необязательно)',
    materialTitle: 'Название материала',
    materialUrl: 'Адрес материала (https://…)',
    save: 'Сохранить в черновик',
    saving: 'Сохраняем…',
    close: 'Отмена',
    saved: (title) => `Сохранено в черновик: «${title}». Опубликуйте, чтобы посетители увидели.`,
    duplicated: (title) => `Копия «${title}» добавлена в черновик.`,
    copySuffix: ' (копия)',
    conflictReload: 'Обновить черновик',
    reloaded: 'Черновик обновлён; ваша правка осталась в форме — сохраните её снова.',
    required: 'Заполните это поле.',
  },
  diff: {
    same: 'Изменений нет.',
    added: 'Добавится',
    changed: 'Изменится',
    removed: 'Удалится',
    fields: 'поля',
    sections: 'Изменённые разделы',
    collections: {
      events: 'Мероприятия',
      organizations: 'Организации',
      people: 'Люди',
      associations: 'Объединения',
      practices: 'Практики',
    },
    summary: (a, c, r) => `добавлено ${a}, изменено ${c}, удалено ${r}`,
  },
  problems: {
    title: 'Ошибки и предупреждения',
    none: 'Ошибок нет.',
    severities: { error: 'Ошибки', warning: 'Предупреждения', info: 'Замечания' },
    where: 'Где',
    sheet: 'лист',
    row: 'строка',
    column: 'столбец',
    count: { one: 'замечание', few: 'замечания', many: 'замечаний', other: 'замечания' },
  },
};

export const en: ContentStrings = {
  publishing: {
    title: 'Publishing',
    intro:
      'Only editors see the draft. “Publish” checks the whole feed and puts it at its permanent addresses; every version is kept and can be brought back.',
    draft: 'Draft',
    noDraft: 'No draft yet: import a feed or a workbook under “Import”.',
    savedAt: 'Saved',
    savedBy: 'By',
    neverSaved: 'not saved yet (the newest published version)',
    draftOk: 'No errors: the draft can be published.',
    problems: 'What the check found in the draft',
    publish: 'Publish',
    note: 'Note for this version (optional)',
    noteHint: 'For example, “March seminars added”. Shown in the list of versions.',
    publishing: 'Publishing…',
    refused: 'The feed was not published',
    published: (n) => `Version ${n} published.`,
    warnings: 'Published with warnings:',
    versions: 'Versions',
    versionsEmpty: 'Nothing published yet.',
    number: 'Version',
    when: 'When',
    who: 'Who',
    noteColumn: 'Note',
    actions: 'Actions',
    compare: 'Compare with previous',
    compareDraft: 'What publishing would change',
    compareTitle: (from, to) => `What changed: ${from} → ${to}`,
    draftName: 'draft',
    versionName: (n) => `version ${n}`,
    rollback: 'Bring this version back',
    rollbackConfirm: (n) =>
      `Publish version ${n} again? It becomes a new version; the draft stays as it is.`,
    rollbackYes: 'Yes, bring it back',
    rolledBack: (n, from) => `Version ${from} published again as version ${n}.`,
    downloads: 'Downloads',
    downloadsIntro: 'Files to work on in Excel and for a site on a plain web server.',
    exportXlsx: 'The draft as an Excel workbook',
    templateXlsx: 'An empty workbook template',
    siteZip: 'Published files and widget scripts (zip)',
    siteZipHint:
      'For a department hosting the feed on its own web server. Available after the first publication.',
    urls: 'Addresses for sites',
    urlsIntro: 'The published feed’s permanent addresses, for widgets and calendars.',
    feedUrl: 'Feed (feed.json)',
    icsUrl: 'Events subscription (calendar)',
    atomUrl: 'Practices (Atom)',
    jsonFeedUrl: 'Practices (JSON Feed)',
    copyUrl: 'Copy',
  },
  import: {
    title: 'Import',
    intro:
      'The service first shows what would be added, changed and removed, and every problem found. The draft changes only after “Apply”.',
    source: 'Source',
    sources: {
      json: 'A feed.json feed',
      xlsx: 'An Excel workbook (.xlsx)',
      csv: 'A folder of CSV files',
      ics: 'A calendar file (.ics)',
      icsUrl: 'A calendar address (Yandex, Google, Outlook)',
    },
    file: 'File',
    files: 'CSV files',
    url: 'Calendar address',
    urlHint: 'A https://… or webcal://… link',
    hints: {
      json: 'The feed replaces the whole draft: whatever it lacks is removed from the draft. Save a copy of the draft first: the link «The draft as an Excel workbook» under «Publishing» → «Downloads».',
      xlsx: 'One sheet per section, the template’s columns. The workbook replaces the whole draft: whatever it lacks is removed from the draft. So start from the draft: download «The draft as an Excel workbook» («Publishing» → «Downloads»), edit it and upload it here.',
      csv: 'Select all the folder’s files at once (UTF-8 or Windows-1251). The folder replaces the whole draft: whatever the files lack is removed from the draft. Save a copy of the draft first: the link «The draft as an Excel workbook» under «Publishing» → «Downloads».',
      ics: 'Events are added or updated; nothing is removed.',
    },
    check: 'Check',
    checking: 'Checking…',
    chooseFile: 'Choose a file.',
    chooseUrl: 'Enter the calendar’s address.',
    notJson: 'This is not JSON: choose a feed.json file.',
    dryRun: 'Preview',
    dryRunIntro: 'Nothing has changed yet.',
    nothingChanged: 'The draft is unchanged.',
    apply: 'Apply',
    applying: 'Applying…',
    applied: 'Import applied: the draft is updated. Publish it under “Publishing”.',
    appliedWithProblems:
      'Import applied, but the draft has errors: it cannot be published until they are fixed.',
    discard: 'Discard',
    conflict: 'A colleague changed the draft first.',
    reload: 'Reload the draft and check again',
    reloaded: 'Draft reloaded. Check the changes again.',
    icsCounts: (imported, skipped) => `Events in the calendar: ${imported}, skipped: ${skipped}.`,
  },
  events: {
    title: 'Events in the draft',
    intro:
      'Urgent changes to the draft’s events: cancel, postpone or move online with a note for visitors, duplicate, add materials after the event. Visitors see them once published.',
    search: 'Search by title',
    searchHint: 'Part of the title or id.',
    empty: 'The draft has no events: import a feed under “Import”.',
    noMatch: 'Nothing found. Change the search.',
    shown: (n, total) => `Showing ${n} of ${total}`,
    event: 'Event',
    date: 'Date',
    status: 'Status',
    actions: 'Actions',
    statuses: {
      scheduled: 'Scheduled',
      cancelled: 'Cancelled',
      postponed: 'Postponed',
      'moved-online': 'Moved online',
    },
    cancel: 'Cancel',
    postpone: 'Postpone',
    online: 'Move online',
    restore: 'Scheduled',
    duplicate: 'Duplicate',
    editAll: 'All fields',
    material: 'Add material',
    note: 'Note for visitors',
    noteHint: 'For example, “Postponed to 20 March, same time”.',
    onlineUrl: 'Broadcast link (optional)',
    materialTitle: 'Material title',
    materialUrl: 'Material address (https://…)',
    save: 'Save to the draft',
    saving: 'Saving…',
    close: 'Cancel',
    saved: (title) => `Saved to the draft: “${title}”. Publish for visitors to see it.`,
    duplicated: (title) => `A copy of “${title}” was added to the draft.`,
    copySuffix: ' (copy)',
    conflictReload: 'Reload the draft',
    reloaded: 'Draft reloaded; your change is still in the form: save it again.',
    required: 'Fill in this field.',
  },
  diff: {
    same: 'No changes.',
    added: 'Added',
    changed: 'Changed',
    removed: 'Removed',
    fields: 'fields',
    sections: 'Changed sections',
    collections: {
      events: 'Events',
      organizations: 'Organizations',
      people: 'People',
      associations: 'Associations',
      practices: 'Practices',
    },
    summary: (a, c, r) => `${a} added, ${c} changed, ${r} removed`,
  },
  problems: {
    title: 'Errors and warnings',
    none: 'No problems.',
    severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
    where: 'Where',
    sheet: 'sheet',
    row: 'row',
    column: 'column',
    count: { one: 'problem', other: 'problems' },
  },
};

export const CONTENT_STRINGS = { ru, en } as const;
