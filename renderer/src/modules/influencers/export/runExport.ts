import { create } from 'zustand';
import { influencerCsvChunks, influencerExportFileName, type ExportLookups } from '../../../../../shared/csv/influencerExportColumns';
import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import { describeStatus } from '../../../../../shared/statuses/statusLookup';
import { projection } from '../../../app/crmRuntime';
import { labelInfo } from '../../labels/labelLookup';
import { memberName } from '../../members/memberName';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { listGridApiRef } from '../keyboard/listGridApi';
import type { ListRow } from '../projection/listRow';
import { useListStore } from '../stores/listStore';
import { INFLUENCER_COLUMNS } from '../components/influencerColumns';
import { buildCsvBlob, type BuildProgress } from './buildCsvBlob';
import { exportColumnsOf, rowsToExport } from './exportSelection';
import { saveFile } from './saveFile';

/** Rows per piece: about a millisecond each, so the UI gets its turn every ~12 ms (buildCsvBlob). */
const ROWS_PER_CHUNK = 250;

interface ExportState {
  /** Set while a file is being written. */
  progress: BuildProgress | null;
  error: string | null;
}

export const useExportStore = create<ExportState>()(() => ({ progress: null, error: null }));

function lookups(): ExportLookups {
  const catalog = readStatusCatalog(useTeamDirectory.getState().statusCatalogValue).catalog;
  return { statusLabel: (id) => describeStatus(catalog, id).label, memberName, labelName: (id) => labelInfo(id).name };
}

/**
 * "Export": a CSV of the selection, or of the view when nothing is selected, with the list's
 * visible columns in their order (shared/csv/influencerExportColumns), downloaded.
 */
export async function exportInfluencers(matching: readonly ListRow[]): Promise<void> {
  if (useExportStore.getState().progress !== null) return;
  const list = useListStore.getState();
  const rows = rowsToExport(matching, list.selectedIds, (id) => projection.getRow(id));
  const api = listGridApiRef.current;
  const columns = api !== null ? exportColumnsOf(api.getVisibleColumns()) : exportColumnsOf(INFLUENCER_COLUMNS, list.hiddenColumns);
  useExportStore.setState({ progress: { done: 0, total: rows.length }, error: null });
  try {
    const chunks = influencerCsvChunks(rows, columns, lookups(), { rowsPerChunk: ROWS_PER_CHUNK });
    const blob = await buildCsvBlob(chunks, ROWS_PER_CHUNK, rows.length, (progress) => useExportStore.setState({ progress }));
    saveFile(blob, influencerExportFileName(new Date()));
  } catch (error) {
    useExportStore.setState({ error: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    useExportStore.setState({ progress: null });
  }
}
