import { join } from 'node:path';
import type { SecretStorageStatus } from '../../../shared/desktopApi';
import { secretStorageStatus, type SafeStorageLike } from './secretStorageStatus';

export const SESSION_FILE = 'session.bin';

/** The fs/promises functions the store needs; tests pass the real ones on a temp dir. */
export interface SessionFileSystem {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: Uint8Array, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export interface SessionStoreOptions {
  userDataDir: string;
  safeStorage: SafeStorageLike;
  fs: SessionFileSystem;
  platform: NodeJS.Platform;
}

export interface SessionStore {
  load(): Promise<string | null>;
  save(token: string | null): Promise<void>;
  status(): SecretStorageStatus;
}

/**
 * Keeps the session token in userData/session.bin, encrypted with safeStorage. The token
 * never touches disk in the clear: without encryption it is not saved at all.
 */
export function createSessionStore({ userDataDir, safeStorage, fs, platform }: SessionStoreOptions): SessionStore {
  const file = join(userDataDir, SESSION_FILE);
  const status = (): SecretStorageStatus => secretStorageStatus(safeStorage, platform);

  return {
    status,

    async load() {
      if (status() === 'unavailable') return null;
      let encrypted: Buffer;
      try {
        encrypted = await fs.readFile(file);
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
      try {
        return safeStorage.decryptString(encrypted);
      } catch {
        // Written under another OS account or key (a restored backup, a reset keyring):
        // it can never be read again, so sign in afresh.
        await fs.rm(file, { force: true });
        return null;
      }
    },

    async save(token) {
      if (token === null) {
        await fs.rm(file, { force: true });
        return;
      }
      if (status() === 'unavailable') {
        throw new Error('Cannot save the session: this system offers no way to encrypt it.');
      }
      // Write then rename, so a crash mid-write leaves the old session, not half a file.
      const temporary = `${file}.tmp`;
      await fs.writeFile(temporary, safeStorage.encryptString(token), { mode: 0o600 });
      await fs.rename(temporary, file);
    },
  };
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
