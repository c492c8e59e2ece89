import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './cors';

describe('isAllowedOrigin', () => {
  it.each([
    ['app://app', 'anything:8787', true],
    ['http://localhost:5173', 'crm.example', true],
    ['http://127.0.0.1:8787', '127.0.0.1:8787', true],
    ['http://[::1]:3000', 'crm.example', true],
    ['https://crm.example', 'crm.example', true], // same origin behind a TLS proxy
    ['http://crm.example:8787', 'CRM.example:8787', true],
    ['https://localhost:5173', 'crm.example', false], // loopback is allowed over http only
    ['http://evil.example', 'crm.example', false],
    ['http://localhost.evil.example', 'crm.example', false],
    ['app://other', 'crm.example', false],
    ['null', 'crm.example', false],
    ['not a url', undefined, false],
  ] as const)('%s (Host %s) → %s', (origin, host, allowed) => {
    expect(isAllowedOrigin(origin, host)).toBe(allowed);
  });
});
