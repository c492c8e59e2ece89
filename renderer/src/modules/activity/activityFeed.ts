import type { RxCollection } from 'rxdb';
import type { Activity, ActivityKind } from '../../../../shared/activity';

/** The activities collection, or the part of it the feed reads. */
export type ActivityStore = Pick<RxCollection<Activity>, 'find' | 'findOne' | 'count'>;

/** What a log shows: some kinds (null: all), one member's entries (null: everyone's), one influencer's (absent/null: all). */
export interface FeedFilter {
  kinds: readonly ActivityKind[] | null;
  actorId: string | null;
  influencerId?: string | null;
}

export interface FeedOptions {
  /** Entries handed out per page. */
  pageSize?: number;
  /** About how many entries one read of the `at` index may cover (matching or not). */
  scanTarget?: number;
  /** The first window's length, in ms back from now (default: one day; for one influencer, estimated from its log). */
  initialSpan?: number;
  now?: () => number;
}

export function matchesFeedFilter(entry: Activity, filter: FeedFilter): boolean {
  return (
    (filter.kinds === null || filter.kinds.includes(entry.kind)) &&
    (filter.actorId === null || entry.actorId === filter.actorId) &&
    (filter.influencerId === undefined || filter.influencerId === null || entry.influencerId === filter.influencerId)
  );
}

/**
 * Newest first; entries of the same millisecond by id, ascending: the index's own order there,
 * so a millisecond holding a whole bulk operation can be read a part at a time.
 */
export function compareNewestFirst(a: Activity, b: Activity): number {
  return b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `shown` with the `added` entries put in their place, each id once. */
export function mergeNewestFirst(shown: readonly Activity[], added: readonly Activity[]): Activity[] {
  const known = new Set(shown.map((e) => e.id));
  const fresh = added.filter((e) => !known.has(e.id) && (known.add(e.id), true));
  if (fresh.length === 0) return shown as Activity[];
  return [...shown, ...fresh].sort(compareNewestFirst);
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const toActivity = (doc: { toJSON(): unknown }) => doc.toJSON() as Activity;

/**
 * Reads the whole team's log newest first, a page at a time, without loading the collection.
 * The storage walks an index only upwards, so a descending query would read every entry and
 * sort them; instead the reader takes the `at` index in time windows going back from now, each
 * read in index order and reversed. A window's size follows the log's density: an indexed count
 * first, then the window halved when it covers far more than `scanTarget` entries and doubled
 * when it covers few, so quiet months and a 10,000-entry bulk operation both read in steps of
 * about the same size. Kind and member are matched while the window is read. For one
 * influencer the same happens on the influencerId+at index.
 */
export class ActivityFeedReader {
  private readonly pageSize: number;
  private readonly scanTarget: number;
  private readonly now: () => number;
  private span: number | null;
  /** Index order; for one influencer, its index's. */
  private readonly sort: { [field: string]: 'asc' }[];
  /** The indexed part of every selector: one influencer's entries, or everyone's. */
  private readonly scope: Record<string, unknown>;
  /** Everything at or after this time has been read (Infinity: nothing yet). */
  private upper = Infinity;
  /** The oldest entry's time; undefined until read, null when the log is empty. */
  private oldest: number | null | undefined;
  private buffer: Activity[] = [];
  private done = false;
  /** Set while reading one millisecond that holds too many entries for one read (a bulk operation's). */
  private dense: { at: number; after: string | null } | null = null;

  constructor(
    private readonly store: ActivityStore,
    private readonly filter: FeedFilter,
    options: FeedOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 100;
    this.scanTarget = options.scanTarget ?? 2_000;
    const one = filter.influencerId ?? null;
    this.scope = one === null ? {} : { influencerId: one };
    this.sort = one === null ? [{ at: 'asc' }, { id: 'asc' }] : [{ influencerId: 'asc' }, { at: 'asc' }, { id: 'asc' }];
    this.span = options.initialSpan ?? (one === null ? DAY : null);
    this.now = options.now ?? Date.now;
  }

  /** True once every entry has been handed out. */
  get exhausted(): boolean {
    return this.done && this.buffer.length === 0;
  }

  /** Entries at or after this time have all been read: a new entry from then on belongs in what is shown. */
  get readSince(): number {
    return this.upper;
  }

  /**
   * The next page of matching entries, newest first; [] once exhausted. A rare filter may
   * match little: a call stops after covering ten times `scanTarget` entries and hands out
   * what it found (maybe fewer than a page), so the screen stays responsive between calls.
   */
  async nextPage(): Promise<Activity[]> {
    let covered = 0;
    while (this.buffer.length < this.pageSize && !this.done && covered <= 10 * this.scanTarget) covered += await this.readWindow();
    return this.buffer.splice(0, this.pageSize);
  }

  /** Reads one window (or narrows the next one); returns how many entries it covered. */
  private async readWindow(): Promise<number> {
    if (this.oldest === undefined) {
      // For one influencer, its count too (in parallel: one wait instead of two when opening).
      const [first, total] = await Promise.all([
        this.store.findOne({ selector: { ...this.scope }, sort: this.sort }).exec(),
        this.span === null ? this.store.count({ selector: { ...this.scope } }).exec() : Promise.resolve(0),
      ]);
      this.oldest = first === null ? null : first.at;
      if (this.span === null) {
        // A first window expected to hold about `scanTarget` entries if the influencer's were
        // spread evenly from the oldest until now.
        const age = Math.max(1, this.now() - (this.oldest ?? 0));
        this.span = Math.max(HOUR, Math.ceil((age * this.scanTarget) / Math.max(1, total)));
      }
    }
    if (this.span === null) this.span = DAY;
    if (this.oldest === null || this.upper <= this.oldest) {
      this.done = true;
      return 0;
    }
    if (this.dense !== null) return this.readDense(this.dense, this.oldest);
    const lower = Math.max(this.oldest, (this.upper === Infinity ? this.now() : this.upper) - this.span);
    const at = this.upper === Infinity ? { $gte: lower } : { $gte: lower, $lt: this.upper };
    const covered = await this.store.count({ selector: { ...this.scope, at } }).exec();
    if (covered > 2 * this.scanTarget) {
      if (this.span > 1) this.span = Math.max(1, Math.floor(this.span / 2));
      else this.dense = { at: lower, after: null };
      return 0;
    }
    const docs = covered === 0 ? [] : await this.store.find({ selector: this.selector({ at }), sort: this.sort }).exec();
    this.buffer.push(...docs.map(toActivity).sort(compareNewestFirst));
    this.upper = lower;
    if (covered < this.scanTarget / 2) this.span *= 2;
    if (lower <= this.oldest) this.done = true;
    return covered;
  }

  /** One crowded millisecond, in id order (the index's), `scanTarget` entries a read. */
  private async readDense(dense: { at: number; after: string | null }, oldest: number): Promise<number> {
    const selector = this.selector(dense.after === null ? { at: dense.at } : { at: dense.at, id: { $gt: dense.after } });
    const docs = await this.store.find({ selector, sort: this.sort, limit: this.scanTarget }).exec();
    this.buffer.push(...docs.map(toActivity));
    const last = docs.at(-1);
    if (docs.length === this.scanTarget && last !== undefined) {
      this.dense = { at: dense.at, after: last.id };
    } else {
      this.dense = null;
      this.upper = dense.at;
      if (dense.at <= oldest) this.done = true;
    }
    return docs.length;
  }

  private selector(range: Record<string, unknown>): Record<string, unknown> {
    const selector: Record<string, unknown> = { ...this.scope, ...range };
    if (this.filter.kinds !== null) selector.kind = { $in: [...this.filter.kinds] };
    if (this.filter.actorId !== null) selector.actorId = this.filter.actorId;
    return selector;
  }
}
