import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type HardenableWebContents } from './hardenWebContents';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableWebContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
    },
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
  };
  const emit = (event: string, url = ''): boolean => {
    let prevented = false;
    listeners.get(event)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, emit, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('keeps navigation and redirects inside the app', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { devServerUrl: undefined, openExternal: () => Promise.resolve() });
    expect(fake.emit('will-navigate', 'app://app/index.html#/influencers/1')).toBe(false);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('allows the dev server in development', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { devServerUrl: 'http://localhost:5173', openExternal: () => Promise.resolve() });
    expect(fake.emit('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('refuses webviews and new windows, sending links to the browser', () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(fake.contents, { devServerUrl: undefined, openExternal });
    expect(fake.emit('will-attach-webview')).toBe(true);
    expect(fake.openWindow('https://www.tiktok.com/@someone')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.tiktok.com/@someone');
  });
});
