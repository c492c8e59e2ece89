import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { COLLABORATION_STATUSES, collaborationStatus } from '../../../../shared/statuses';
import { changeInfluencerStatus } from '../influencers/commands/changeInfluencerStatus';
import { commandContext } from '../team/commandContext';
import { useFieldPermission } from '../team/useFieldPermission';

/** The collaboration status as a select (native, so it is fast and fully keyboard accessible). */
export function InfluencerStatusSelect({ influencer }: { influencer: Influencer }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const known = COLLABORATION_STATUSES.some((s) => s.id === influencer.status);
  const permission = useFieldPermission(influencer, 'status');

  const change = async (statusId: string) => {
    setError(null);
    try {
      const result = await changeInfluencerStatus(await commandContext(), influencer.id, statusId);
      if (result.status === 'invalid' || result.status === 'refused') setError(result.reason);
      else if (result.status === 'not_found') setError('This influencer is no longer in your CRM.');
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <TextField
      id={id}
      select
      label="Collaboration status"
      size="small"
      value={influencer.status}
      onChange={(e) => void change(e.target.value)}
      disabled={!permission.allowed}
      error={error !== null}
      helperText={error ?? (permission.allowed ? undefined : permission.reason)}
      slotProps={{ select: { native: true } }}
      sx={{ minWidth: 240, mt: 0.5 }}
    >
      {!known && <option value={influencer.status}>{collaborationStatus(influencer.status).label}</option>}
      {COLLABORATION_STATUSES.map((s) => (
        <option key={s.id} value={s.id}>{s.label}</option>
      ))}
    </TextField>
  );
}
