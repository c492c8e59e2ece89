/**
 * A link as a person typed or pasted it, split into its parts. No URL class: shared/ is
 * type-checked without DOM or Node typings, and people type links without a scheme, which
 * URL refuses.
 */
export interface SplitLink {
  /** Lower-cased scheme, or null when the link had none ("youtube.com/@x", "//x.com"). */
  scheme: string | null;
  /** Lower-cased host without a trailing dot. */
  host: string;
  /** ":8080", or "" without a port. */
  port: string;
  /** The path as typed ("" or starting with "/"). */
  path: string;
  /** Non-empty path segments, percent-decoded where possible. */
  segments: string[];
  /** Query without the "?", "" when absent. */
  query: string;
  /** Fragment without the "#", "" when absent. */
  fragment: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
// Letters of any script, so internationalised domains (münchen.de, пример.рф) count.
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
// A top-level domain has letters (or is punycode): rules out IP addresses and "x.1".
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** Returns null when the text cannot be a web link at all (spaces, credentials, no domain). */
export function splitLink(input: string): SplitLink | null {
  let rest = unwrap(input.trim());
  if (rest === '' || /\s/.test(rest)) return null;
  let scheme: string | null = null;
  const schemeMatch = SCHEME.exec(rest);
  if (schemeMatch?.[1] !== undefined) {
    scheme = schemeMatch[1].toLowerCase();
    rest = rest.slice(schemeMatch[0].length);
  } else if (rest.startsWith('//')) {
    rest = rest.slice(2);
  }

  let fragment = '';
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    fragment = rest.slice(hashAt + 1);
    rest = rest.slice(0, hashAt);
  }
  let query = '';
  const queryAt = rest.indexOf('?');
  if (queryAt >= 0) {
    query = rest.slice(queryAt + 1);
    rest = rest.slice(0, queryAt);
  }
  const slashAt = rest.indexOf('/');
  const authority = slashAt >= 0 ? rest.slice(0, slashAt) : rest;
  const path = slashAt >= 0 ? rest.slice(slashAt) : '';
  // Credentials in a link are a phishing shape, never a profile or a homepage.
  if (authority.includes('@')) return null;
  const portMatch = /:(\d{1,5})$/.exec(authority);
  const port = portMatch === null ? '' : portMatch[0];
  const host = authority.slice(0, authority.length - port.length).toLowerCase().replace(/\.$/, '');
  if (host !== 'localhost' && !isDomainName(host)) return null;

  const segments: string[] = [];
  for (const segment of path.split('/')) if (segment !== '') segments.push(safeDecode(segment));
  return { scheme, host, port, path, segments, query, fragment };
}

/** True for names like "example.com" or "blog.analima.com.br"; false for IPs and single labels. */
export function isDomainName(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) if (!LABEL.test(label)) return false;
  return TOP_LEVEL.test(labels[labels.length - 1] ?? '');
}

/** Links pasted from chat or mail often arrive as <https://…> or in quotes. */
function unwrap(text: string): string {
  const first = text[0];
  const last = text[text.length - 1];
  if ((first === '<' && last === '>') || (first === '"' && last === '"') || (first === "'" && last === "'")) {
    return text.slice(1, -1).trim();
  }
  return text;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%" is kept as typed rather than refusing the link
  }
}
