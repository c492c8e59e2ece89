/**
 * Argument checks for IPC handlers. The renderer is untrusted: whatever it sends arrives
 * as `unknown`, and a wrong shape is a bug (or an attack) to reject loudly.
 */
export function expectArgumentCount(channel: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new Error(`${channel}: expected ${count} argument(s), got ${args.length}.`);
  }
}

/** Session tokens are opaque but bounded: anything larger is not a token. */
export const MAX_SESSION_TOKEN_LENGTH = 16_384;

export function parseExternalUrlArgument(channel: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`${channel}: the URL must be a string.`);
  return value;
}

export function parseSessionTokenArgument(channel: string, value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw new Error(`${channel}: the token must be a string or null.`);
  if (value.length === 0 || value.length > MAX_SESSION_TOKEN_LENGTH) {
    throw new Error(`${channel}: the token must be 1 to ${MAX_SESSION_TOKEN_LENGTH} characters long.`);
  }
  return value;
}
