import { allDuplicateKeys, type DuplicateFields, type DuplicateReason } from './findDuplicates';
import { prepareName, preparedSimilarity, type PreparedName } from './nameSimilarity';

export type DuplicateRow = DuplicateFields & {
  id: string;
  /**
   * The name compared: the official name. Custom names are the team's own aliases ("Ana
   * (brand)"), not who the person is, so they are left out.
   */
  officialName: string;
};

export interface DuplicateEvidence {
  kind: DuplicateReason | 'name';
  /** The shared account, link or email, or the two names ("Ana Lima ≈ Anna Lima"). */
  value: string;
  ids: [string, string];
}

export interface DuplicateGroup {
  /** Sorted. */
  ids: string[];
  /** "exact": a shared account, link or email; "name": only names alike. */
  strength: 'exact' | 'name';
  evidence: DuplicateEvidence[];
}

export interface DuplicateSuggestions {
  groups: DuplicateGroup[];
  /** Emails or links shared by too many influencers to mean "same person" (an agency's address). */
  sharedKeys: { key: string; count: number }[];
}

export interface SuggestOptions {
  /** Names at least this alike (see nameSimilarity) are suggested; default 0.88. */
  nameThreshold?: number;
  /** A key or an exact name shared by more influencers than this is not evidence; default 5. */
  maxShared?: number;
  /** Groups stop growing through name likeness at this size; default 6. */
  maxGroupSize?: number;
  /** Neighbours each name is compared with in each sorted order; default 6. */
  window?: number;
}

/** Names shorter than this (without spaces) say too little to suggest anything. */
const MIN_NAME_LENGTH = 5;

/**
 * Merge suggestions over the whole CRM: groups of influencers that may be one person.
 * Exact evidence (the same platform account, link or email) groups directly; names alike
 * (same words in any order, or a typo or two apart) are compared by blocking, not pairwise:
 * names are sorted, forwards and reversed (so a typo near the start is still near), and each
 * is compared with its next few neighbours. O(n log n) over 100,000 influencers.
 *
 * Not suggested: two accounts on the same platform with different ids (they are different
 * accounts by definition), and keys or names shared by more than `maxShared` influencers
 * (a management agency's email, "Official"), which are reported in `sharedKeys` instead.
 */
export function suggestDuplicateGroups(rows: readonly DuplicateRow[], options: SuggestOptions = {}): DuplicateSuggestions {
  const threshold = options.nameThreshold ?? 0.88;
  const maxShared = options.maxShared ?? 5;
  const maxGroupSize = options.maxGroupSize ?? 6;
  const window = options.window ?? 6;

  const index = new Map<string, number>();
  rows.forEach((row, i) => index.set(row.id, i));
  const groups = new UnionFind(rows.length);
  const evidence: DuplicateEvidence[] = [];
  const sharedKeys: { key: string; count: number }[] = [];

  // ---- exact keys ----
  // Most keys belong to one influencer: keep a plain index for those, a list only when shared.
  const byKey = new Map<string, number | number[]>();
  rows.forEach((row, i) => {
    for (const key of allDuplicateKeys(row)) {
      const found = byKey.get(key);
      if (found === undefined) byKey.set(key, i);
      else if (typeof found === 'number') byKey.set(key, [found, i]);
      else found.push(i);
    }
  });
  for (const [key, members] of byKey) {
    if (typeof members === 'number') continue;
    if (members.length > maxShared) {
      sharedKeys.push({ key, count: members.length });
      continue;
    }
    const [first, ...rest] = members;
    if (first === undefined) continue;
    for (const other of rest) {
      if (differentAccounts(rows[first], rows[other])) continue;
      groups.union(first, other);
      evidence.push({ kind: kindOf(key), value: key.slice(key.indexOf(':') + 1), ids: pairIds(rows, first, other) });
    }
  }

  // ---- names ----
  const names: { row: number; prepared: PreparedName }[] = [];
  rows.forEach((row, i) => {
    const prepared = prepareName(row.officialName);
    if (prepared.compact.length >= MIN_NAME_LENGTH) names.push({ row: i, prepared });
  });
  const frequency = new Map<string, number>();
  for (const n of names) frequency.set(n.prepared.sortedWords, (frequency.get(n.prepared.sortedWords) ?? 0) + 1);
  const usable = names.filter((n) => (frequency.get(n.prepared.sortedWords) ?? 0) <= maxShared);

  const pairs: { a: number; b: number; similarity: number; names: [string, string] }[] = [];
  const compared = new ComparedPairs(rows.length, 2 * window * 3);
  const orders: ((n: PreparedName) => string)[] = [(n) => n.compact, (n) => [...n.compact].reverse().join(''), (n) => n.sortedWords];
  for (const keyOf of orders) {
    const sorted = usable.map((n) => ({ n, k: keyOf(n.prepared) })).sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]?.n;
      if (a === undefined) continue;
      for (let j = i + 1; j <= i + window && j < sorted.length; j++) {
        const b = sorted[j]?.n;
        if (b === undefined || a.row === b.row || !compared.add(a.row, b.row)) continue;
        const similarity = preparedSimilarity(a.prepared, b.prepared, threshold);
        if (similarity < threshold || differentAccounts(rows[a.row], rows[b.row])) continue;
        pairs.push({ a: a.row, b: b.row, similarity, names: [rows[a.row]?.officialName ?? '', rows[b.row]?.officialName ?? ''] });
      }
    }
  }
  // Most alike first, so a capped group keeps its best matches.
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const p of pairs) {
    if (groups.find(p.a) !== groups.find(p.b) && groups.size(p.a) + groups.size(p.b) > maxGroupSize) continue;
    groups.union(p.a, p.b);
    const [left, right] = p.names;
    evidence.push({ kind: 'name', value: left === right ? left : `${left} ≈ ${right}`, ids: pairIds(rows, p.a, p.b) });
  }

  // ---- groups ----
  const members = new Map<number, string[]>();
  rows.forEach((row, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list === undefined) members.set(root, [row.id]);
    else list.push(row.id);
  });
  const evidenceByRoot = new Map<number, DuplicateEvidence[]>();
  for (const e of evidence) {
    const root = groups.find(index.get(e.ids[0]) ?? 0);
    const list = evidenceByRoot.get(root);
    if (list === undefined) evidenceByRoot.set(root, [e]);
    else list.push(e);
  }
  const result: DuplicateGroup[] = [];
  for (const [root, ids] of members) {
    if (ids.length < 2) continue;
    const found = evidenceByRoot.get(root) ?? [];
    result.push({ ids: ids.sort(), strength: found.some((e) => e.kind !== 'name') ? 'exact' : 'name', evidence: found });
  }
  result.sort((x, y) => (x.strength === y.strength ? 0 : x.strength === 'exact' ? -1 : 1) || y.ids.length - x.ids.length || ((x.ids[0] ?? '') < (y.ids[0] ?? '') ? -1 : 1));
  sharedKeys.sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1));
  return { groups: result, sharedKeys };
}

/** Two accounts on one platform with different ids are two accounts, whatever else they share. */
function differentAccounts(a: DuplicateRow | undefined, b: DuplicateRow | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return a.platform !== null && a.platform === b.platform && a.platformId !== null && b.platformId !== null &&
    a.platformId.toLowerCase() !== b.platformId.toLowerCase();
}

function kindOf(key: string): DuplicateReason {
  return key.startsWith('account:') ? 'account' : key.startsWith('link:') ? 'link' : 'email';
}

function pairIds(rows: readonly DuplicateRow[], a: number, b: number): [string, string] {
  return [rows[a]?.id ?? '', rows[b]?.id ?? ''];
}

/**
 * The pairs compared so far, so a pair met again in another sort order is not compared
 * twice: a few slots per row in one typed array (no per-pair objects for the garbage
 * collector). A row whose slots are full is simply compared again.
 */
class ComparedPairs {
  private readonly partners: Int32Array;
  private readonly counts: Uint8Array;

  constructor(rows: number, private readonly slots: number) {
    this.partners = new Int32Array(rows * slots);
    this.counts = new Uint8Array(rows);
  }

  /** False when the pair was added before. */
  add(x: number, y: number): boolean {
    const low = Math.min(x, y);
    const high = Math.max(x, y);
    const start = low * this.slots;
    const count = this.counts[low] ?? 0;
    for (let k = 0; k < count; k++) if (this.partners[start + k] === high) return false;
    if (count < this.slots) {
      this.partners[start + count] = high;
      this.counts[low] = count + 1;
    }
    return true;
  }
}

/** Disjoint sets with sizes (union by size, path halving). */
class UnionFind {
  private readonly parent: Int32Array;
  private readonly sizes: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.sizes = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    let node = x;
    for (;;) {
      const up = this.parent[node] ?? node;
      if (up === node) return node;
      const grand = this.parent[up] ?? up;
      this.parent[node] = grand;
      node = grand;
    }
  }

  size(x: number): number {
    return this.sizes[this.find(x)] ?? 1;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.sizes[ra] ?? 1) < (this.sizes[rb] ?? 1)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.sizes[ra] = (this.sizes[ra] ?? 1) + (this.sizes[rb] ?? 1);
  }
}
