import type { Lang } from '@metodika/feed';

/**
 * The language to answer in: the form's own `locale` when it sent a valid one, else the
 * browser's Accept-Language (highest q of ru/en), else Russian.
 */
export function pickLang(body: unknown, acceptLanguage: string | undefined): Lang {
  const locale = (body as { locale?: unknown } | null)?.locale;
  if (locale === 'ru' || locale === 'en') return locale;
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'ru' && primary !== 'en') continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang ?? 'ru';
}
