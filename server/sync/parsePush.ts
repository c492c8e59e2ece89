import { validateDocument } from '../../shared/schemas/validateDocument';
import type { Doc } from '../../shared/sync/mergeDocuments';
import { invalidRequest } from '../http/readFields';
import type { CollectionDefinition } from './collections';
import type { PushRow } from './push';

export const MAX_PUSH_ROWS = 1000;
/** Enough to fix a client, small enough to send back. */
const MAX_DETAILS = 50;

/**
 * Validates a whole push before anything is written: one bad row rejects the batch (400,
 * every problem in `details`). Documents must match the collection's JSON schema plus an
 * optional boolean `_deleted` (false when absent); an id may appear once per batch.
 */
export function parsePush(body: unknown, collection: CollectionDefinition): PushRow[] {
  if (!Array.isArray(body)) throw invalidRequest(['body: must be an array of {assumedMasterState, newDocumentState}']);
  if (body.length > MAX_PUSH_ROWS) throw invalidRequest([`body: at most ${MAX_PUSH_ROWS} rows per push, got ${body.length}`]);
  const errors: string[] = [];
  const rows: PushRow[] = [];
  const seen = new Set<string>();
  body.forEach((row: unknown, index) => {
    const at = `[${index}]`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      errors.push(`${at}: must be an object {assumedMasterState, newDocumentState}`);
      return;
    }
    for (const key of Object.keys(row)) {
      if (key !== 'assumedMasterState' && key !== 'newDocumentState') errors.push(`${at}.${key}: unknown field`);
    }
    const record = row as Record<string, unknown>;
    const next = readDocument(record.newDocumentState, collection, `${at}.newDocumentState`, errors);
    const assumed = record.assumedMasterState === null ? null : readDocument(record.assumedMasterState, collection, `${at}.assumedMasterState`, errors);
    if (next === undefined || assumed === undefined) return;
    const id = next.id as string;
    if (assumed !== null && assumed.id !== id) errors.push(`${at}.assumedMasterState.id: must equal newDocumentState.id`);
    if (seen.has(id)) errors.push(`${at}.newDocumentState.id: "${id}" appears more than once in the batch`);
    seen.add(id);
    rows.push({ assumedMasterState: assumed, newDocumentState: next });
  });
  if (errors.length > MAX_DETAILS) errors.splice(MAX_DETAILS, errors.length - MAX_DETAILS, `… and ${errors.length - MAX_DETAILS} more`);
  if (errors.length > 0) throw invalidRequest(errors);
  return rows;
}

/** The document with `_deleted` made explicit, or undefined after recording what is wrong. */
function readDocument(value: unknown, collection: CollectionDefinition, at: string, errors: string[]): Doc | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${at}: must be a document object${at.endsWith('assumedMasterState') ? ' or null' : ''}`);
    return undefined;
  }
  const { _deleted: deleted, ...fields } = value as Doc;
  let ok = true;
  if (deleted !== undefined && typeof deleted !== 'boolean') {
    errors.push(`${at}._deleted: must be a boolean`);
    ok = false;
  }
  const result = validateDocument(collection.schema, fields);
  if (!result.ok) {
    for (const error of result.errors) {
      const unknownField = /^unknown field "(.*)"$/.exec(error);
      errors.push(unknownField === null ? `${at}.${error}` : `${at}.${unknownField[1]}: unknown field`);
    }
    ok = false;
  } else if (collection.check !== undefined) {
    const problems = collection.check(fields);
    for (const problem of problems) errors.push(`${at}.${problem}`);
    if (problems.length > 0) ok = false;
  }
  return ok ? { ...fields, _deleted: deleted === true } : undefined;
}
