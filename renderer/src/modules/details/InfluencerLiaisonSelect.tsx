import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { changeInfluencerLiaison } from '../influencers/commands/changeInfluencerLiaison';
import { memberName } from '../members/memberName';
import { useTeamDirectory } from '../team/teamDirectoryStore';
import { useFieldPermission } from '../team/useFieldPermission';
import { runChange } from './runChange';

const NOBODY = '';

/** Who owns the relationship: any active member of the team, or nobody. */
export function InfluencerLiaisonSelect({ influencer }: { influencer: Influencer }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const members = useTeamDirectory((s) => s.members);
  const permission = useFieldPermission(influencer, 'liaison');
  const active = members.filter((m) => m.active);
  const current = influencer.liaisonId;
  const listed = current === null || active.some((m) => m.id === current);

  const change = async (value: string) => {
    setError(null);
    setError(await runChange((ctx) => changeInfluencerLiaison(ctx, influencer.id, value === NOBODY ? null : value)));
  };

  return (
    <TextField
      id={id}
      select
      label="Liaison"
      size="small"
      value={current ?? NOBODY}
      onChange={(e) => void change(e.target.value)}
      disabled={!permission.allowed}
      error={error !== null}
      helperText={error ?? (permission.allowed ? undefined : permission.reason)}
      slotProps={{ select: { native: true } }}
      sx={{ minWidth: 220, mt: 0.5 }}
    >
      <option value={NOBODY}>No liaison</option>
      {!listed && current !== null && <option value={current}>{memberName(current)}</option>}
      {active.map((m) => (
        <option key={m.id} value={m.id}>{m.name}</option>
      ))}
    </TextField>
  );
}
