import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mimeTypeFor';

describe('mimeTypeFor', () => {
  it('gives the types the renderer build produces', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/r/assets/roboto.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/r/assets/logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/r/assets/worker.wasm')).toBe('application/wasm');
  });

  it('falls back to an opaque binary type', () => {
    expect(mimeTypeFor('/r/assets/blob.xyz')).toBe('application/octet-stream');
    expect(mimeTypeFor('/r/LICENSE')).toBe('application/octet-stream');
  });
});
