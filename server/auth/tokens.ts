import { createHash, randomBytes } from 'node:crypto';

/** Sessions last 30 days from login; logging in again gives a new token. */
export const TOKEN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** 32 random bytes, base64url: what the client holds. The server keeps only its hash. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough here (unlike passwords): the token is random, not guessable. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
