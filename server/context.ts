import type { Storage } from './storage/storage';
import type { FieldPermissions } from './sync/permissions';

/** What the routes are given (style.md: clocks, random ids and storage passed in). */
export interface ServerContext {
  storage: Storage;
  now: () => number;
  newId: () => string;
  /** scrypt cost (N) for new password hashes. */
  passwordCost: number;
  permissions: FieldPermissions;
  /** How often an idle event stream gets a comment line, so proxies keep it open. */
  heartbeatMs: number;
  /** Largest push body accepted, bytes. */
  pushBodyLimit: number;
}
