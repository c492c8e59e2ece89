import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import { rejectedRowsCsv } from '../../../../../shared/csv/rejectedRowsCsv';
import { downloadText } from '../downloadText';
import type { ImportSummary } from '../runImport';

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** What the import did, and the refused rows as a CSV to fix and import again. */
export function ImportSummaryStep({ headers, summary }: { headers: readonly string[]; summary: ImportSummary }) {
  const download = () => downloadText('rejected-rows.csv', rejectedRowsCsv(headers, summary.rejected));
  return (
    <Stack spacing={2}>
      <Alert severity={summary.rejected.length > 0 ? 'warning' : 'success'}>Import finished.</Alert>
      <List dense aria-label="Import summary" disablePadding>
        <ListItem disableGutters>{`Added: ${fmt(summary.added)}`}</ListItem>
        <ListItem disableGutters>{`Updated: ${fmt(summary.updated)}`}</ListItem>
        {summary.unchanged > 0 && <ListItem disableGutters>{`Already up to date: ${fmt(summary.unchanged)}`}</ListItem>}
        <ListItem disableGutters>{`Skipped: ${fmt(summary.skipped)}`}</ListItem>
        <ListItem disableGutters>{`Rejected: ${fmt(summary.rejected.length)}`}</ListItem>
        {summary.empty > 0 && <ListItem disableGutters>{`Empty rows left out: ${fmt(summary.empty)}`}</ListItem>}
      </List>
      {summary.kept.map((k) => (
        <Alert key={k.reason} severity="info">{`${fmt(k.count)} ${k.count === 1 ? 'value was' : 'values were'} not updated: ${k.reason}`}</Alert>
      ))}
      <Button variant="outlined" startIcon={<DownloadIcon />} disabled={summary.rejected.length === 0} onClick={download} sx={{ alignSelf: 'flex-start' }}>
        Download rejected rows
      </Button>
    </Stack>
  );
}
