import type { Kysely } from 'kysely';
import type { ChangeFeed, ChangeNotice } from '../storage/changeFeed';
import type { Database } from '../storage/tables';
import { latestSeq, MAX_PULL_LIMIT, pullPage, type PullPage } from './pull';

/** One open event stream: receives each event's data, already JSON. */
export type StreamSink = (data: string) => void;

export const RESYNC = JSON.stringify('RESYNC');

/**
 * Fans change notices out to the live streams of this instance. Streams of one team's
 * collection share one cursor and one database read per notice, however many are open;
 * nothing here is needed after a restart (clients get "RESYNC" and pull).
 */
export class StreamHub {
  private readonly groups = new Map<string, StreamGroup>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Kysely<Database>,
    feed: ChangeFeed,
  ) {
    this.unsubscribe = feed.subscribe((notice) => this.onNotice(notice));
  }

  /** Adds a stream; returns the function that removes it. */
  add(teamId: string, collection: string, sink: StreamSink): () => void {
    const key = groupKey(teamId, collection);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = new StreamGroup(this.db, teamId, collection);
      this.groups.set(key, group);
    }
    const joined = group;
    joined.sinks.add(sink);
    return () => {
      joined.sinks.delete(sink);
      if (joined.sinks.size === 0 && this.groups.get(key) === joined) this.groups.delete(key);
    };
  }

  close(): void {
    this.unsubscribe();
    this.groups.clear();
  }

  private onNotice(notice: ChangeNotice): void {
    if (notice.kind === 'missed') {
      for (const group of this.groups.values()) void group.refresh();
      return;
    }
    void this.groups.get(groupKey(notice.teamId, notice.collection))?.refresh();
  }
}

function groupKey(teamId: string, collection: string): string {
  return JSON.stringify([teamId, collection]);
}

class StreamGroup {
  readonly sinks = new Set<StreamSink>();
  /** Starts at the team's latest seq: earlier changes reach the client by its pull after RESYNC. */
  private cursor: number | null = null;
  private readonly ready: Promise<void>;
  private running = false;
  private again = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly teamId: string,
    private readonly collection: string,
  ) {
    this.ready = latestSeq(db, teamId).then(
      (seq) => {
        this.cursor ??= seq;
      },
      () => undefined, // refresh() retries
    );
  }

  /** Reads everything after the cursor and sends it; notices arriving meanwhile cause one more round. */
  async refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.ready;
      this.cursor ??= await latestSeq(this.db, this.teamId);
      do {
        this.again = false;
        let page: PullPage;
        do {
          page = await pullPage(this.db, this.teamId, this.collection, this.cursor, MAX_PULL_LIMIT);
          this.cursor = page.checkpoint.seq;
          if (page.count > 0) this.broadcast(page.json);
        } while (page.count === MAX_PULL_LIMIT);
      } while (this.again);
    } catch {
      // The database read failed: start again from the latest seq and let the clients pull.
      this.cursor = null;
      this.broadcast(RESYNC);
    } finally {
      this.running = false;
    }
  }

  private broadcast(data: string): void {
    for (const sink of this.sinks) sink(data);
  }
}
