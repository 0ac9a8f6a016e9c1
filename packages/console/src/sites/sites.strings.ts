import type { PresetName, WidgetName } from './catalogue.ts';

/** One CMS's short guide: where the script and the element go, and when to use the iframe. */
export interface CmsGuide {
  id: string;
  name: string;
  steps: string[];
}

/** The page's words; en.ts-style: one object per language with the same shape. */
export interface SitesStrings {
  title: string;
  intro: (publisher: string | null) => string;
  switchLanguage: { label: string; lang: 'ru' | 'en' };
  loading: string;
  feedNone: string;
  feedError: string;
  scriptNone: string;
  scriptError: string;
  scriptFailed: string;
  retry: string;
  settings: string;
  widget: string;
  widgets: Record<WidgetName, { title: string; about: string }>;
  presets: Record<PresetName, { label: string; any: string; hint?: string }>;
  choices: Record<string, string>;
  presetsNeedFeed: string;
  language: string;
  languages: { ru: string; en: string };
  accent: string;
  accentOwn: string;
  accentColour: string;
  widgetUnavailable: string;
  accentHint: string;
  accentLowContrast: (ratio: string) => string;
  preview: string;
  previewNote: string;
  previewLiveForm: string;
  previewUnavailable: string;
  previewNoFeed: string;
  codeUnavailable: string;
  previewLoading: string;
  code: string;
  codeIntro: string;
  scriptCode: string;
  scriptCodeHint: string;
  frameCode: string;
  frameCodeHint: string;
  frameMissing: string;
  copy: string;
  copyFrame: string;
  copied: string;
  copyFailed: string;
  frameTitle: (widget: string, publisher: string | null) => string;
  fallbackText: (widget: string, publisher: string | null) => string;
  guides: string;
  guidesIntro: string;
  cms: CmsGuide[];
  more: string;
}

const ruPresetAny = 'Все';

export const ru: SitesStrings = {
  title: 'Для сайтов школ',
  intro: (publisher) =>
    `Виджеты ${publisher ? `«${publisher}» ` : ''}для сайта школы: выберите виджет и его настройки, посмотрите, как он выглядит с настоящими данными методической службы, и скопируйте код для вставки. Данные обновляются на сайте школы сами.`,
  switchLanguage: { label: 'English', lang: 'en' },
  loading: 'Загружаем данные методической службы…',
  feedNone:
    'Методическая служба ещё не опубликовала данные. Код можно скопировать уже сейчас: виджеты покажут мероприятия, объединения и практики после первой публикации. Пока нельзя выбрать предмет, объединение и другие значения из данных.',
  feedError:
    'Не удалось загрузить данные методической службы. Проверьте подключение к интернету и попробуйте ещё раз.',
  scriptNone:
    'Сервис методической службы пока не раздаёт файлы виджетов, поэтому код для вставки и предпросмотр недоступны. Сообщите об этом администратору методической службы.',
  scriptError:
    'Не удалось узнать адрес файлов виджетов. Проверьте подключение к интернету и попробуйте ещё раз.',
  scriptFailed:
    'Файл виджетов не загрузился, поэтому предпросмотр не показан. Код для вставки при этом верный.',
  retry: 'Повторить',
  settings: 'Настройки виджета',
  widget: 'Виджет',
  widgets: {
    calendar: {
      title: 'Календарь мероприятий',
      about: 'месяц или список, фильтры, добавление в свой календарь',
    },
    associations: {
      title: 'Методические объединения',
      about: 'РМО, ШМО, творческие группы и площадки',
    },
    practices: { title: 'Лучшие практики', about: 'материалы педагогов района' },
    consultation: {
      title: 'Заявка на консультацию',
      about: 'форма, которая отправляет вопрос методисту',
    },
    registration: { title: 'Запись на мероприятие', about: 'форма записи с местами' },
  },
  presets: {
    view: { label: 'Вид календаря', any: 'Автоматически' },
    mode: { label: 'Что показывать', any: 'Объединения' },
    subject: { label: 'Предмет', any: ruPresetAny },
    kind: { label: 'Вид', any: ruPresetAny },
    audience: { label: 'Для кого', any: ruPresetAny },
    'education-level': { label: 'Уровень образования', any: ruPresetAny },
    direction: { label: 'Направление', any: ruPresetAny },
    tag: { label: 'Тема', any: ruPresetAny },
    association: { label: 'Объединение', any: ruPresetAny },
    'association-id': {
      label: 'Только одно объединение',
      any: 'Все объединения',
      hint: 'Для страницы одного объединения: показывается его карточка.',
    },
    event: { label: 'Мероприятие', any: 'Не выбрано' },
    'event-id': { label: 'Мероприятие', any: 'Не выбрано' },
    'preset-topic': { label: 'Тема заявки заранее', any: 'Не выбрана' },
    'preset-methodist': { label: 'Методист заранее', any: 'Не выбран' },
    limit: {
      label: 'Сколько показать',
      any: '',
      hint: 'Пусто или 0 — виджет целиком, с фильтрами. Число — короткая лента из стольких ближайших записей, например для главной страницы.',
    },
  },
  choices: {
    auto: 'Автоматически (список на узком экране)',
    month: 'Месяц',
    agenda: 'Список',
    associations: 'Объединения',
    platforms: 'Площадки (базовые школы, стажировочные площадки)',
  },
  presetsNeedFeed:
    'Предмет, объединение и другие значения можно будет выбрать после публикации данных.',
  language: 'Язык виджета',
  languages: { ru: 'Русский', en: 'Английский' },
  accent: 'Акцентный цвет',
  accentOwn: 'Свой акцентный цвет (ссылки, кнопки, «сегодня»)',
  accentColour: 'Цвет',
  widgetUnavailable:
    'Недоступно: в данных нет мероприятий с записью через сервис методической службы',
  accentHint: 'Без него виджет использует синий цвет, подходящий для чтения.',
  accentLowContrast: (ratio) =>
    `Контраст с белым фоном ${ratio}:1 — меньше 4,5:1, текст этим цветом будет плохо читаться. Выберите цвет темнее.`,
  preview: 'Как это будет выглядеть',
  previewNote: 'Это настоящий виджет с опубликованными данными методической службы.',
  previewLiveForm:
    'Форма в предпросмотре настоящая: отправленное отсюда придёт в методическую службу.',
  previewUnavailable: 'Предпросмотр недоступен.',
  previewNoFeed: 'Предпросмотр появится после первой публикации данных.',
  codeUnavailable: 'Код для вставки недоступен.',
  previewLoading: 'Загружаем виджет…',
  code: 'Код для вставки',
  codeIntro:
    'Вставьте код в режиме HTML (не в визуальном редакторе). Строку со скриптом достаточно вставить на страницу один раз, даже если виджетов несколько.',
  scriptCode: 'Скрипт и виджет',
  scriptCodeHint:
    'Лучший вариант: виджет подстраивается под шрифт сайта и версию для слабовидящих.',
  frameCode: 'Если сайт удаляет <script>: iframe',
  frameCodeHint:
    'Запасной вариант. Плагин «Версия для слабовидящих» по умолчанию скрывает iframe, а высоту iframe нужно подобрать самому.',
  frameMissing: 'Для этого виджета варианта с iframe нет.',
  copy: 'Скопировать код',
  copyFrame: 'Скопировать код iframe',
  copied: 'Скопировано',
  copyFailed:
    'Браузер не дал скопировать автоматически. Код выделен — нажмите Ctrl+C (на Mac — ⌘C).',
  frameTitle: (widget, publisher) => (publisher ? `${widget}: ${publisher}` : widget),
  fallbackText: (widget, publisher) => (publisher ? `${widget}: ${publisher}` : widget),
  guides: 'Куда вставить код: инструкции для CMS',
  guidesIntro:
    'Везде порядок один: строку со скриптом — один раз (лучше в подвал шаблона), виджет — туда, где он нужен, в режиме HTML-кода. После сохранения откройте код страницы ещё раз и проверьте, что вставленное на месте. Названия пунктов меню могут немного отличаться в вашей версии.',
  cms: [
    {
      id: 'wordpress',
      name: 'WordPress',
      steps: [
        'Редактор блоков: «+» → блок «Пользовательский HTML» → вставьте код целиком. В классическом редакторе — вкладка «Текст».',
        'Скрипт можно один раз поставить в подвал сайта плагином вставки кода (например, WPCode → Footer), тогда на страницы вставляйте только виджет.',
        'WordPress сохраняет <script> только у пользователей с правом unfiltered_html (администратор, редактор; в мультисайте — суперадминистратор). Если код исчез после сохранения, попросите администратора или используйте iframe.',
      ],
    },
    {
      id: 'bitrix',
      name: '1С-Битрикс',
      steps: [
        'В визуальном редакторе страницы переключитесь в режим «HTML-код» и вставьте код.',
        'Или вставьте его во «Включаемую область», редактируя её как HTML. Скрипт можно поставить один раз в footer.php шаблона сайта.',
        'Если <script> пропал после сохранения, у учётной записи нет прав на правку кода: попросите администратора или используйте iframe.',
      ],
    },
    {
      id: 'tilda',
      name: 'Tilda',
      steps: [
        'Добавьте блок «HTML-код» (T123, раздел «Другое») → «Контент» → вставьте код целиком.',
        'Виджет появляется на опубликованной странице и в режиме предпросмотра, в редакторе Tilda виден только блок кода.',
        'iframe здесь не нужен: блок T123 пропускает <script>.',
      ],
    },
    {
      id: 'joomla',
      name: 'Joomla',
      steps: [
        'Редактор TinyMCE по умолчанию вырезает <script> и <iframe>: вставляйте код с выключенным редактором (в профиле: редактор «Нет») или в модуль «HTML-код» (Custom).',
        'Если код всё равно вырезается, администратору нужно снять фильтр для вашей группы: «Система → Общие настройки → Фильтры текста» → «Без фильтрации».',
      ],
    },
    {
      id: 'ucoz',
      name: 'uCoz / uKit',
      steps: [
        'uCoz: скрипт — в «Дизайн → Управление дизайном → Глобальные блоки → Нижняя часть сайта», виджет — в HTML-код страницы (режим HTML редактора).',
        'uKit: добавьте на страницу виджет для HTML-кода (в списке виджетов конструктора) и вставьте код целиком.',
        'Если конструктор не сохраняет <script>, используйте iframe.',
      ],
    },
    {
      id: 'gosweb',
      name: 'Сайты на платформе «Госвеб»',
      steps: [
        'Если в конструкторе есть блок для HTML-кода, вставьте в него код целиком.',
        'Если такого блока нет или он удаляет <script>, используйте iframe.',
        'Если не проходит и iframe, поставьте обычную ссылку на страницу методической службы.',
      ],
    },
  ],
  more: 'Подробное руководство по встраиванию — в документации виджетов (embedding.ru.md).',
};

const enPresetAny = 'All';

export const en: SitesStrings = {
  title: 'For school websites',
  intro: (publisher) =>
    `Widgets ${publisher ? `of “${publisher}” ` : ''}for a school's website: pick a widget and its settings, see it with the methodical service's real data, and copy the code to paste. The school's page stays up to date by itself.`,
  switchLanguage: { label: 'Русский', lang: 'ru' },
  loading: 'Loading the methodical service’s data…',
  feedNone:
    'The methodical service has not published its data yet. You can copy the code already: the widgets show events, associations and practices after the first publication. Subjects, associations and other values from the data cannot be picked yet.',
  feedError:
    'The methodical service’s data could not be loaded. Check the connection and try again.',
  scriptNone:
    'The methodical service does not serve the widget files yet, so there is no code to paste and no preview. Please tell the service’s administrator.',
  scriptError:
    'The address of the widget files could not be loaded. Check the connection and try again.',
  scriptFailed:
    'The widget file did not load, so there is no preview. The code to paste is correct.',
  retry: 'Retry',
  settings: 'Widget settings',
  widget: 'Widget',
  widgets: {
    calendar: { title: 'Event calendar', about: 'month or list, filters, add to your calendar' },
    associations: {
      title: 'Methodical associations',
      about: 'district and school associations, groups and platforms',
    },
    practices: { title: 'Best practices', about: 'materials by the district’s teachers' },
    consultation: {
      title: 'Consultation request',
      about: 'a form that sends a question to a methodist',
    },
    registration: { title: 'Event registration', about: 'a sign-up form with places' },
  },
  presets: {
    view: { label: 'Calendar view', any: 'Automatic' },
    mode: { label: 'Show', any: 'Associations' },
    subject: { label: 'Subject', any: enPresetAny },
    kind: { label: 'Kind', any: enPresetAny },
    audience: { label: 'Audience', any: enPresetAny },
    'education-level': { label: 'Education level', any: enPresetAny },
    direction: { label: 'Direction', any: enPresetAny },
    tag: { label: 'Topic', any: enPresetAny },
    association: { label: 'Association', any: enPresetAny },
    'association-id': {
      label: 'One association only',
      any: 'All associations',
      hint: 'For one association’s page: shows its card.',
    },
    event: { label: 'Event', any: 'None' },
    'event-id': { label: 'Event', any: 'None' },
    'preset-topic': { label: 'Pre-selected topic', any: 'None' },
    'preset-methodist': { label: 'Pre-selected methodist', any: 'None' },
    limit: {
      label: 'How many to show',
      any: '',
      hint: 'Empty or 0: the whole widget with filters. A number: a short strip of that many upcoming items, e.g. for a home page.',
    },
  },
  choices: {
    auto: 'Automatic (a list when narrow)',
    month: 'Month',
    agenda: 'List',
    associations: 'Associations',
    platforms: 'Platforms (base schools, training sites)',
  },
  presetsNeedFeed:
    'Subjects, associations and other values can be picked once the data is published.',
  language: 'Widget language',
  languages: { ru: 'Russian', en: 'English' },
  accent: 'Accent colour',
  accentOwn: 'Own accent colour (links, buttons, today)',
  accentColour: 'Colour',
  widgetUnavailable:
    'Unavailable: the data has no events with sign-up through the methodical service',
  accentHint: 'Without it the widget uses a blue that is easy to read.',
  accentLowContrast: (ratio) =>
    `Contrast with a white background is ${ratio}:1, below 4.5:1: text in this colour will be hard to read. Pick a darker colour.`,
  preview: 'Preview',
  previewNote: 'This is the real widget with the methodical service’s published data.',
  previewLiveForm:
    'The form in the preview is real: what is sent from here reaches the methodical service.',
  previewUnavailable: 'No preview.',
  previewNoFeed: 'The preview appears after the first publication.',
  codeUnavailable: 'No code to paste.',
  previewLoading: 'Loading the widget…',
  code: 'Code to paste',
  codeIntro:
    'Paste the code in HTML mode (not in a visual editor). The script line is needed once per page, however many widgets it has.',
  scriptCode: 'Script and widget',
  scriptCodeHint:
    'The best choice: the widget follows the site’s font and the version for the visually impaired.',
  frameCode: 'If the site strips <script>: iframe',
  frameCodeHint:
    'A fallback. The “version for the visually impaired” plugin hides iframes by default, and the iframe’s height must be set by hand.',
  frameMissing: 'This widget has no iframe variant.',
  copy: 'Copy code',
  copyFrame: 'Copy iframe code',
  copied: 'Copied',
  copyFailed:
    'The browser did not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac).',
  frameTitle: (widget, publisher) => (publisher ? `${widget}: ${publisher}` : widget),
  fallbackText: (widget, publisher) => (publisher ? `${widget}: ${publisher}` : widget),
  guides: 'Where to paste: guides per CMS',
  guidesIntro:
    'Everywhere the same: the script line once (best in the template’s footer), the widget where it belongs, in HTML mode. After saving, open the page’s code again and check that it is there. Menu names may differ slightly in your version.',
  cms: [
    {
      id: 'wordpress',
      name: 'WordPress',
      steps: [
        'Block editor: “+” → “Custom HTML” block → paste the whole code. Classic editor: the “Text” tab.',
        'The script can go once into the site’s footer with a code-insertion plugin (e.g. WPCode → Footer); then paste only the widget into pages.',
        'WordPress keeps <script> only for users with unfiltered_html (administrators and editors; on a multisite, super administrators). If the code disappears on saving, ask an administrator or use the iframe.',
      ],
    },
    {
      id: 'bitrix',
      name: '1C-Bitrix',
      steps: [
        'In the page’s visual editor switch to “HTML code” mode and paste the code.',
        'Or paste it into an “Include area” edited as HTML. The script can go once into the site template’s footer.php.',
        'If <script> is gone after saving, your account may not edit code: ask an administrator or use the iframe.',
      ],
    },
    {
      id: 'tilda',
      name: 'Tilda',
      steps: [
        'Add an “HTML code” block (T123, under “Other”) → “Content” → paste the whole code.',
        'The widget shows on the published page and in preview; the Tilda editor shows only the code block.',
        'No iframe needed: the T123 block keeps <script>.',
      ],
    },
    {
      id: 'joomla',
      name: 'Joomla',
      steps: [
        'The TinyMCE editor strips <script> and <iframe> by default: paste with the editor off (your profile: Editor “None”) or into a “Custom” module.',
        'If it is still stripped, an administrator must lift the filter for your group: System → Global Configuration → Text Filters → “No Filtering”.',
      ],
    },
    {
      id: 'ucoz',
      name: 'uCoz / uKit',
      steps: [
        'uCoz: the script into Design → Template management → Global blocks → “Bottom part of the site”, the widget into the page’s HTML (the editor’s HTML mode).',
        'uKit: add the HTML code widget (in the builder’s widget list) to the page and paste the whole code.',
        'If the builder does not keep <script>, use the iframe.',
      ],
    },
    {
      id: 'gosweb',
      name: 'Sites on the Gosweb platform',
      steps: [
        'If the builder has a block for HTML code, paste the whole code into it.',
        'If there is none, or it strips <script>, use the iframe.',
        'If the iframe does not pass either, link to the methodical service’s page instead.',
      ],
    },
  ],
  more: 'The full embedding guide is in the widgets’ documentation (embedding.en.md).',
};

export const SITES_STRINGS = { ru, en } as const;
