import Dexie, { type Table } from 'dexie';
import { toListRow, type ListRow } from './listRow';
import type { ProjectionCheckpoint } from './InfluencerProjection';

/**
 * The list's projection persisted as one JSON blob in a small Dexie database of its own
 * (never inside RxDB's tables). Reading it back is what makes a cold start show rows in well
 * under a second at 100,000 influencers; the change stream then catches up from `checkpoint`.
 */
export interface ProjectionSnapshot {
  /** RxDB's storage token: a snapshot of another database (e.g. after a reset) is ignored. */
  storageToken: string;
  checkpoint: ProjectionCheckpoint | null;
  rows: ListRow[];
}

interface SnapshotRecord {
  key: string;
  format: number;
  storageToken: string;
  checkpoint: ProjectionCheckpoint | null;
  json: string;
}

/** Bump when SnapshotTuple changes shape: older snapshots are then rebuilt from the database. */
const SNAPSHOT_FORMAT = 3;

/**
 * Rows are stored as positional tuples of their source fields: object keys would more than
 * double the blob, and the derived search/sort keys are cheaper to recompute than to parse.
 */
type SnapshotTuple = [
  ListRow['id'], ListRow['kind'], ListRow['officialName'], ListRow['customName'], ListRow['platform'],
  ListRow['platformId'], ListRow['link'], ListRow['email'], ListRow['status'], ListRow['liaisonId'],
  ListRow['labelIds'], ListRow['followers'], ListRow['country'], ListRow['archived'], ListRow['createdAt'],
  ListRow['updatedAt'], ListRow['lwt'],
  // format 2: the fields the advanced filter reads
  ListRow['contractStatus'], ListRow['paymentStatus'], ListRow['qualityScore'], ListRow['language'], ListRow['source'],
  // format 3: the additional channels (searched, and links someone already has)
  ListRow['channels'],
];

export function encodeSnapshotRows(rows: readonly ListRow[]): string {
  return JSON.stringify(rows.map(toTuple));
}

export function decodeSnapshotRows(json: string): ListRow[] {
  return (JSON.parse(json) as SnapshotTuple[]).map(fromTuple);
}

function toTuple(r: ListRow): SnapshotTuple {
  return [
    r.id, r.kind, r.officialName, r.customName, r.platform, r.platformId, r.link, r.email, r.status,
    r.liaisonId, r.labelIds, r.followers, r.country, r.archived, r.createdAt, r.updatedAt, r.lwt,
    r.contractStatus, r.paymentStatus, r.qualityScore, r.language, r.source, r.channels,
  ];
}

function fromTuple(t: SnapshotTuple): ListRow {
  const [
    id, kind, officialName, customName, platform, platformId, link, email, status, liaisonId, labelIds, followers, country,
    archived, createdAt, updatedAt, lwt, contractStatus, paymentStatus, qualityScore, language, source, channels,
  ] = t;
  return toListRow(
    {
      id, kind, officialName, customName, platform, platformId, link, email, status, liaisonId, labelIds, followers, country,
      archived, createdAt, updatedAt, contractStatus, paymentStatus, qualityScore, language, source, channels: channels ?? [],
    },
    lwt,
  );
}

function nextPaint(): Promise<void> {
  // requestAnimationFrame never fires in a hidden tab; the timeout bounds the wait.
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  });
}

export class ProjectionSnapshotStore {
  private readonly db: Dexie;
  private readonly table: Table<SnapshotRecord, string>;

  constructor(databaseName: string) {
    this.db = new Dexie(`${databaseName}-list-cache`);
    this.db.version(1).stores({ snapshots: 'key' });
    this.table = this.db.table('snapshots');
  }

  async load(): Promise<ProjectionSnapshot | null> {
    try {
      const record = await this.table.get('influencers');
      if (record === undefined || record.format !== SNAPSHOT_FORMAT) return null;
      // Parsing 100,000 rows blocks for a while: let the preview paint first.
      await nextPaint();
      return { storageToken: record.storageToken, checkpoint: record.checkpoint, rows: decodeSnapshotRows(record.json) };
    } catch (error) {
      // A damaged cache is not data loss: the list is rebuilt from the database.
      console.warn('List cache unreadable; rebuilding from the database.', error);
      return null;
    }
  }

  /** The saved first page of the default view and the number of rows it was taken from. */
  async loadHead(): Promise<{ rows: ListRow[]; total: number } | null> {
    try {
      const record = await this.table.get('influencers-head');
      if (record === undefined || record.format !== SNAPSHOT_FORMAT) return null;
      const head = JSON.parse(record.json) as { total: number; rows: string };
      return { total: head.total, rows: decodeSnapshotRows(head.rows) };
    } catch {
      return null; // only a faster first paint is lost
    }
  }

  async save(snapshot: ProjectionSnapshot, head: { rows: readonly ListRow[]; total: number }): Promise<void> {
    await this.table.put({
      key: 'influencers-head',
      format: SNAPSHOT_FORMAT,
      storageToken: snapshot.storageToken,
      checkpoint: snapshot.checkpoint,
      json: JSON.stringify({ total: head.total, rows: encodeSnapshotRows(head.rows) }),
    });
    await this.table.put({
      key: 'influencers',
      format: SNAPSHOT_FORMAT,
      storageToken: snapshot.storageToken,
      checkpoint: snapshot.checkpoint,
      json: encodeSnapshotRows(snapshot.rows),
    });
  }

  async clear(): Promise<void> {
    await this.table.clear();
  }
}
