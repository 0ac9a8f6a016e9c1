// Deterministic feeds for the benches that the tests have no generator for: a busy district's
// whole feed grown to a byte size (the parse + validation figures) and an association directory.

const pad = (n) => String(n).padStart(2, '0');
const subjects = ['math', 'rus', 'phys', 'chem', 'bio', 'hist', 'geo', 'inf', 'eng', 'lit'];

const publisher = {
  id: 'kuz',
  name: 'Методический кабинет МКУ «ЦРМХ» Кузнецкого района',
  timeZone: 'Europe/Moscow',
};
const taxonomies = { subjects: subjects.map((id) => ({ id, label: `Предмет ${id}` })) };

function organizations(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `org${i}`,
    name: `МБОУ СОШ № ${i + 1} Кузнецкого района`,
    type: i % 5 === 0 ? 'kindergarten' : 'school',
    address: `г. Кузнецк, ул. Ленина, ${i + 1}`,
    roles: i % 4 === 0 ? [{ role: 'base-school', level: 'municipal' }] : undefined,
  }));
}

function people(count, orgs) {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `Иванова Анна Петровна ${i}`,
    position: 'методист',
    organization: `org${i % orgs}`,
    email: `person${i}@example.ru`,
    publicConsent: true,
  }));
}

function associations(count, { orgs, persons }) {
  const kinds = ['rmo', 'shmo', 'creative-group', 'problem-group', 'network-community'];
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    name: `РМО учителей предмета ${i}`,
    kind: kinds[i % kinds.length],
    level: i % 3 ? 'municipal' : 'school',
    leader: `p${i % persons}`,
    subjects: [subjects[i % 10]],
    baseOrganizations: [`org${i % orgs}`],
    theme: 'Формирование функциональной грамотности обучающихся в условиях реализации ФООП',
    meetings: 'Один раз в четверть, 10:00',
    memberCount: 10 + (i % 30),
    links: [{ title: 'План работы', url: `https://metod.example.ru/plan-${i}.pdf`, kind: 'plan' }],
  }));
}

/** A district's feed with `scale` events and scale / 4 practices, 60 schools, 40 associations. */
function districtFeed(scale) {
  const events = Array.from({ length: scale }, (_, i) => {
    const day = (i % 28) + 1;
    const month = (Math.floor(i / 28) % 12) + 1;
    return {
      id: `e${i}`,
      title: `Семинар-практикум «Функциональная грамотность: шаг ${i}»`,
      kind: 'workshop',
      start: `2026-${pad(month)}-${pad(day)}T10:00:00+03:00`,
      end: `2026-${pad(month)}-${pad(day)}T12:00:00+03:00`,
      venue: { organization: `org${i % 60}`, room: `каб. ${i % 30}` },
      subjects: [subjects[i % 10], subjects[(i + 3) % 10]],
      associations: [`a${i % 40}`],
      responsible: `p${i % 80}`,
      registration: { url: `https://forms.example.ru/e${i}`, capacity: 30 },
      description:
        'На семинаре участники разберут приёмы формирования читательской и математической грамотности, ' +
        'обсудят задания PISA-типа и составят банк заданий для своих уроков.\n\nВозьмите с собой ноутбук.',
      materials: [
        { title: 'Программа семинара', url: `https://metod.example.ru/e${i}.pdf`, when: 'before' },
      ],
    };
  });
  const practices = Array.from({ length: Math.round(scale / 4) }, (_, i) => ({
    id: `pr${i}`,
    title: `Методическая разработка урока № ${i}`,
    summary: 'Урок-исследование с элементами проектной деятельности для 7–9 классов.',
    authors: [{ name: `Петрова Мария ${i}`, position: 'учитель', organization: `org${i % 60}` }],
    published: '2026-10-15',
    kind: 'lesson-plan',
    subjects: [subjects[i % 10]],
    attachments: [{ title: 'Конспект', url: `https://metod.example.ru/pr${i}.docx`, size: 120000 }],
  }));
  return {
    version: 1,
    generatedAt: '2026-11-20T09:00:00+03:00',
    publisher,
    taxonomies,
    organizations: organizations(60),
    people: people(80, 60),
    events,
    associations: associations(40, { orgs: 60, persons: 80 }),
    practices,
  };
}

/**
 * The district feed as pretty-printed JSON (two-space indent, as feeds are usually published),
 * its event count grown until the text is within 2 % of `bytes`.
 */
export function feedOfSize(bytes) {
  let scale = 100;
  let text = JSON.stringify(districtFeed(scale), null, 2);
  for (let step = 0; step < 6 && Math.abs(Buffer.byteLength(text) - bytes) > bytes / 50; step++) {
    scale = Math.round((scale * bytes) / Buffer.byteLength(text));
    text = JSON.stringify(districtFeed(scale), null, 2);
  }
  return { text, events: scale };
}

/** An association directory: `count` associations, their leaders and base schools. */
export function directoryFeed(count) {
  const orgs = Math.max(1, Math.round(count / 5));
  const persons = count;
  return {
    version: 1,
    generatedAt: '2026-11-20T09:00:00+03:00',
    publisher,
    taxonomies,
    organizations: organizations(orgs),
    people: people(persons, orgs),
    associations: associations(count, { orgs, persons }),
  };
}
