import type { FeedLoadError, FeedView } from '@metodika/feed';

const LOGGED = Symbol.for('metodika.logged');

/** Each message once per page, however many widgets (or bundle copies) hit the same problem. */
export function once(key: string): boolean {
  const host = globalThis as { [LOGGED]?: Set<string> };
  host[LOGGED] ??= new Set();
  const seen = host[LOGGED];
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

const FIX: Partial<Record<FeedLoadError['kind'], string>> = {
  'bad-src':
    'Укажите в атрибуте src полный адрес ленты (https://…/feed.json) или поместите виджет внутрь <metodika-feed src="…">. / Set src to the feed\'s https:// URL or put the widget inside <metodika-feed src="…">.',
  invalid:
    'Проверьте ленту командой `metodika validate feed.json` и исправьте ошибки. / Check the feed with `metodika validate feed.json` and fix the errors.',
  http: 'Проверьте адрес ленты и что файл опубликован. / Check the URL and that the file is published.',
  network:
    'Проверьте, что сервер ленты отвечает и разрешает CORS (Access-Control-Allow-Origin: *). / Check that the feed server is up and sends Access-Control-Allow-Origin.',
};

/** Explains a load failure the site's webmaster can fix, once, in the console. */
export function reportLoadError(error: FeedLoadError): void {
  if (error.kind === 'timeout' || !once(`${error.kind} ${error.url}`)) return;
  const lines = [`[metodika] ${error.message}`];
  const fix = FIX[error.kind];
  if (fix) lines.push(fix);
  for (const problem of error.problems ?? []) {
    if (problem.severity === 'error') lines.push(`  ${problem.path}: ${problem.message}`);
  }
  console.error(lines.join('\n'));
}

/** Lists what the parser dropped or fixed in each source, once per source. */
export function reportFeedProblems(view: FeedView): void {
  for (const source of view.sources) {
    if (source.problems.length === 0 || !once(`problems ${source.url} ${source.fetchedAt}`))
      continue;
    const lines = source.problems.map(
      (p) => `  ${p.dropped ? '[пропущено / dropped] ' : ''}${p.path}: ${p.message}`,
    );
    console.warn(
      `[metodika] В ленте ${source.url} есть ошибки; показано всё, что удалось прочитать. / Feed ${source.url} has problems; everything readable is shown.\n${lines.join('\n')}\n${FIX.invalid}`,
    );
  }
  for (const error of view.failed ?? []) reportLoadError(error);
}
