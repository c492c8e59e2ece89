import { sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { ChangeFeed, ChangeListener, ChangeNotice } from './changeFeed';
import type { Database } from './tables';

const CHANNEL = 'crm_changes';
const RECONNECT_DELAY_MS = 1000;

/**
 * Change notices between server instances on one PostgreSQL: pushes NOTIFY inside their
 * transaction (PostgreSQL delivers it at commit, never for a rolled-back push), and every
 * instance LISTENs on a dedicated connection. The payload is only `[teamId, collection]`.
 */
export class PostgresChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private client: pg.Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  private constructor(private readonly connectionString: string) {}

  static async start(connectionString: string): Promise<PostgresChangeFeed> {
    const feed = new PostgresChangeFeed(connectionString);
    await feed.connect();
    return feed;
  }

  async announce(trx: Transaction<Database>, teamId: string, collection: string): Promise<void> {
    await sql`SELECT pg_notify(${CHANNEL}, ${JSON.stringify([teamId, collection])})`.execute(trx);
  }

  committed(): void {}

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL) return;
      const notice = parsePayload(message.payload);
      if (notice !== null) this.emit(notice);
    });
    client.on('error', () => this.reconnectLater(client));
    client.on('end', () => this.reconnectLater(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  /** A lost listener connection loses notices: reconnect, then tell streams to recheck. */
  private reconnectLater(failed: pg.Client): void {
    if (this.closed || this.client !== failed) return;
    this.client = null;
    failed.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed) return;
      this.connect().then(
        () => this.emit({ kind: 'missed' }),
        () => {
          this.client = failed; // lets the next attempt pass the guard above
          this.reconnectLater(failed);
        },
      );
    }, RECONNECT_DELAY_MS);
  }

  private emit(notice: ChangeNotice): void {
    for (const listener of this.listeners) listener(notice);
  }
}

function parsePayload(payload: string | undefined): ChangeNotice | null {
  try {
    const value: unknown = JSON.parse(payload ?? '');
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { kind: 'changed', teamId: value[0], collection: value[1] };
    }
  } catch {
    // Not ours: ignore.
  }
  return null;
}
