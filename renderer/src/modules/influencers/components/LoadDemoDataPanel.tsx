import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { getCrmRuntime } from '../../../app/crmRuntime';
import { currentMember } from '../../../session/sessionState';
import { loadDemoData } from '../commands/loadDemoData';
import { useDemoLoadStore } from '../stores/demoLoadStore';

const SIZES = [1_000, 10_000, 100_000];

/** Shown in an empty CRM: fills it with seeded demo influencers to try the app. */
export function LoadDemoDataPanel({ onAddInfluencer }: { onAddInfluencer: () => void }) {
  const [size, setSize] = useState(1_000);
  const error = useDemoLoadStore((s) => s.error);

  const start = async () => {
    const { setProgress, setError } = useDemoLoadStore.getState();
    setError(null);
    setProgress({ done: 0, total: size });
    try {
      await loadDemoData(await getCrmRuntime(), size, currentMember().id, setProgress);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 560, mx: 'auto', mt: 6 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">Your CRM is empty</Typography>
        <Typography color="text.secondary">
          Add your first influencer from a YouTube, Instagram or TikTok link, or load demo data to explore.
        </Typography>
        {error !== null && <Alert severity="error">{error}</Alert>}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="contained" onClick={onAddInfluencer}>Add influencer</Button>
            <TextField
              select
              size="small"
              label="Demo size"
              value={size}
              onChange={(event) => setSize(Number(event.target.value))}
              sx={{ width: 140 }}
            >
              {SIZES.map((n) => (
                <MenuItem key={n} value={n}>{n.toLocaleString()}</MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" onClick={() => void start()}>Load demo data</Button>
          </Stack>
      </Stack>
    </Paper>
  );
}
