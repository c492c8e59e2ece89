import type { CheckedImport } from '../../../../shared/csv/checkImportRows';
import type { ColumnMapping } from '../../../../shared/csv/importFields';
import type { ImportContext } from '../../../../shared/csv/validateImportRow';
import type { ExistingInfluencer, ImportSource, ReadOutcome } from './importAnalyzer';

/** Messages to the import worker; `id` pairs each request with its replies. */
export type WorkerRequest =
  | { id: number; type: 'read'; source: ImportSource }
  | { id: number; type: 'check'; mapping: ColumnMapping; context: ImportContext; existing: ExistingInfluencer[]; createLabels: boolean };

export type WorkerReply =
  | { id: number; type: 'read'; outcome: ReadOutcome }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'checked'; checked: CheckedImport }
  | { id: number; type: 'error'; message: string };
