import { CONTENT_SECURITY_POLICY } from '../../../shared/contentSecurityPolicy';

/**
 * The Content Security Policy sent with every app:// response. It is the same policy the
 * built index.html carries in a meta tag (one source, in shared/), so both agree:
 * - default-src/script-src 'self': no inline or remote scripts, no eval;
 * - style-src 'unsafe-inline': MUI (emotion) injects <style> tags at run time;
 * - connect-src https: and loopback: the sync server's address is configured by the user;
 * - object-src, base-uri, frame-src, form-action 'none': nothing to embed, rebase or post.
 */
export function buildContentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY;
}

/**
 * Response headers with the policy set, replacing any existing CSP header whatever its
 * case, for session.webRequest.onHeadersReceived.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  policy: string = buildContentSecurityPolicy(),
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
