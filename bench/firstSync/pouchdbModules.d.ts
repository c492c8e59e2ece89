// The few parts of the PouchDB server packages the first-sync bench uses (they ship no types).
declare module 'pouchdb-core' {
  interface PouchDBConstructor {
    plugin(plugin: unknown): PouchDBConstructor;
    defaults(options: { adapter: string }): PouchDBConstructor;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;
  export default function expressPouchDB(pouchDB: unknown, options: { mode: 'minimumForPouchDB'; inMemoryConfig: boolean }): RequestHandler;
}
