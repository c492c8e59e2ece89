import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionStore } from './createSessionStore';
import type { SafeStorageLike } from './secretStorageStatus';

// A stand-in for safeStorage that really transforms the bytes (XOR with a key), so the
// tests can see the token is not written in the clear and that a different key fails.
function xorSafeStorage(key: number, options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const MAGIC = 'v10';
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => Buffer.concat([Buffer.from(MAGIC), Buffer.from(text).map((byte) => byte ^ key), Buffer.from([key])]),
    decryptString: (data) => {
      if (data.subarray(0, 3).toString() !== MAGIC || data.at(-1) !== key) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(data.subarray(3, -1).map((byte) => byte ^ key)).toString();
    },
  };
}

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'crm-session-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('createSessionStore', () => {
  it('saves the token encrypted to userData/session.bin and loads it back', async () => {
    const store = createSessionStore({ userDataDir: userData, safeStorage: xorSafeStorage(7), fs, platform: 'linux' });
    expect(await store.load()).toBeNull();
    await store.save('secret-session-token');
    const onDisk = readFileSync(join(userData, 'session.bin'));
    expect(onDisk.toString('latin1')).not.toContain('secret-session-token');
    expect(existsSync(join(userData, 'session.bin.tmp'))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(join(userData, 'session.bin')).mode & 0o077).toBe(0);
    expect(await store.load()).toBe('secret-session-token');
  });

  it('forgets the token when saved as null', async () => {
    const store = createSessionStore({ userDataDir: userData, safeStorage: xorSafeStorage(7), fs, platform: 'linux' });
    await store.save('token');
    await store.save(null);
    expect(existsSync(join(userData, 'session.bin'))).toBe(false);
    expect(await store.load()).toBeNull();
    await expect(store.save(null)).resolves.toBeUndefined();
  });

  it('drops a session that can no longer be decrypted', async () => {
    await createSessionStore({ userDataDir: userData, safeStorage: xorSafeStorage(7), fs, platform: 'linux' }).save('token');
    const otherKey = createSessionStore({ userDataDir: userData, safeStorage: xorSafeStorage(9), fs, platform: 'linux' });
    expect(await otherKey.load()).toBeNull();
    expect(existsSync(join(userData, 'session.bin'))).toBe(false);
  });

  it('refuses to save without encryption, and loads nothing', async () => {
    writeFileSync(join(userData, 'session.bin'), 'whatever');
    const store = createSessionStore({ userDataDir: userData, safeStorage: xorSafeStorage(7, { available: false }), fs, platform: 'linux' });
    expect(store.status()).toBe('unavailable');
    await expect(store.save('token')).rejects.toThrow('no way to encrypt');
    expect(await store.load()).toBeNull();
  });

  it("reports Linux's basic_text fallback but still works", async () => {
    const store = createSessionStore({ userDataDir: userData, safeStorage: xorSafeStorage(7, { backend: 'basic_text' }), fs, platform: 'linux' });
    expect(store.status()).toBe('basic_text');
    await store.save('token');
    expect(await store.load()).toBe('token');
  });
});
