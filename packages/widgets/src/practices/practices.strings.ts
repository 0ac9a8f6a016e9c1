import { type PluralForms, PRACTICE_KIND_LABELS_RU } from '@metodika/feed';
import { lazyEnglish } from '../base/i18n/locale.ts';

const ru = {
  title: 'Лучшие практики',
  latest: 'Новые практики',
  search: 'Поиск по практикам',
  practices: {
    one: 'практика',
    few: 'практики',
    many: 'практик',
    other: 'практики',
  } as PluralForms,
  empty: 'Практик пока нет.',
  featured: 'Выбор методистов',
  facets: {
    kind: 'Вид материала',
    subjects: 'Предмет',
    educationLevels: 'Уровень образования',
    tags: 'Тема',
    association: 'Объединение',
  },
  authors: 'Авторы',
  published: 'Опубликовано',
  association: 'Объединение',
  event: 'Представлено на мероприятии',
  attachments: 'Материалы',
  newWindow: '(откроется в новом окне)',
  units: ['Б', 'КБ', 'МБ', 'ГБ'],
  kinds: PRACTICE_KIND_LABELS_RU,
};

/** Words of the practice feed. */
export const practicesStrings = lazyEnglish(ru, () => import('./practices.strings.en.ts'));

/** The shape of the practice feed's words. */
export type PracticesStrings = typeof ru;
