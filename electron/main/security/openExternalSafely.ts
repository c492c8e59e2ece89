/** Longer URLs are not links a person clicked; some OS handlers also choke on them. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The URL to hand to the OS, or null when it must not leave the app: only http(s) — other
 * schemes can start programs (file:, smb:, custom protocol handlers) — and no credentials,
 * which are a phishing trick (https://bank.com@evil.example/).
 */
export function toSafeExternalUrl(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

/**
 * Opens a URL in the user's browser if it is safe to. `openExternal` is shell.openExternal.
 * Resolves false when the URL was refused or the OS could not open it.
 */
export async function openExternalSafely(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  const safeUrl = toSafeExternalUrl(url);
  if (safeUrl === null) return false;
  try {
    await openExternal(safeUrl);
    return true;
  } catch {
    return false;
  }
}
