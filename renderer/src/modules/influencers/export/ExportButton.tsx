import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import type { ListRow } from '../projection/listRow';
import { useListStore } from '../stores/listStore';
import { downloadReadyExport, exportInfluencers, useExportStore } from './runExport';

/** "Export" in the list's header: the selection, or the whole view when nothing is selected. */
export function ExportButton({ matching }: { matching: readonly ListRow[] }) {
  const selected = useListStore((s) => s.selectedIds.length);
  const progress = useExportStore((s) => s.progress);
  const error = useExportStore((s) => s.error);
  const ready = useExportStore((s) => s.ready);
  const count = (selected > 0 ? selected : matching.length).toLocaleString('en-US');
  const what = selected > 0 ? `the ${count} selected influencers` : `the ${count} influencers in this view`;
  const percent = progress === null || progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  return (
    <>
      <Tooltip title={`Download ${what} as a CSV file`}>
        <span>
          <Button
            variant="outlined"
            startIcon={<FileDownloadOutlinedIcon />}
            disabled={progress !== null}
            aria-description={`Downloads ${what} as a CSV file`}
            onClick={() => void exportInfluencers(matching)}
          >
            Export
          </Button>
        </span>
      </Tooltip>
      {progress !== null && (
        <Box role="status" aria-label="Export progress" sx={{ width: 160 }}>
          <Box component="span" sx={{ fontSize: 12 }}>
            Exporting {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')}
          </Box>
          <LinearProgress variant="determinate" value={percent} aria-label="Exporting" />
        </Box>
      )}
      {ready !== null && (
        <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
          <Alert
            severity="success"
            role="status"
            aria-label="Export ready"
            onClose={() => useExportStore.setState({ ready: null })}
            action={<Button color="inherit" size="small" onClick={downloadReadyExport}>Download</Button>}
          >
            {`Your export of ${ready.rows.toLocaleString('en-US')} influencers is ready.`}
          </Alert>
        </Snackbar>
      )}
      <Snackbar open={error !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Alert severity="error" onClose={() => useExportStore.setState({ error: null })}>{error}</Alert>
      </Snackbar>
    </>
  );
}
