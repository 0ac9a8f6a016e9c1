import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Lang, parseFeed } from '@metodika/feed';
import { zipSync } from 'fflate';
import { PUBLISHED_FILES } from '../routes/public-feed.ts';

/** Every file under `dir` (source maps left out: a school site does not need them). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const README: Record<Lang, (build: string | null) => string> = {
  ru: (build) => `Файлы ленты методической службы для обычного веб-сервера.

Загрузите содержимое архива в одну папку сайта (например, /metodika/) без изменений.
  feed.json        — лента (адрес для атрибута src виджетов)
  events.ics       — мероприятия для подписки в календаре (webcal://…/events.ics)
  practices.atom, practices.json — лучшие практики для программ чтения новостей
${build ? '  widgets/         — скрипты виджетов\n' : ''}
Вставьте на страницу школьного сайта:
  <script type="module" src="https://ВАШ-САЙТ/metodika/widgets/metodika.js"></script>
  <metodika-calendar src="https://ВАШ-САЙТ/metodika/feed.json"></metodika-calendar>

После каждой публикации в консоли скачайте архив заново и замените файлы.
`,
  en: (build) => `The methodical service's feed files for a plain web server.

Upload the archive's contents, unchanged, into one folder of the site (e.g. /metodika/).
  feed.json        — the feed (the widgets' src)
  events.ics       — events to subscribe to (webcal://…/events.ics)
  practices.atom, practices.json — best practices for feed readers
${build ? '  widgets/         — the widget scripts\n' : ''}
Paste into a school site's page:
  <script type="module" src="https://YOUR-SITE/metodika/widgets/metodika.js"></script>
  <metodika-calendar src="https://YOUR-SITE/metodika/feed.json"></metodika-calendar>

After each publication in the console, download the archive again and replace the files.
`,
};

/** The published feed, its exports and the widget scripts as one zip for a plain web server. */
export async function siteZip(
  published: string,
  widgetsDir: string | null,
  lang: Lang,
): Promise<Uint8Array> {
  const feed = parseFeed(JSON.parse(published)).feed;
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const file of PUBLISHED_FILES)
    files[file.name] = encoder.encode(file.render(published, feed, lang));
  let build: string | null = null;
  if (widgetsDir) {
    try {
      for (const path of await filesUnder(widgetsDir)) {
        files[`widgets/${path.split('\\').join('/')}`] = new Uint8Array(
          await readFile(join(widgetsDir, path)),
        );
      }
      build = 'widgets';
    } catch {
      build = null;
    }
  }
  files[lang === 'en' ? 'README.txt' : 'ПРОЧТИТЕ.txt'] = encoder.encode(README[lang](build));
  return zipSync(files, { level: 6 });
}
