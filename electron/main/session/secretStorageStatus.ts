import type { SecretStorageStatus } from '../../../shared/desktopApi';

/** The subset of Electron's safeStorage that the session store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store encrypts, or 'basic_text' for none. */
  getSelectedStorageBackend(): string;
}

/**
 * How well the session token is protected. On Linux without a secret service (kwallet,
 * gnome-keyring) safeStorage still "encrypts", but with a key built into Chromium: that is
 * obfuscation, and the user should be told.
 */
export function secretStorageStatus(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretStorageStatus {
  if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'basic_text';
  return 'encrypted';
}
