// What the first-sync page (bench/page/firstSyncPage.ts) exposes to bench/firstSync/run.ts.

export interface SyncTarget {
  serverUrl: string;
  token: string;
  teamId: string;
  memberId: string;
}

export interface Measured {
  ms: number;
  /** Documents stored locally at the end. */
  count: number;
  note: string;
}

export interface FirstSyncBench {
  rawDexie(target: SyncTarget, pageSize: number): Promise<Measured>;
  ourFirstSync(target: SyncTarget): Promise<Measured>;
  pouchFirstSync(url: string, batchSize: number): Promise<Measured>;
  rxdbInsert(target: SyncTarget, pageSize: number): Promise<Measured>;
  pullOnly(target: SyncTarget, pageSize: number): Promise<Measured>;
}

export interface FirstSyncWindow {
  firstSyncBench?: FirstSyncBench;
}
