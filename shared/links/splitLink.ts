/**
 * Splits a link typed by a person into lower-cased host and path segments. No URL class:
 * shared/ runs without DOM or Node typings, and people type links without a scheme.
 */
export interface SplitLink {
  scheme: string | null;
  host: string;
  segments: string[];
  query: string;
}

export function splitLink(input: string): SplitLink | null {
  let rest = input.trim();
  if (rest === '' || /\s/.test(rest)) return null;
  let scheme: string | null = null;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (schemeMatch?.[1] !== undefined) {
    scheme = schemeMatch[1].toLowerCase();
    rest = rest.slice(schemeMatch[0].length);
  } else if (rest.startsWith('//')) {
    rest = rest.slice(2);
  }
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) rest = rest.slice(0, hashAt);
  let query = '';
  const queryAt = rest.indexOf('?');
  if (queryAt >= 0) {
    query = rest.slice(queryAt + 1);
    rest = rest.slice(0, queryAt);
  }
  const slashAt = rest.indexOf('/');
  const authority = slashAt >= 0 ? rest.slice(0, slashAt) : rest;
  const path = slashAt >= 0 ? rest.slice(slashAt) : '';
  if (authority.includes('@')) return null; // credentials in a link are never a profile
  const host = authority.replace(/:\d+$/, '').toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && host !== 'localhost') return null;
  const segments = path.split('/').filter((s) => s !== '').map((s) => safeDecode(s));
  return { scheme, host, segments, query };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
