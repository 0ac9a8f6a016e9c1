import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAuthorized } from '../src/auth.ts';
import { ConfigError, DEFAULTS, loadConfig } from '../src/config.ts';
import { csvField, toCsv } from '../src/csv.ts';
import { pickLang } from '../src/lang.ts';
import { originMatcher } from '../src/origins.ts';
import { retentionCutoff } from '../src/retention.ts';
import { detectSpam } from '../src/spam.ts';
import { formatNumber, normalizePhone } from '../src/store/row.ts';
import { localYear } from '../src/time.ts';
import { validRequest } from './helpers.ts';

describe('config', () => {
  test('defaults apply when the environment is empty', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.dbPath, './data/inbox.sqlite');
    assert.equal(config.retentionDays, 365);
    assert.equal(config.minFillMs, 3000);
    assert.equal(config.bodyLimit, 32 * 1024);
    assert.equal(config.trustProxy, false);
    assert.deepEqual(config.allowedOrigins, []);
    assert.deepEqual({ ...config, token: null }, DEFAULTS);
  });

  test('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      INBOX_DB: '/var/lib/inbox/inbox.sqlite',
      INBOX_ALLOWED_ORIGINS: 'https://school1.ru/, https://*.edu.ru',
      INBOX_TOKEN: 'x'.repeat(32),
      INBOX_TRUST_PROXY: '10.0.0.1,10.0.0.0/8',
      INBOX_RATE_LIMIT: '5',
      INBOX_RETENTION_DAYS: '30',
      INBOX_TIME_ZONE: 'Asia/Vladivostok',
      INBOX_SMTP_URL: 'smtp://mail.example.ru:25',
      INBOX_MAIL_FROM: 'inbox@example.ru',
      INBOX_MAIL_TO: 'metod@example.ru',
    });
    assert.equal(config.port, 9000);
    assert.deepEqual(config.allowedOrigins, ['https://school1.ru', 'https://*.edu.ru']);
    assert.equal(config.trustProxy, '10.0.0.1,10.0.0.0/8');
    assert.equal(config.rateLimitMax, 5);
    assert.equal(config.retentionDays, 30);
    assert.equal(config.timeZone, 'Asia/Vladivostok');
    assert.equal(loadConfig({ INBOX_TRUST_PROXY: '1' }).trustProxy, 1);
    assert.equal(loadConfig({ INBOX_TRUST_PROXY: 'true' }).trustProxy, true);
  });

  test('names each bad variable in one error', () => {
    assert.throws(
      () =>
        loadConfig({
          PORT: 'eighty',
          INBOX_RETENTION_DAYS: '0',
          INBOX_ALLOWED_ORIGINS: 'school1.ru',
          INBOX_DATABASE_URL: 'mysql://x',
          INBOX_SMTP_URL: 'smtp://mail',
          INBOX_TIME_ZONE: 'Moscow',
          INBOX_TOKEN: 'short',
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        const names = error.problems.map((p) => p.split(':')[0]);
        assert.deepEqual(names.sort(), [
          'INBOX_ALLOWED_ORIGINS',
          'INBOX_DATABASE_URL',
          'INBOX_MAIL_FROM',
          'INBOX_MAIL_TO',
          'INBOX_RETENTION_DAYS',
          'INBOX_TIME_ZONE',
          'INBOX_TOKEN',
          'PORT',
        ]);
        assert.match(error.message, /PORT: expected a whole number/);
        return true;
      },
    );
    assert.throws(() => loadConfig({ INBOX_TOKEN: 'short' }), /INBOX_TOKEN: too short/);
  });
});

describe('helpers', () => {
  test('language: form locale first, then Accept-Language by q, then Russian', () => {
    assert.equal(pickLang({ locale: 'en' }, 'ru'), 'en');
    assert.equal(pickLang({ locale: 'de' }, 'de-DE,en;q=0.8,ru;q=0.5'), 'en');
    assert.equal(pickLang(null, 'ru;q=0.4, en-US;q=0.6'), 'en');
    assert.equal(pickLang(null, 'en;q=0.3,ru'), 'ru');
    assert.equal(pickLang(null, 'de'), 'ru');
    assert.equal(pickLang(null, undefined), 'ru');
  });

  test('origins: exact entries and subdomain wildcards, nothing else', () => {
    const allowed = originMatcher([
      'https://school1.ru',
      'https://*.edu.ru',
      'http://localhost:5173',
    ]);
    assert.equal(allowed('https://school1.ru'), true);
    assert.equal(allowed('HTTPS://SCHOOL1.RU'), true);
    assert.equal(allowed('http://school1.ru'), false);
    assert.equal(allowed('https://school1.ru.evil.com'), false);
    assert.equal(allowed('https://gym.kuzn.edu.ru'), true);
    assert.equal(allowed('https://edu.ru'), false);
    assert.equal(allowed('https://evil-edu.ru'), false);
    assert.equal(allowed('https://x.edu.ru:8443'), false);
    assert.equal(allowed('http://localhost:5173'), true);
    assert.equal(originMatcher([])('https://school1.ru'), false);
  });

  test('bearer token: exact match only', () => {
    const token = 'a'.repeat(30);
    assert.equal(isAuthorized(`Bearer ${token}`, token), true);
    assert.equal(isAuthorized(`bearer ${token}`, token), true);
    assert.equal(isAuthorized(`Bearer ${token}x`, token), false);
    assert.equal(isAuthorized(`Bearer ${'a'.repeat(29)}`, token), false);
    assert.equal(isAuthorized(token, token), false);
    assert.equal(isAuthorized(undefined, token), false);
    assert.equal(isAuthorized(`Bearer ${token}`, null), false);
  });

  test('spam: honeypot, then speed; a missing fillMs is not spam', () => {
    assert.equal(detectSpam(validRequest({ website: 'x' }), 3000), 'honeypot');
    assert.equal(detectSpam(validRequest({ website: '  ' }), 3000), null);
    assert.equal(detectSpam(validRequest({ fillMs: 2999 }), 3000), 'too-fast');
    assert.equal(detectSpam(validRequest({ fillMs: undefined }), 3000), null);
  });

  test('numbers and phones', () => {
    assert.equal(formatNumber(2026, 123), 'К-2026-000123');
    assert.equal(normalizePhone('+7 (912) 345-67-89'), '79123456789');
    assert.equal(normalizePhone('8 912 345 67 89'), '79123456789');
    assert.equal(normalizePhone('912 345 67 89'), '79123456789');
    assert.equal(normalizePhone('+7 (84157) 3-12-45 доб. 12'), '78415731245');
  });

  test('year and retention are computed in the right frame', () => {
    const newYearInVladivostok = new Date('2026-12-31T15:30:00Z');
    assert.equal(localYear(newYearInVladivostok, 'Asia/Vladivostok'), 2027);
    assert.equal(localYear(newYearInVladivostok, 'Europe/Moscow'), 2026);
    assert.equal(
      retentionCutoff(new Date('2026-11-23T00:00:00Z'), 365).toISOString(),
      '2025-11-23T00:00:00.000Z',
    );
  });

  test('csv fields are quoted and formulas defused', () => {
    assert.equal(csvField('просто текст'), '"просто текст"');
    assert.equal(csvField('a;b "c"'), '"a;b ""c"""');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('-1'), `"'-1"`);
    assert.equal(csvField(undefined), '""');
    assert.equal(
      toCsv([], 'Europe/Moscow', 'en').split('\r\n')[0]?.slice(0, 18),
      '\uFEFF"Number";"Status"',
    );
  });
});

test("a bare date in a period is a day in the department's zone", async () => {
  const { periodBound } = await import('../src/time.ts');
  assert.equal(periodBound('2026-11-05', 'from', 'Asia/Vladivostok'), '2026-11-04T14:00:00.000Z');
  assert.equal(periodBound('2026-11-05', 'to', 'Asia/Vladivostok'), '2026-11-05T14:00:00.000Z');
  assert.equal(periodBound('2026-12-31', 'to', 'Europe/Moscow'), '2026-12-31T21:00:00.000Z');
  assert.equal(
    periodBound('2026-11-05T10:00:00+03:00', 'from', 'Asia/Vladivostok'),
    '2026-11-05T07:00:00.000Z',
  );
  assert.equal(periodBound('5 ноября', 'from', 'Europe/Moscow'), null);
});
