import type { WithDeleted } from 'rxdb';
import { validateDocument, type SchemaNode } from '../../../shared/schemas/validateDocument';
import { ServerError } from './serverApi';

const MAX_REPORTED = 5;

/**
 * Checks documents that come from the server (pull, stream, push conflicts) against the
 * collection's own JSON schema before RxDB stores them: the edge accepts exactly what the
 * local database accepts. One bad document fails the whole batch (with the reasons): storing
 * part of a batch would move the checkpoint past the rest.
 */
export function readReplicatedDocuments<T>(schema: SchemaNode, values: readonly unknown[], collection: string): WithDeleted<T>[] {
  const problems: string[] = [];
  for (const value of values) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push('not a document');
      continue;
    }
    const { _deleted: deleted, ...fields } = value as Record<string, unknown>;
    if (deleted !== undefined && typeof deleted !== 'boolean') problems.push(`${String(fields.id)}: _deleted must be a boolean`);
    const result = validateDocument(schema, fields);
    if (!result.ok) problems.push(`${String(fields.id)}: ${result.errors.join(', ')}`);
    if (problems.length >= MAX_REPORTED) break;
  }
  if (problems.length > 0) {
    throw new ServerError('bad_answer', `The server sent ${collection} this app cannot store (${problems.join('; ')}). The app may be out of date.`);
  }
  return values.map((value) => {
    const doc = value as WithDeleted<T> & { _deleted?: boolean };
    return doc._deleted === true ? doc : { ...doc, _deleted: false };
  });
}
