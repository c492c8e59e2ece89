import { describe, expect, it } from 'vitest';
import { expectArgumentCount, parseExternalUrlArgument, parseSessionTokenArgument } from './ipcArguments';

describe('ipcArguments', () => {
  it('checks the argument count', () => {
    expect(() => expectArgumentCount('c', [], 0)).not.toThrow();
    expect(() => expectArgumentCount('c', [1, 2], 1)).toThrow('c: expected 1 argument(s), got 2.');
  });

  it('accepts only string URLs', () => {
    expect(parseExternalUrlArgument('c', 'https://x.example/')).toBe('https://x.example/');
    expect(() => parseExternalUrlArgument('c', new URL('https://x.example/'))).toThrow('c: the URL must be a string.');
  });

  it('accepts a bounded string token or null', () => {
    expect(parseSessionTokenArgument('c', 'abc')).toBe('abc');
    expect(parseSessionTokenArgument('c', null)).toBeNull();
    expect(() => parseSessionTokenArgument('c', 5)).toThrow('c: the token must be a string or null.');
  });
});
