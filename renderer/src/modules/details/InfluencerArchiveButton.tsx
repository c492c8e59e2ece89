import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { setInfluencerArchived } from '../influencers/commands/setInfluencerArchived';
import { useFieldPermission } from '../team/useFieldPermission';
import { runChange } from './runChange';

/** "Archive" (or "Restore" for an archived influencer), when the data-management settings allow it. */
export function InfluencerArchiveButton({ influencer }: { influencer: Influencer }) {
  const [error, setError] = useState<string | null>(null);
  const permission = useFieldPermission(influencer, 'archive');
  const label = influencer.archived ? 'Restore' : 'Archive';

  const toggle = async () => {
    setError(null);
    setError(await runChange((ctx) => setInfluencerArchived(ctx, influencer.id, !influencer.archived)));
  };

  const button = (
    <Button
      size="small"
      variant="outlined"
      startIcon={influencer.archived ? <UnarchiveOutlinedIcon /> : <ArchiveOutlinedIcon />}
      disabled={!permission.allowed}
      aria-description={permission.allowed ? undefined : permission.reason}
      onClick={() => void toggle()}
    >
      {label}
    </Button>
  );
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
      {permission.allowed ? button : <Tooltip title={permission.reason}><span>{button}</span></Tooltip>}
      {error !== null && <Typography variant="caption" color="error" role="alert">{error}</Typography>}
    </Stack>
  );
}
