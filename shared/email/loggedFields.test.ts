import { describe, expect, it } from 'vitest';
import { loggedFields } from './loggedFields';

describe('loggedFields', () => {
  it('folds the email source fields into the email entry', () => {
    expect(loggedFields(['email', 'manualEmail', 'platformEmail', 'status'])).toEqual(['email', 'status']);
  });

  it('keeps a source field that changed without the contact email changing', () => {
    expect(loggedFields(['platformEmail'])).toEqual(['platformEmail']);
    expect(loggedFields(['manualEmail', 'customName'])).toEqual(['manualEmail', 'customName']);
  });
});
