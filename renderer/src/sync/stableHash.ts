/**
 * A 106-bit non-cryptographic hash of a string, as 28 hex characters (two independent 53-bit
 * cyrb53 halves). For deterministic ids, not for secrets; pure JS because crypto.subtle
 * exists only in secure contexts and is asynchronous.
 */
export function stableHash(text: string): string {
  return half(text, 0x9e3779b1) + half(text, 0x85ebca6b);
}

function half(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
