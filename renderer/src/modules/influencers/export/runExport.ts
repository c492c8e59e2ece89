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

/** A file built after the click's user activation ran out, waiting for "Download". */
export interface ReadyExport {
  blob: Blob;
  fileName: string;
  rows: number;
}

interface ExportState {
  /** Set while a file is being written. */
  progress: BuildProgress | null;
  ready: ReadyExport | null;
  error: string | null;
}

export const useExportStore = create<ExportState>()(() => ({ progress: null, ready: null, error: null }));

/**
 * Whether a download may start now. A browser lets a page download again only shortly after
 * a click (Chromium asks "download multiple files?" or refuses otherwise), and a large export
 * outlasts that; the desktop app downloads at any time.
 */
function maySaveNow(): boolean {
  if (window.crmDesktop !== undefined) return true;
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  return activation?.isActive ?? true;
}

/** "Download" on a file that was ready too late to download by itself. */
export function downloadReadyExport(): void {
  const ready = useExportStore.getState().ready;
  if (ready === null) return;
  useExportStore.setState({ ready: null });
  saveFile(ready.blob, ready.fileName);
}

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
  useExportStore.setState({ progress: { done: 0, total: rows.length }, ready: null, error: null });
  try {
    const chunks = influencerCsvChunks(rows, columns, lookups(), { rowsPerChunk: ROWS_PER_CHUNK });
    const blob = await buildCsvBlob(chunks, ROWS_PER_CHUNK, rows.length, (progress) => useExportStore.setState({ progress }));
    const fileName = influencerExportFileName(new Date());
    if (maySaveNow()) saveFile(blob, fileName);
    else useExportStore.setState({ ready: { blob, fileName, rows: rows.length } });
  } catch (error) {
    useExportStore.setState({ error: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    useExportStore.setState({ progress: null });
  }
}
