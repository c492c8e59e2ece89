import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { projection } from '../../../app/crmRuntime';
import { LabelsButton } from '../../labels/components/LabelsDialog';
import { ExportButton } from '../export/ExportButton';
import { useInfluencerPage } from '../hooks/useInfluencerPage';
import { KeyboardShortcutsButton } from '../keyboard/KeyboardShortcutsDialog';
import { useListKeyboard } from '../keyboard/useListKeyboard';
import { QuickListOverlays } from '../quickActions/QuickListOverlays';
import { useDemoLoadStore } from '../stores/demoLoadStore';
import { SavedViewTabs } from '../../views/components/SavedViewTabs';
import { ViewToolbar } from '../../views/components/ViewToolbar';
import { useListView } from '../../views/useListViews';
import { BulkActionBar } from './BulkActionBar';
import { BulkOutcomeSnackbar } from './BulkOutcomeSnackbar';
import { BulkPreviewDialog } from './BulkPreviewDialog';
import { AddInfluencerDialog } from './AddInfluencerDialog';
import { DemoLoadProgressBar } from './DemoLoadProgressBar';
import { DensityMenu } from './DensityMenu';
import { InfluencerSearchBox } from './InfluencerSearchBox';
import { InfluencerTable } from './InfluencerTable';
import { InfluencerTypeSelect } from './InfluencerTypeSelect';
import { ListImportActions } from '../../import/components/ListImportActions';
import { LoadDemoDataPanel } from './LoadDemoDataPanel';

/**
 * The influencer list in one of its views (the built-in "All influencers", "My influencers",
 * "Archived influencers", or a saved view), searchable, filterable and sortable, with bulk
 * operations on the selection.
 */
export function InfluencerListPage() {
  const [adding, setAdding] = useState(false);
  const view = useListView();
  const { total, ready, matching } = useInfluencerPage(view.archived, view.filter);
  const demoLoading = useDemoLoadStore((s) => s.progress !== null);
  const demoError = useDemoLoadStore((s) => s.error);
  // Not while the saved first page shows (the rows are still being read): that is no empty CRM.
  const empty = ready && projection.size === 0 && total === 0 && !demoLoading;
  useListKeyboard(matching);

  return (
    <Stack sx={{ flex: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', px: 2, py: 1.5 }}>
        <Typography variant="h6" component="h1">{view.label}</Typography>
        <Typography color="text.secondary" aria-live="polite" data-testid="influencer-count">
          {ready ? `${total.toLocaleString()} influencers` : 'Loading…'}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ ml: 'auto', alignItems: 'center' }}>
          <InfluencerTypeSelect />
          <InfluencerSearchBox />
          <DensityMenu />
          <ListImportActions />
          <LabelsButton />
          {!empty && <ExportButton matching={matching} />}
          <KeyboardShortcutsButton />
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            Add influencer
          </Button>
        </Stack>
      </Stack>
      {!empty && <SavedViewTabs />}
      {!empty && <ViewToolbar />}
      <DemoLoadProgressBar />
      {demoError !== null && !empty && <Alert severity="error" sx={{ mx: 2, mb: 1 }}>{demoError}</Alert>}
      {!empty && <BulkActionBar matching={matching} archivedView={view.archived === true} />}
      {empty ? <LoadDemoDataPanel onAddInfluencer={() => setAdding(true)} /> : <InfluencerTable view={view} />}
      <BulkPreviewDialog />
      <BulkOutcomeSnackbar />
      <QuickListOverlays />
      <AddInfluencerDialog open={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
