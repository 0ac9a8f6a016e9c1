import { makeFeed } from '../../../../test/embed/fixtures/make-feed.ts';

/** Where the test feeds say requests go; tests answer it with a stub or reroute it. */
export const ENDPOINT = 'https://inbox.example/api/consultations';

/** A generated feed with consultation settings, methodists and organizations. */
export function consultationFeed(endpoint = ENDPOINT): object {
  return {
    ...makeFeed(1),
    organizations: [
      { id: 'metod', name: 'Методический кабинет', type: 'methodical-centre' },
      { id: 'school1', name: 'МБОУ СОШ № 1', type: 'school' },
    ],
    people: [
      {
        id: 'kireeva',
        name: 'Киреева Наталья Викторовна',
        position: 'Заведующий кабинетом',
        organization: 'metod',
      },
      {
        id: 'lapshina',
        name: 'Лапшина Ирина Сергеевна',
        position: 'Методист',
        organization: 'metod',
      },
      { id: 'other', name: 'Не методист' },
    ],
    consultation: {
      endpoint,
      topics: [
        { id: 'attestation', label: 'Аттестация педагогов', labelEn: 'Teacher appraisal' },
        { id: 'fgos', label: 'ФГОС и ФООП', labelEn: 'Standards' },
      ],
      methodists: ['kireeva', 'lapshina'],
      formats: ['in-person', 'online'],
      responseDays: 3,
      consent: {
        operator: 'МКУ «Методический центр»',
        operatorAddress: 'г. Кузнецк, ул. Комсомольская, 45',
        purpose: 'Рассмотрение обращения и консультация.',
        retention: 'Один год со дня ответа.',
        withdrawal: 'Заявлением на metod@example.ru.',
        text: 'Я даю согласие на обработку персональных данных.\n\nСогласие действует один год.',
        version: '2026-09-01',
        policyUrl: 'https://metod.example/policy/',
      },
    },
  };
}
