import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { statusChoices } from '../../../../shared/statuses/statusLookup';
import { statusOf } from '../../../../shared/statuses/statusOf';
import type { StatusGroup } from '../../../../shared/statuses/statusGroups';
import { changeInfluencerStatus } from '../influencers/commands/changeInfluencerStatus';
import { useEditLock, useFieldPermission } from '../team/useFieldPermission';
import { useStatusCatalog } from './useStatusCatalog';
import { runChange } from './runChange';

const NONE = '';

const GROUP_LABELS: Record<StatusGroup, string> = {
  influencer: 'Collaboration status',
  contract: 'Contract status',
  payment: 'Payment status',
};

/**
 * The influencer's status in one status group, from the team's catalog, as a select (native,
 * so it is fast and fully keyboard accessible). Only the collaboration status is guarded by
 * the data-management settings; Contract and Payment are everyone's and can be cleared.
 */
export function InfluencerStatusSelect({ influencer, group = 'influencer' }: { influencer: Influencer; group?: StatusGroup }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const catalog = useStatusCatalog();
  const guarded = useFieldPermission(influencer, 'status');
  const locked = useEditLock(influencer);
  const permission = group === 'influencer' ? guarded : locked === null ? { allowed: true as const } : { allowed: false as const, reason: locked };
  const current = statusOf(influencer, group);
  const choices = statusChoices(catalog, group, current);

  const change = async (value: string) => {
    setError(null);
    setError(await runChange((ctx) => changeInfluencerStatus(ctx, influencer.id, value === NONE ? null : value, { group, catalog })));
  };

  return (
    <TextField
      id={id}
      select
      label={GROUP_LABELS[group]}
      size="small"
      value={current ?? NONE}
      onChange={(e) => void change(e.target.value)}
      disabled={!permission.allowed}
      error={error !== null}
      helperText={error ?? (permission.allowed ? undefined : permission.reason)}
      slotProps={{ select: { native: true } }}
      sx={{ minWidth: 220, mt: 0.5 }}
    >
      {group !== 'influencer' && <option value={NONE}>None</option>}
      {choices.map((s) => (
        <option key={s.id} value={s.id}>{s.retired ? `${s.label} (retired)` : s.label}</option>
      ))}
    </TextField>
  );
}
