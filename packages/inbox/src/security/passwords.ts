import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** ASVS 4.0 V2.1.1: at least 12 characters; V2.1.2: at least 64 allowed (we allow 128). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's baseline (19 MiB, 2 iterations, 1 lane):
 * about 70 ms per hash on the 2-core development machine.
 */
// `Algorithm` is an ambient const enum; 2 is its Argon2id.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Why a new password is refused. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_login';

/** zxcvbn-ts's list of ~49,000 most common passwords (from breach corpora), lower-cased. */
const COMMON = new Set(
  ((dictionary as Record<string, string[]>)['passwords-common'] ?? []).map((p) => p.toLowerCase()),
);

/** The list's size, for the settings page and tests. */
export const COMMON_PASSWORDS = COMMON.size;

/** Checks a new password against the policy; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  const lower = password.toLowerCase();
  // Lists hold short passwords; "qwerty123456" is as weak as "qwerty123" with digits appended.
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\d+$/, '')) || /^(.)\1+$/.test(lower))
    return 'common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_login';
  return null;
}

/** The stored form of a password (PHC string with its own salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** A hash of nothing anyone knows, verified for unknown accounts so timing does not tell. */
let decoy: Promise<string> | null = null;

/** True when `password` matches `stored`; an absent hash costs the same time and fails. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  decoy ??= hashPassword('decoy-password-never-valid');
  const target = stored ?? (await decoy);
  try {
    const ok = await verify(target, password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}
