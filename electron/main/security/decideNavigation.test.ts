import { describe, expect, it } from 'vitest';
import { decideNavigation } from './decideNavigation';

describe('decideNavigation', () => {
  it('allows navigation within the app', () => {
    expect(decideNavigation('app://app/index.html#/influencers/1')).toBe('allow');
    expect(decideNavigation('http://localhost:5173/#/x', 'http://localhost:5173')).toBe('allow');
  });

  it('denies everything else', () => {
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'data:text/html,hi', 'about:blank']) {
      expect(decideNavigation(url), url).toBe('deny');
    }
  });
});
