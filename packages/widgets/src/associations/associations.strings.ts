import {
  ASSOCIATION_KIND_LABELS_RU,
  ORGANIZATION_ROLE_LABELS_RU,
  type PluralForms,
} from '@metodika/feed';
import { lazyEnglish } from '../base/i18n/locale.ts';

const ru = {
  title: 'Методические объединения',
  platforms: 'Базовые школы и площадки',
  search: 'Поиск по объединениям',
  searchPlatforms: 'Поиск по организациям',
  associations: {
    one: 'объединение',
    few: 'объединения',
    many: 'объединений',
    other: 'объединения',
  } as PluralForms,
  organizations: {
    one: 'организация',
    few: 'организации',
    many: 'организаций',
    other: 'организации',
  } as PluralForms,
  members: {
    one: 'участник',
    few: 'участника',
    many: 'участников',
    other: 'участника',
  } as PluralForms,
  empty: 'Объединений пока нет.',
  emptyPlatforms: 'Площадок пока нет.',
  notFound: 'Объединение не найдено.',
  facets: {
    kind: 'Вид объединения',
    level: 'Уровень',
    subjects: 'Предмет',
    educationLevels: 'Уровень образования',
    audiences: 'Для кого',
    role: 'Статус',
    roleLevel: 'Уровень',
  },
  theme: 'Методическая тема',
  leader: 'Руководитель',
  base: 'Базовая организация',
  meetings: 'Заседания',
  /** The rhythm of its series in words, from their rules. */
  rhythm: 'Расписание',
  nextMeetings: 'Ближайшие встречи',
  cancelled: 'отменена',
  movedFrom: (day: string) => `перенесена с ${day}`,
  memberCount: 'Участников',
  links: 'Документы и ссылки',
  upcoming: 'Ближайшие мероприятия',
  upcomingHere: 'Ближайшие мероприятия на площадке',
  basedHere: 'Объединения на базе организации',
  noUpcoming: 'Ближайших мероприятий нет.',
  practices: 'Практики участников',
  details: 'Подробнее',
  address: 'Адрес',
  site: 'Сайт',
  since: (day: string) => `с ${day}`,
  until: (day: string) => `по ${day}`,
  newWindow: '(откроется в новом окне)',
  levels: { municipal: 'Муниципальный', school: 'Школьный' } as Record<string, string>,
  kinds: ASSOCIATION_KIND_LABELS_RU,
  roles: ORGANIZATION_ROLE_LABELS_RU as Record<string, string>,
  roleLevels: {
    federal: 'федеральный уровень',
    regional: 'региональный уровень',
    municipal: 'муниципальный уровень',
  } as Record<string, string>,
};

/** Words of the association directory. */
export const associationsStrings = lazyEnglish(ru, () => import('./associations.strings.en.ts'));

/** The shape of the directory's words. */
export type AssociationsStrings = typeof ru;
