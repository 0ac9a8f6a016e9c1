import * as z from 'zod/mini';
import { isSafeUrl, isWebUrl } from '../safe-url.ts';

/** Length limits: long enough for real texts, short enough that a pasted document is caught. */
export const LIMITS = {
  id: 64,
  short: 120,
  title: 300,
  text: 2000,
  longText: 10000,
  url: 2000,
  list: 50,
} as const;

/** Stable identifier that other items refer to. Letters, digits, `-`, `_`, `.`; namespaced ids add `:`. */
export const id = z
  .string()
  .check(z.minLength(1), z.maxLength(LIMITS.id), z.regex(/^[\p{L}\p{N}_.:-]+$/u));

export const text = (max: number = LIMITS.short) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Any link a visitor may follow: http(s), mailto or tel. `javascript:` and friends never pass. */
export const linkUrl = z
  .string()
  .check(z.maxLength(LIMITS.url), z.refine(isSafeUrl, { error: 'unsafe_url' }));

/** A web page or file: http(s) only. */
export const webUrl = z
  .string()
  .check(z.maxLength(LIMITS.url), z.refine(isWebUrl, { error: 'web_url' }));

export const email = z.email().check(z.maxLength(LIMITS.short));

/** Russian phone numbers are written many ways; accept digits with the usual separators. */
export const phone = z
  .string()
  .check(z.maxLength(40), z.regex(/^\+?[\d\s()\-–]{5,}(?:\s*(?:доб\.?|ext\.?)\s*\d+)?$/));

export const dateTime = z.iso.datetime({ offset: true });
export const date = z.iso.date();
/** A moment with its UTC offset, or an all-day date. */
export const when = z.union([dateTime, date]);

export const idList = z.array(id).check(z.maxLength(LIMITS.list));

/** Label for a taxonomy entry: Russian required, English optional. */
export const labelled = {
  id,
  label: text(),
  labelEn: z.optional(text()),
};
