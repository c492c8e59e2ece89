import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables';

/**
 * Failed logins are counted in the database, so every server instance on one PostgreSQL
 * sees the same counts: 5 failures for one email or one address within 15 minutes block
 * further attempts for that key until the oldest failure leaves the window.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_LOGIN_FAILURES = 5;

export function loginKeys(email: string, ip: string): string[] {
  return [`email:${email}`, `ip:${ip}`];
}

export async function isLoginBlocked(db: Kysely<Database>, keys: string[], now: number): Promise<boolean> {
  const rows = await db
    .selectFrom('login_failures')
    .select(['key', (eb) => eb.fn.countAll().as('failures')])
    .where('key', 'in', keys)
    .where('at', '>', now - LOGIN_WINDOW_MS)
    .groupBy('key')
    .execute();
  return rows.some((row) => Number(row.failures) >= MAX_LOGIN_FAILURES);
}

export async function recordLoginFailure(db: Kysely<Database>, keys: string[], now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('login_failures').where('at', '<=', now - LOGIN_WINDOW_MS).execute();
    await trx.insertInto('login_failures').values(keys.map((key) => ({ key, at: now }))).execute();
  });
}

/** A successful login forgives that email's failures (not the address's). */
export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
