/**
 * Links for holding safe-url.ts's shortcut to `new URL`: near misses of the shortcut's pattern
 * (numeric and punycode hosts, odd ports, control characters) and seeded random URL-like text.
 * The tests compare every one with safe-url.ts's `parsedProtocol`, the check without the shortcut.
 */

import { prng } from './prng.ts';

const NEAR_MISSES = [
  'https://example.ru/',
  'https://example.ru',
  'http://example.ru:8080/x?y#z',
  'http://example.ru:99999/',
  'http://example.ru:/',
  'http://example.ru.',
  'http://example.ru./x',
  'http://1.2.3.4/',
  'http://1.2.3.999/',
  'http://999999999999/',
  'http://0x7f.1/',
  'http://a.0x7f/',
  'http://a.1e/',
  'http://-a-.b-/',
  'http://a..b/',
  'http://.a/',
  'http://xn--/',
  'http://xn--zz.ru/',
  'http://a.xn--p1ai/',
  'http://XN--p1ai.ru/',
  'http://a_b.ru/',
  'http://a%41.ru/',
  'http://a b.ru/',
  'http://user@a.ru/',
  'http://a.ru@b.ru/',
  'http://a.ru\\b',
  'http://a.ru/\\b',
  'http://a.ru/\tb',
  'http://a.ru/\u0000',
  'http://a.ru/\u007f',
  'http://a.ru/\u0085',
  'http://a.ru/\ud800',
  'http://[::1]/',
  'http:a.ru',
  'http:/a.ru',
  'http:///a.ru',
  'HTTP://A.RU/',
  'httpS://a.ru/',
  'https://a.ru?x',
  'https://a.ru#x',
  `https://a.ru/${'x'.repeat(1990)}`,
  `https://a.ru/${'x'.repeat(2100)}`,
  `https://${'a'.repeat(70)}.ru/`,
  'https://пример.рф/',
  'mailto:metod@example.ru',
  'tel:+7 841 573-12-45',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
];

const SCHEMES = ['http://', 'https://', 'HTTP://', 'http:/', 'http:', 'javascript:', 'mailto:', ''];
const HOST_PARTS = [
  'a',
  'Z',
  'ru',
  '0',
  '9',
  '1',
  '255',
  '256',
  '0x',
  'f',
  '-',
  '.',
  'xn--',
  'xn--p1ai',
  '_',
  '%2e',
  ' ',
  '\t',
  '@',
  ':',
  '[',
  ']',
  'я',
  '\u00ad',
  '\ufeff',
];
const PORTS = ['', ':', ':0', ':80', ':8080', ':65535', ':65536', ':99999', ':a'];
const TAILS = [
  '',
  '/',
  '?',
  '#',
  '/x y',
  '/a\u0000',
  '/\u001f',
  '/\u007f',
  '/\\',
  '?q=1&r=я',
  '#\ud800',
  '/%zz',
  '/..',
  '/@:[]',
];

/** `count` random URL-like strings, the same ones for the same seed. */
function randomUrls(count: number, seed: number): string[] {
  const random = prng(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    let host = '';
    for (let n = Math.floor(random() * 6); n >= 0; n--) host += pick(HOST_PARTS);
    return pick(SCHEMES) + host + pick(PORTS) + pick(TAILS);
  });
}

/** The near misses and `count` random strings. */
export const urlCorpus = (count: number): string[] => [...NEAR_MISSES, ...randomUrls(count, 15)];
