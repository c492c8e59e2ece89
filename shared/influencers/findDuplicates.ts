import type { Influencer } from '../influencer';
import { influencerLinkKeys } from '../links/channelKeys';
import { duplicateKeys } from './duplicateKeys';

/** Why an existing influencer may be the same person as a candidate. */
export type DuplicateReason = 'account' | 'link' | 'email';

export interface DuplicateMatch {
  id: string;
  /** Strongest first: the same platform account, then the same link, then the same email. */
  reasons: DuplicateReason[];
}

/** What duplicate detection reads; channels and profile are optional (list rows have neither). */
export type DuplicateFields = Pick<Influencer, 'platform' | 'platformId' | 'link' | 'email'> &
  Partial<Pick<Influencer, 'channels' | 'profile'>>;

const STRENGTH: Record<DuplicateReason, number> = { account: 0, link: 1, email: 2 };

/** Every key an influencer is known by: account, main link, channels, recorded handle, email. */
export function allDuplicateKeys(inf: DuplicateFields): string[] {
  // influencerLinkKeys already holds duplicateKeys' account and link keys; add the email's.
  const keys = influencerLinkKeys(inf);
  for (const key of duplicateKeys({ platform: null, platformId: null, link: '', email: inf.email })) keys.push(key);
  return keys;
}

function reasonOf(key: string): DuplicateReason {
  return key.startsWith('account:') ? 'account' : key.startsWith('link:') ? 'link' : 'email';
}

/**
 * The existing influencers under their duplicate keys, for matching candidates without a
 * database query (an import checks 50,000 rows against 100,000 influencers). Several ids
 * per key: existing data may already hold duplicates, and all of them should be offered.
 * `add` also takes rows accepted earlier in the same import, so a file's own repeats are found.
 */
export class DuplicateIndex {
  private readonly ids = new Map<string, string[]>();

  add(id: string, inf: DuplicateFields): void {
    for (const key of allDuplicateKeys(inf)) {
      const list = this.ids.get(key);
      if (list === undefined) this.ids.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }

  remove(id: string, inf: DuplicateFields): void {
    for (const key of allDuplicateKeys(inf)) {
      const list = this.ids.get(key);
      if (list === undefined) continue;
      const rest = list.filter((x) => x !== id);
      if (rest.length === 0) this.ids.delete(key);
      else this.ids.set(key, rest);
    }
  }

  /** Ids known under a key (see duplicateKeys for the format). */
  idsFor(key: string): readonly string[] {
    return this.ids.get(key) ?? [];
  }
}

export function buildDuplicateIndex(rows: Iterable<DuplicateFields & { id: string }>): DuplicateIndex {
  const index = new DuplicateIndex();
  for (const row of rows) index.add(row.id, row);
  return index;
}

/**
 * The influencers a candidate (an imported row, a new influencer) may duplicate: same
 * platform account, same normalised link (main link or a channel), or same email (case
 * ignored). Matches sharing more, and stronger, reasons come first; `exceptId` leaves the
 * candidate itself out when it is already stored.
 */
export function findDuplicates(candidate: DuplicateFields, index: DuplicateIndex, exceptId?: string): DuplicateMatch[] {
  const found = new Map<string, Set<DuplicateReason>>();
  for (const key of allDuplicateKeys(candidate)) {
    for (const id of index.idsFor(key)) {
      if (id === exceptId) continue;
      let reasons = found.get(id);
      if (reasons === undefined) found.set(id, (reasons = new Set()));
      reasons.add(reasonOf(key));
    }
  }
  const matches = [...found].map(([id, reasons]): DuplicateMatch => ({ id, reasons: [...reasons].sort((a, b) => STRENGTH[a] - STRENGTH[b]) }));
  const strongest = (m: DuplicateMatch): number => STRENGTH[m.reasons[0] ?? 'email'];
  return matches.sort((a, b) => strongest(a) - strongest(b) || b.reasons.length - a.reasons.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
