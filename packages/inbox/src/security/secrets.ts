import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for a session, a one-time link or an API token (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token: its SHA-256. A leaked database copy then opens no
 * session and no link; the tokens are random, so a fast hash is enough (no salt needed).
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
