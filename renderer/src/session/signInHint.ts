/**
 * The server address and email of the last sign-in on this device, to fill the sign-in form.
 * Not a secret (no token, no password), so plain localStorage will do.
 */
export interface SignInHint {
  serverUrl: string;
  email: string;
}

const KEY = 'crm.lastSignIn';

export function readSignInHint(): SignInHint | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { serverUrl, email } = value as Record<string, unknown>;
    return typeof serverUrl === 'string' && typeof email === 'string' ? { serverUrl, email } : null;
  } catch {
    return null;
  }
}

export function rememberSignInHint(hint: SignInHint): void {
  localStorage.setItem(KEY, JSON.stringify(hint));
}
