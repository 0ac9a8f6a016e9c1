import type { Lang } from '../problems.ts';
import type { CollectionName } from '../schema/feed.ts';
import { plural } from './plural.ts';

/** Every word the CLI prints, per language (problem messages themselves come from problems.ts). */
export interface CliMessages {
  help: string;
  helpValidate: string;
  helpSchema: string;
  helpIcs: string;
  helpBuild: string;
  helpCsv: string;
  helpXlsx: string;
  unknownCommand(name: string): string;
  usage(detail: string): string;
  badLang(value: string): string;
  missingArgument(name: string): string;
  cannotRead(source: string, detail: string): string;
  httpStatus(status: number): string;
  timeout(seconds: number): string;
  feedHeader: string;
  collection: Record<CollectionName, string>;
  item(collection: string, id: string | undefined, index: number): string;
  errors(n: number): string;
  warnings(n: number): string;
  summary(errors: number, warnings: number): string;
  allGood: string;
  feedUnusable: string;
  written(path: string, detail: string): string;
  events(n: number): string;
  row: string;
  column: string;
  field: string;
  notWritten: string;
  notWorkbook: string;
  files(n: number): string;
}

const ru: CliMessages = {
  help: `metodika — инструменты методической службы для ленты Metodika

Использование: metodika <команда> [параметры]

Команды:
  validate <файл|адрес>         проверить ленту (JSON) и показать, что исправить
  schema                        вывести JSON Schema ленты
  ics <лента> [-o файл.ics]     выгрузить мероприятия в календарь iCalendar (.ics)
  build <папка|книга.xlsx> [-o feed.json]
                                собрать ленту из CSV-таблиц или книги Excel
  csv <лента> <папка>           выгрузить ленту в CSV-таблицы для редактирования
  xlsx <лента> [-o книга.xlsx]  выгрузить ленту в книгу Excel (лист на таблицу)
  atom <лента> [-o файл]        выгрузить лучшие практики в ленту Atom (для программ чтения лент)
  jsonfeed <лента> [-o файл]    выгрузить лучшие практики в формате JSON Feed 1.1

Общие параметры:
  --lang en    сообщения на английском
  -h, --help   справка (metodika <команда> --help — справка по команде)`,
  helpValidate: `Использование: metodika validate <файл|адрес> [--json] [--lang en] [--timeout секунды]

Проверяет ленту строго: ошибки формата, битые ссылки, неизвестные поля (опечатки).
Адрес http(s):// загружается по сети (по умолчанию ждём 15 с).

  --json       вывести результат в JSON: { ok, problems, counts } — для скриптов
Код выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки, 2 — неверный вызов или файл не прочитан.`,
  helpSchema: `Использование: metodika schema

Выводит JSON Schema ленты, построенную из схем zod. Редакторы (VS Code и др.) подсказывают по ней поля.`,
  helpIcs: `Использование: metodika ics <лента> [-o файл.ics] [--lang en]

Выгружает мероприятия ленты в календарь iCalendar (RFC 5545) для Яндекс Календаря, Outlook,
Google Календаря. Без -o календарь выводится в стандартный вывод.`,
  helpBuild: `Использование: metodika build <папка|книга.xlsx> [-o feed.json] [--lang en]

Собирает ленту из CSV-таблиц папки: publisher.csv, taxonomies.csv, organizations.csv, people.csv,
events.csv, associations.csv, practices.csv, consultation.csv, topics.csv.
Кодировка UTF-8 или Windows-1251, разделитель «;» или «,» — определяются сами.
Или из книги Excel (.xlsx) с листами тех же имён (publisher, events…), как её выгружает
metodika xlsx или консоль службы.
Каждая ошибка указывает файл (лист), строку и столбец. Описание столбцов — src/cli/README-csv.md.
Без -o лента записывается в feed.json в текущей папке; при ошибках файл не записывается.`,
  helpCsv: `Использование: metodika csv <лента> <папка>

Выгружает ленту в CSV-таблицы (UTF-8 с BOM, разделитель «;») — с них удобно начать работу
в Excel или LibreOffice, а затем собрать ленту командой metodika build.`,
  helpXlsx: `Использование: metodika xlsx <лента> [-o книга.xlsx] [--template] [--lang en]

Выгружает ленту в книгу Excel: лист на таблицу (те же столбцы, что в CSV), все ячейки текстом,
лист «Инструкция». metodika build книга.xlsx собирает ленту обратно без потерь.
Без -o книга записывается в feed.xlsx в текущей папке.

  --template   шаблон: справочники и виды — выпадающими списками, даты — форматом даты`,
  unknownCommand: (name) => `Неизвестная команда «${name}». Список команд: metodika --help`,
  usage: (detail) => `${detail}\nСправка: metodika --help`,
  badLang: (value) => `Неизвестный язык «${value}»: укажите --lang ru или --lang en.`,
  missingArgument: (name) => `Не указан параметр: ${name}.`,
  cannotRead: (source, detail) => `Не удалось прочитать «${source}»: ${detail}`,
  httpStatus: (status) => `сервер ответил кодом ${status}`,
  timeout: (seconds) => `нет ответа за ${seconds} с`,
  feedHeader: 'Общие сведения ленты',
  collection: {
    organizations: 'Организации',
    people: 'Люди',
    events: 'Мероприятия',
    associations: 'Объединения',
    practices: 'Практики',
  },
  item: (collection, id, index) => `${collection} · ${id ? `«${id}»` : 'без id'} (№ ${index + 1})`,
  errors: (n) => plural(n, 'ru', ['ошибка', 'ошибки', 'ошибок']),
  warnings: (n) => plural(n, 'ru', ['предупреждение', 'предупреждения', 'предупреждений']),
  summary(errors, warnings) {
    return `Итого: ${this.errors(errors)}, ${this.warnings(warnings)}.`;
  },
  allGood: 'Лента в порядке.',
  feedUnusable: 'Лента непригодна: виджеты не смогут её показать.',
  written: (path, detail) => `Записано: ${path}${detail ? ` (${detail})` : ''}.`,
  events: (n) => plural(n, 'ru', ['мероприятие', 'мероприятия', 'мероприятий']),
  row: 'строка',
  column: 'столбец',
  field: 'поле',
  notWritten: 'Файл не записан: сначала исправьте ошибки.',
  notWorkbook: 'это не книга Excel (.xlsx); сохраните её в Excel как «Книга Excel»',
  files: (n) => plural(n, 'ru', ['файл', 'файла', 'файлов']),
};

const en: CliMessages = {
  help: `metodika — the methodical service's tools for the Metodika feed

Usage: metodika <command> [options]

Commands:
  validate <file|url>           check a feed (JSON) and show what to fix
  schema                        print the feed's JSON Schema
  ics <feed> [-o file.ics]      export the events as an iCalendar (.ics) file
  build <folder|book.xlsx> [-o feed.json]
                                build the feed from CSV tables or an Excel workbook
  csv <feed> <folder>           export a feed to CSV tables for editing
  xlsx <feed> [-o book.xlsx]    export a feed to an Excel workbook (a sheet per table)
  atom <feed> [-o file]         export best practices as an Atom feed (for feed readers)
  jsonfeed <feed> [-o file]     export best practices as a JSON Feed 1.1

Common options:
  --lang en    English messages
  -h, --help   help (metodika <command> --help for one command)`,
  helpValidate: `Usage: metodika validate <file|url> [--json] [--lang en] [--timeout seconds]

Checks the feed strictly: format errors, dangling references, unknown fields (typos).
An http(s):// address is fetched (waiting 15 s by default).

  --json       print the result as JSON: { ok, problems, counts }, for scripts
Exit code: 0 no errors (warnings allowed), 1 errors, 2 wrong usage or unreadable file.`,
  helpSchema: `Usage: metodika schema

Prints the feed's JSON Schema, generated from the zod schemas. Editors (VS Code…) complete fields from it.`,
  helpIcs: `Usage: metodika ics <feed> [-o file.ics] [--lang en]

Exports the feed's events as an iCalendar (RFC 5545) calendar. Without -o it goes to standard output.`,
  helpBuild: `Usage: metodika build <folder|book.xlsx> [-o feed.json] [--lang en]

Builds the feed from the folder's CSV tables: publisher.csv, taxonomies.csv, organizations.csv,
people.csv, events.csv, associations.csv, practices.csv, consultation.csv, topics.csv.
UTF-8 or Windows-1251, ";" or "," separators are detected. Or from an Excel workbook (.xlsx) with
sheets of the same names (publisher, events…), as metodika xlsx or the service's console writes it.
Each problem names the file (sheet), row and column. Columns are described in src/cli/README-csv.md.
Without -o the feed is written to feed.json in the current folder; nothing is written on errors.`,
  helpCsv: `Usage: metodika csv <feed> <folder>

Exports a feed to CSV tables (UTF-8 with BOM, ";" separator) to edit in Excel or LibreOffice,
then build it back with metodika build.`,
  helpXlsx: `Usage: metodika xlsx <feed> [-o book.xlsx] [--template] [--lang en]

Exports the feed to an Excel workbook: a sheet per table (the CSV columns), every cell as text,
an instructions sheet. metodika build book.xlsx builds the feed back without loss.
Without -o the workbook is written to feed.xlsx in the current folder.

  --template   a template: taxonomies and kinds as drop-down lists, date columns as dates`,
  unknownCommand: (name) => `Unknown command "${name}". Commands: metodika --help`,
  usage: (detail) => `${detail}\nHelp: metodika --help`,
  badLang: (value) => `Unknown language "${value}": use --lang ru or --lang en.`,
  missingArgument: (name) => `Missing argument: ${name}.`,
  cannotRead: (source, detail) => `Cannot read "${source}": ${detail}`,
  httpStatus: (status) => `the server answered ${status}`,
  timeout: (seconds) => `no answer within ${seconds} s`,
  feedHeader: 'Feed header',
  collection: {
    organizations: 'Organizations',
    people: 'People',
    events: 'Events',
    associations: 'Associations',
    practices: 'Practices',
  },
  item: (collection, id, index) => `${collection} · ${id ? `"${id}"` : 'no id'} (#${index + 1})`,
  errors: (n) => plural(n, 'en', ['error', 'errors', 'errors']),
  warnings: (n) => plural(n, 'en', ['warning', 'warnings', 'warnings']),
  summary(errors, warnings) {
    return `Total: ${this.errors(errors)}, ${this.warnings(warnings)}.`;
  },
  allGood: 'The feed is fine.',
  feedUnusable: 'The feed is unusable: widgets cannot show it.',
  written: (path, detail) => `Written: ${path}${detail ? ` (${detail})` : ''}.`,
  events: (n) => plural(n, 'en', ['event', 'events', 'events']),
  row: 'row',
  column: 'column',
  field: 'field',
  notWritten: 'Nothing written: fix the errors first.',
  notWorkbook: 'not an Excel workbook (.xlsx); save it in Excel as "Excel Workbook"',
  files: (n) => plural(n, 'en', ['file', 'files', 'files']),
};

const MESSAGES: Record<Lang, CliMessages> = { ru, en };

/** The CLI's strings in one language. */
export function cliMessages(lang: Lang): CliMessages {
  return MESSAGES[lang];
}
