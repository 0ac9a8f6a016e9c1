// Writes a valid ~1 MB feed to <tmpdir>/feed-1mb.json and times `metodika validate` on it.
// The number for reports comes from the machine's timer:
//   node bench/validate-1mb.mjs --write-only
//   farm-bench -- node packages/feed/bin/metodika.js validate /tmp/feed-1mb.json
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_BYTES = 1_000_000;
const BIN = fileURLToPath(new URL('../packages/feed/bin/metodika.js', import.meta.url));

const pad = (n) => String(n).padStart(2, '0');
const subjects = ['math', 'rus', 'phys', 'chem', 'bio', 'hist', 'geo', 'inf', 'eng', 'lit'];

/** A deterministic feed shaped like a busy district's: many events, practices with attachments. */
function makeFeed(scale) {
  const organizations = Array.from({ length: 60 }, (_, i) => ({
    id: `org${i}`,
    name: `МБОУ СОШ № ${i + 1} Кузнецкого района`,
    type: i % 5 === 0 ? 'kindergarten' : 'school',
    address: `г. Кузнецк, ул. Ленина, ${i + 1}`,
    roles: i % 4 === 0 ? [{ role: 'base-school', level: 'municipal' }] : undefined,
  }));
  const people = Array.from({ length: 80 }, (_, i) => ({
    id: `p${i}`,
    name: `Иванова Анна Петровна ${i}`,
    position: 'методист',
    organization: `org${i % 60}`,
    email: `person${i}@example.ru`,
    publicConsent: true,
  }));
  const associations = Array.from({ length: 40 }, (_, i) => ({
    id: `a${i}`,
    name: `РМО учителей предмета ${i}`,
    kind: 'rmo',
    leader: `p${i}`,
    subjects: [subjects[i % 10]],
    baseOrganizations: [`org${i % 60}`],
    theme: 'Формирование функциональной грамотности обучающихся в условиях реализации ФООП',
    links: [{ title: 'План работы', url: `https://metod.example.ru/plan-${i}.pdf`, kind: 'plan' }],
  }));
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
    publisher: {
      id: 'kuz',
      name: 'Методический кабинет МКУ «ЦРМХ» Кузнецкого района',
      timeZone: 'Europe/Moscow',
    },
    taxonomies: { subjects: subjects.map((id) => ({ id, label: `Предмет ${id}` })) },
    organizations,
    people,
    events,
    associations,
    practices,
  };
}

let scale = 100;
let text = JSON.stringify(makeFeed(scale), null, 2);
// Grow the event count until the file is about 1 MB.
for (
  let step = 0;
  step < 5 && Math.abs(Buffer.byteLength(text) - TARGET_BYTES) > TARGET_BYTES / 50;
  step++
) {
  scale = Math.round((scale * TARGET_BYTES) / Buffer.byteLength(text));
  text = JSON.stringify(makeFeed(scale), null, 2);
}
const file = join(tmpdir(), 'feed-1mb.json');
writeFileSync(file, text);
console.log(`${file}: ${Buffer.byteLength(text)} bytes, ${scale} events`);

if (!process.argv.includes('--write-only')) {
  const times = [];
  for (let run = 0; run < 6; run++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [BIN, 'validate', file, '--json'], { stdio: 'ignore' });
    if (run > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `validate: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms over ${times.length} runs`,
  );
}
