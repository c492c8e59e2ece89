import { describe, expect, it } from 'vitest';
import { secretStorageStatus, type SafeStorageLike } from './secretStorageStatus';

function fakeSafeStorage(available: boolean, backend: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(text),
    decryptString: (data) => data.toString(),
  };
}

describe('secretStorageStatus', () => {
  it('reports encryption by the OS secret store', () => {
    expect(secretStorageStatus(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')).toBe('encrypted');
    expect(secretStorageStatus(fakeSafeStorage(true, 'kwallet5'), 'linux')).toBe('encrypted');
    expect(secretStorageStatus(fakeSafeStorage(true, 'unknown'), 'darwin')).toBe('encrypted');
    expect(secretStorageStatus(fakeSafeStorage(true, 'unknown'), 'win32')).toBe('encrypted');
  });

  it("reports Linux's fixed-key fallback as basic_text", () => {
    expect(secretStorageStatus(fakeSafeStorage(true, 'basic_text'), 'linux')).toBe('basic_text');
  });

  it('reports unavailable when nothing can encrypt', () => {
    expect(secretStorageStatus(fakeSafeStorage(false, 'basic_text'), 'linux')).toBe('unavailable');
    expect(secretStorageStatus(fakeSafeStorage(false, 'unknown'), 'darwin')).toBe('unavailable');
  });
});
