import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './isPermissionAllowed';

describe('isPermissionAllowed', () => {
  it('allows only sanitized clipboard writes', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'unknown']) {
      expect(isPermissionAllowed(permission), permission).toBe(false);
    }
  });
});
