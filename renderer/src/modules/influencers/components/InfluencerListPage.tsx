import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { projection } from '../../../app/crmRuntime';
import { useInfluencerPage } from '../hooks/useInfluencerPage';
import { useDemoLoadStore } from '../stores/demoLoadStore';
import { AddInfluencerDialog } from './AddInfluencerDialog';
import { DemoLoadProgressBar } from './DemoLoadProgressBar';
import { DensityMenu } from './DensityMenu';
import { InfluencerSearchBox } from './InfluencerSearchBox';
import { InfluencerTable } from './InfluencerTable';
import { InfluencerTypeSelect } from './InfluencerTypeSelect';
import { LoadDemoDataPanel } from './LoadDemoDataPanel';

/** "All influencers": the team's active influencers, searchable and sortable. */
export function InfluencerListPage() {
  const [adding, setAdding] = useState(false);
  const { total, ready } = useInfluencerPage(false);
  const demoLoading = useDemoLoadStore((s) => s.progress !== null);
  const demoError = useDemoLoadStore((s) => s.error);
  const empty = ready && projection.size === 0 && !demoLoading;

  return (
    <Stack sx={{ flex: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', px: 2, py: 1.5 }}>
        <Typography variant="h6" component="h1">All influencers</Typography>
        <Typography color="text.secondary" aria-live="polite" data-testid="influencer-count">
          {ready ? `${total.toLocaleString()} influencers` : 'Loading…'}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ ml: 'auto', alignItems: 'center' }}>
          <InfluencerTypeSelect />
          <InfluencerSearchBox />
          <DensityMenu />
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            Add influencer
          </Button>
        </Stack>
      </Stack>
      <DemoLoadProgressBar />
      {demoError !== null && !empty && <Alert severity="error" sx={{ mx: 2, mb: 1 }}>{demoError}</Alert>}
      {empty ? <LoadDemoDataPanel onAddInfluencer={() => setAdding(true)} /> : <InfluencerTable label="All influencers" archived={false} />}
      <AddInfluencerDialog open={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
