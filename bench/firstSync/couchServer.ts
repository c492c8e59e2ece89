// The peer baseline's server: express-pouchdb (PouchDB's CouchDB-protocol HTTP server) over
// in-memory PouchDB databases (memdown), in its own process so it does not share an event
// loop with the sync server or the bench. Prints "listening <url>" once ready.
//   node --import tsx bench/firstSync/couchServer.ts   (PORT=0 picks a free port)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import expressPouchDB from 'express-pouchdb';

const MemoryPouchDB = PouchDB.plugin(memoryAdapter).defaults({ adapter: 'memory' });
// The smallest mode that serves PouchDB replication; config kept in memory (no files written).
const couch = expressPouchDB(MemoryPouchDB, { mode: 'minimumForPouchDB', inMemoryConfig: true });

// The bench page is served by the sync server (another origin): answer CORS like a CouchDB
// with CORS enabled for that origin. PouchDB sends credentials, so "*" is not enough.
const server = createServer((request, response) => {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? 'Content-Type, Accept');
    response.setHeader('Access-Control-Max-Age', '600');
    response.writeHead(204).end();
    return;
  }
  couch(request, response);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening http://127.0.0.1:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
