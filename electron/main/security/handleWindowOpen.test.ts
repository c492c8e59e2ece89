import { describe, expect, it, vi } from 'vitest';
import { handleWindowOpen } from './handleWindowOpen';

describe('handleWindowOpen', () => {
  it('never opens a window and passes http(s) links to the browser', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(handleWindowOpen({ url: 'https://www.instagram.com/someone' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.instagram.com/someone');
  });

  it('drops other URLs', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(handleWindowOpen({ url: 'file:///etc/passwd' }, openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'app://app/index.html' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
