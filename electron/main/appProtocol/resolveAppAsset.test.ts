import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from './resolveAppAsset';

const root = '/opt/crm/resources/app.asar/out/renderer';

describe('resolveAppAsset', () => {
  it('maps app:// paths onto files under root', () => {
    expect(resolveAppAsset(root, 'app://app/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://app/assets/index-abc123.js')).toBe(join(root, 'assets/index-abc123.js'));
    expect(resolveAppAsset(root, 'app://app/assets/My%20Font.woff2?v=1#x')).toBe(join(root, 'assets/My Font.woff2'));
    expect(resolveAppAsset(root, 'app://app/./assets//a.css')).toBe(join(root, 'assets/a.css'));
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppAsset(root, 'app://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://app')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://app/influencers/abc')).toBe(join(root, 'index.html'));
  });

  it('never resolves outside root, however the traversal is spelled', () => {
    for (const url of [
      'app://app/../../etc/passwd',
      'app://app/%2e%2e/%2e%2e/etc/passwd',
      'app://app/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://app/..%5c..%5cwindows%5cwin.ini',
      'app://app/a\\..\\..\\secret.txt',
      'app://app/C:%2fWindows%2fwin.ini',
      'app://app/index.html%00.png',
      'app://app/%E0%A4%A.js',
    ]) {
      const resolved = resolveAppAsset(root, url);
      expect(resolved === null || resolved.startsWith(`${root}/`), `${url} -> ${resolved}`).toBe(true);
    }
    expect(resolveAppAsset(root, 'app://app/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppAsset(root, 'app://app/index.html%00.png')).toBeNull();
    expect(resolveAppAsset(root, 'app://app/..%5c..%5cwindows%5cwin.ini')).toBeNull();
  });

  it('rejects other origins and schemes', () => {
    for (const url of ['app://evil/index.html', 'app://app:81/index.html', 'file:///etc/passwd', 'https://app/index.html', 'nonsense']) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });
});
