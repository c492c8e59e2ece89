import { describe, expect, it } from 'vitest';
import { saveWindowState } from './saveWindowState';

describe('saveWindowState', () => {
  it('reports a failed write instead of throwing while the window closes', () => {
    const warnings: string[] = [];
    const failingWrite = (): void => {
      throw new Error('EACCES: permission denied');
    };
    expect(() => saveWindowState('/nowhere', '{}', failingWrite, (m) => warnings.push(m))).not.toThrow();
    expect(warnings).toEqual(['Could not save the window state: EACCES: permission denied']);
  });
});
