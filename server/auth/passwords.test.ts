import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from './passwords';

describe('password hashes', () => {
  it('uses the production cost by default, salts every hash, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(new RegExp(`^scrypt\\$${DEFAULT_SCRYPT_COST}\\$8\\$1\\$[\\w+/=]{24}\\$[\\w+/=]{44}$`));
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
  });

  it('reads the cost from the stored hash, so the default can rise later', async () => {
    const cheap = await hashPassword('pw', 2 ** 4);
    expect(cheap.startsWith('scrypt$16$')).toBe(true);
    expect(await verifyPassword('pw', cheap)).toBe(true);
  });

  it('treats text the same whatever its Unicode normal form', async () => {
    const hash = await hashPassword('Caf\u00e9', 2 ** 4);
    expect(await verifyPassword('Cafe\u0301', hash)).toBe(true);
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    for (const stored of ['', 'plain', 'scrypt$x$8$1$c2FsdA==$aGFzaA==', 'bcrypt$16$8$1$c2FsdA==$aGFzaA==']) {
      expect(await verifyPassword('pw', stored)).toBe(false);
    }
  });
});
