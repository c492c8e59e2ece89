import { describe, expect, it } from 'vitest';
import { createWindowOptions } from './createWindowOptions';

describe('createWindowOptions', () => {
  const bounds = { x: 10, y: 20, width: 1200, height: 800 };
  const options = createWindowOptions(bounds, '/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer, with no Node and no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    });
  });

  it('places the window at the given bounds, hidden until ready, with a minimum size', () => {
    expect(options).toMatchObject({ ...bounds, show: false, minWidth: 960, minHeight: 600, backgroundColor: '#f6f7fb' });
    expect(options.icon).toBeUndefined();
    expect(createWindowOptions(bounds, '/p.cjs', '/icon.png').icon).toBe('/icon.png');
  });
});
