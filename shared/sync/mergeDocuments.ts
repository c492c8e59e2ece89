/**
 * The field-level three-way merge used when a push meets a newer server document
 * (RxDB's conflict handler in the app). `base` is what the client last saw from the server,
 * `local` is the client's edit of it, `remote` is the server's current document.
 *
 * - Fields the client did not change take the server's value.
 * - Fields the client changed are applied on top of the server's document.
 * - When both sides changed the same field to different values, the later push — this
 *   one — wins, and the overwritten server value is reported so an activity can record it.
 * - Set-like fields (label ids) merge as sets: additions and removals from both sides apply.
 *
 * Server-stamped fields (updatedAt, updatedBy) always come from the server: the client's
 * clock is not trusted for ordering.
 */
export type Doc = Record<string, unknown>;

export interface OverwrittenField {
  field: string;
  /** The server's value that this push replaced. */
  from: unknown;
  /** The pushed value that replaced it. */
  to: unknown;
}

export interface MergeResult<T extends Doc> {
  merged: T;
  overwritten: OverwrittenField[];
}

export interface MergeOptions {
  /** Fields the server stamps; never merged from the client. */
  serverFields?: readonly string[];
  /** Array fields merged as sets of strings. */
  setFields?: readonly string[];
}

const DEFAULT_SERVER_FIELDS = ['updatedAt', 'updatedBy'];
const DEFAULT_SET_FIELDS = ['labelIds'];

export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => valuesEqual(item, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const ak = Object.keys(a);
    const bk = Object.keys(b);
    return ak.length === bk.length && ak.every((k) => valuesEqual((a as Doc)[k], (b as Doc)[k]));
  }
  return false;
}

function mergeSet(base: unknown, local: unknown, remote: unknown): string[] {
  const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const b = new Set(asList(base));
  const l = new Set(asList(local));
  const result = asList(remote).filter((item) => !(b.has(item) && !l.has(item))); // removed locally
  for (const item of l) if (!b.has(item) && !result.includes(item)) result.push(item); // added locally
  return result;
}

export function mergeDocuments<T extends Doc>(base: T | null, local: T, remote: T, options: MergeOptions = {}): MergeResult<T> {
  const serverFields = new Set(options.serverFields ?? DEFAULT_SERVER_FIELDS);
  const setFields = new Set(options.setFields ?? DEFAULT_SET_FIELDS);
  const merged: Doc = { ...remote };
  const overwritten: OverwrittenField[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(remote)]);
  for (const field of fields) {
    if (serverFields.has(field) || field.startsWith('_')) continue;
    const baseValue = base === null ? undefined : base[field];
    const localValue = local[field];
    const remoteValue = remote[field];
    // Without a base (both sides created the document) every differing field counts as changed.
    const localChanged = base === null || !valuesEqual(localValue, baseValue);
    if (!localChanged || valuesEqual(localValue, remoteValue)) continue;
    if (setFields.has(field) && base !== null) {
      merged[field] = mergeSet(baseValue, localValue, remoteValue);
      continue;
    }
    const remoteChanged = base === null || !valuesEqual(remoteValue, baseValue);
    if (remoteChanged) overwritten.push({ field, from: remoteValue, to: localValue });
    if (localValue === undefined) delete merged[field];
    else merged[field] = localValue;
  }
  return { merged: merged as T, overwritten };
}
