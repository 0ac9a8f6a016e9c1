import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedInput } from '../src/index.ts';

/** The real launcher, as a user runs it. */
export const BIN = fileURLToPath(new URL('../bin/metodika.js', import.meta.url));

/** What a CLI run left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node bin/metodika.js …args` with no TTY and no NO_COLOR unless given. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'metodika-cli-'));
}

/** Writes JSON (or text) into `dir/name` and returns the path. */
export async function writeTemp(dir: string, name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** A valid feed that uses every part of the format: nested objects, numbered lists, multi-line text. */
export function sampleFeed(): FeedInput & Record<string, unknown> {
  return {
    version: 1,
    generatedAt: '2026-11-20T09:00:00+03:00',
    publisher: {
      id: 'kuz',
      name: 'Методический кабинет МКУ «ЦРМХ» Кузнецкого района',
      shortName: 'Методкабинет',
      kind: 'методический кабинет',
      region: 'Пензенская область',
      timeZone: 'Europe/Moscow',
      site: 'https://metod.example.ru/',
      email: 'metod@example.ru',
      phone: '+7 (84157) 3-12-45',
    },
    taxonomies: {
      subjects: [
        { id: 'math', label: 'Математика', labelEn: 'Mathematics' },
        { id: 'rus', label: 'Русский язык' },
      ],
      audiences: [{ id: 'young', label: 'Молодые педагоги' }],
      directions: [{ id: 'dou', label: 'ДОУ' }],
      tags: [{ id: 'fgos', label: 'ФГОС' }],
    },
    consultation: {
      endpoint: 'https://inbox.example.ru/requests',
      topics: [
        { id: 'attest', label: 'Аттестация' },
        { id: 'gia', label: 'Подготовка к ГИА, ЕГЭ' },
      ],
      methodists: ['p1'],
      formats: ['online', 'phone'],
      responseDays: 5,
      consent: {
        operator: 'МКУ «ЦРМХ»',
        purpose: 'Ответ на запрос о консультации',
        retention: '1 год',
        withdrawal: 'Письмом на metod@example.ru',
        text: 'Я даю согласие на обработку персональных данных;\nпервый абзац, с запятой.\n\nВторой абзац.',
        version: '2026-09',
        policyUrl: 'https://metod.example.ru/policy',
      },
    },
    organizations: [
      {
        id: 'sch1',
        name: 'МБОУ СОШ № 1 г. Кузнецка',
        type: 'school',
        address: 'г. Кузнецк, ул. Ленина, 1',
        roles: [
          { role: 'base-school', level: 'municipal' },
          {
            role: 'innovation-site',
            level: 'regional',
            topic: 'Наставничество; сетевое взаимодействие',
            since: '2025-09-01',
          },
        ],
      },
      { id: 'dou5', name: 'МБДОУ детский сад № 5', type: 'kindergarten' },
    ],
    people: [
      {
        id: 'p1',
        name: 'Иванова Анна Петровна',
        position: 'методист',
        organization: 'sch1',
        directions: ['dou'],
        email: 'ivanova@example.ru',
        phone: '+7 900 000-00-00',
        publicConsent: true,
      },
    ],
    events: [
      {
        id: 'e1',
        title: 'Семинар «Функциональная грамотность: читаем, считаем, рассуждаем»',
        kind: 'seminar',
        start: '2026-11-25T10:00:00+03:00',
        end: '2026-11-25T12:30:00+03:00',
        venue: { organization: 'sch1', room: 'каб. 12' },
        audiences: ['young'],
        subjects: ['math', 'rus'],
        responsible: 'p1',
        registration: { url: 'https://forms.example.ru/e1', deadline: '2026-11-23', capacity: 30 },
        description: 'Первый абзац; с точкой с запятой, и запятой.\n\nВторой абзац "в кавычках".',
        materials: [
          { title: 'Программа', url: 'https://metod.example.ru/e1.pdf', when: 'before' },
          { title: 'Презентация', url: 'https://metod.example.ru/e1.pptx', when: 'after' },
        ],
        sequence: 2,
        updatedAt: '2026-11-19T15:00:00+03:00',
      },
      {
        id: 'e2',
        title: 'Неделя мастерства',
        kind: 'mastery-week',
        start: '2026-12-01',
        end: '2026-12-05',
      },
      {
        id: 'e3',
        title: 'Вебинар для наставников',
        kind: 'webinar',
        start: '2026-12-10T15:00:00+03:00',
        status: 'cancelled',
        statusNote: 'Перенесён на январь',
        format: 'online',
        onlineUrl: 'https://meet.example.ru/e3',
      },
    ],
    associations: [
      {
        id: 'rmo-math',
        name: 'РМО учителей математики',
        kind: 'rmo',
        leader: 'p1',
        subjects: ['math'],
        baseOrganizations: ['sch1'],
        memberCount: 24,
        links: [{ title: 'План работы', url: 'https://metod.example.ru/plan.pdf', kind: 'plan' }],
      },
    ],
    practices: [
      {
        id: 'pr1',
        title: 'Кейс-метод на уроках математики',
        authors: [
          { name: 'Петрова Мария Ивановна', position: 'учитель', organization: 'sch1' },
          { name: 'Сидоров Иван', organizationName: 'МБОУ СОШ с. Махалино' },
        ],
        published: '2026-10-15',
        kind: 'methodical-development',
        tags: ['fgos'],
        association: 'rmo-math',
        event: 'e1',
        attachments: [
          {
            title: 'Разработка',
            url: 'https://metod.example.ru/pr1.docx',
            mediaType: 'application/msword',
            size: 120000,
          },
        ],
        cover: {
          url: 'https://metod.example.ru/pr1.jpg',
          alt: 'Ученики решают задачу',
          width: 800,
          height: 600,
        },
        featured: true,
      },
    ],
  };
}
