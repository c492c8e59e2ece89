import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, withContentSecurityPolicy } from './buildContentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const policy = directives(buildContentSecurityPolicy());

  it('allows scripts from the app only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(buildContentSecurityPolicy()).not.toContain('unsafe-eval');
    for (const [name, values] of policy) expect(values, name).not.toContain('*');
  });

  it('allows inline styles (MUI), images and fonts, and the sync server connections', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(new Set(policy.get('connect-src'))).toEqual(new Set(["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https:']));
  });

  it('shuts objects, base URLs, frames and forms', () => {
    for (const name of ['object-src', 'base-uri', 'frame-src', 'form-action']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });
});

describe('withContentSecurityPolicy', () => {
  it('sets the policy and replaces any policy the response carried', () => {
    const headers = withContentSecurityPolicy({ 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] }, 'x');
    expect(headers).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': ['x'] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
