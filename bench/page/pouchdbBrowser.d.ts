// The few parts of pouchdb-browser the first-sync bench page uses (the package ships no types).
declare module 'pouchdb-browser' {
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  interface PouchDatabase {
    replicate: { from(source: string, options: { batch_size: number; batches_limit?: number }): Promise<ReplicationResult> };
    info(): Promise<{ doc_count: number; adapter: string }>;
    destroy(): Promise<unknown>;
  }
  const PouchDB: new (name: string) => PouchDatabase;
  export default PouchDB;
}
