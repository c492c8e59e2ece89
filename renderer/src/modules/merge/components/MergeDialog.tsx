import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { PLATFORM_LABELS, type Influencer } from '../../../../../shared/influencer';
import {
  MERGE_FIELD_LABELS, mergeFieldChoices, planMerge, type MergeChoices, type MergeField, type MergeValue,
} from '../../../../../shared/influencers/planMerge';
import { displayName } from '../../../../../shared/names/displayName';
import { describeStatus } from '../../../../../shared/statuses/statusLookup';
import type { StatusCatalog } from '../../../../../shared/statuses/statusCatalog';
import { getCrmRuntime } from '../../../app/crmRuntime';
import { formatFollowers } from '../../../components/formatting';
import { useStatusCatalog } from '../../details/useStatusCatalog';
import { labelInfo } from '../../labels/labelLookup';
import { memberName } from '../../members/memberName';
import { usePermissionContext } from '../../team/permissionContext';
import { useMergeStore } from '../mergeStore';
import { runMerge } from '../runMerge';

function describeInfluencer(inf: Influencer): string {
  const where = inf.platform === null ? (inf.link === '' ? 'self-created' : inf.link) : `${PLATFORM_LABELS[inf.platform]} ${inf.platformId ?? ''}`;
  return `${displayName(inf)} — ${where}${inf.email === null ? '' : ` · ${inf.email}`}`;
}

function showValue(field: MergeField, value: MergeValue, catalog: StatusCatalog): string {
  if ((field === 'status' || field === 'contractStatus' || field === 'paymentStatus') && typeof value === 'string') return describeStatus(catalog, value).label;
  if (field === 'liaisonId' && typeof value === 'string') return memberName(value);
  if (field === 'followers' && typeof value === 'number') return formatFollowers(value);
  return String(value);
}

/**
 * "Merge influencers": which one to keep, then field by field which value wins (the kept
 * one's by default, gaps filled from the others); labels, channels, records and history are
 * combined on it, the others archived pointing at it. A refusal (permissions, an influencer
 * merged already) is said before anything is written.
 */
export function MergeDialog() {
  const ids = useMergeStore((s) => s.ids);
  const close = () => useMergeStore.getState().openMerge(null);
  return (
    <Dialog open={ids !== null} onClose={close} fullWidth maxWidth="md" aria-labelledby="merge-title">
      <DialogTitle id="merge-title">Merge influencers</DialogTitle>
      {/* Keyed by the influencers: another merge starts with fresh choices. */}
      {ids !== null && <MergeForm key={ids.join()} ids={ids} onClose={close} />}
    </Dialog>
  );
}

function MergeForm({ ids, onClose }: { ids: readonly string[]; onClose: () => void }) {
  const busy = useMergeStore((s) => s.busy);
  const [docs, setDocs] = useState<Influencer[] | null>(null);
  const [survivorId, setSurvivorId] = useState<string | null>(null);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const permissions = usePermissionContext();
  const catalog = useStatusCatalog();

  useEffect(() => {
    let cancelled = false;
    void getCrmRuntime().then(async ({ db }) => {
      const found = await db.influencers.findByIds([...ids]).exec();
      if (cancelled) return;
      const list = ids.flatMap((id) => {
        const doc = found.get(id);
        return doc === undefined ? [] : [doc.toJSON() as Influencer];
      });
      setDocs(list);
      // The oldest is kept by default: the record the team has worked with longest.
      const oldest = [...list].filter((d) => !d.archived).sort((a, b) => a.createdAt - b.createdAt)[0] ?? list[0];
      setSurvivorId(oldest?.id ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [ids]);

  const survivor = docs?.find((d) => d.id === survivorId) ?? null;
  const others = useMemo(() => docs?.filter((d) => d.id !== survivorId) ?? [], [docs, survivorId]);
  const fieldChoices = useMemo(() => (survivor === null ? [] : mergeFieldChoices(survivor, others, permissions ?? undefined)), [survivor, others, permissions]);
  const preview = useMemo(() => {
    if (survivor === null) return null;
    let n = 0;
    return planMerge(survivor, others, choices, { actorId: permissions?.actor.id ?? '', now: 0, batchId: 'preview', newId: () => `p${++n}`, permissions: permissions ?? undefined });
  }, [survivor, others, choices, permissions]);

  const merge = async () => {
    if (survivor === null) return;
    setRefusal(await runMerge(survivor.id, others.map((o) => o.id), choices, displayName(survivor)));
  };
  const labels = preview?.ok === true ? (preview.plan.survivorChanges.labelIds ?? survivor?.labelIds ?? []) : (survivor?.labelIds ?? []);
  const channels = preview?.ok === true ? (preview.plan.survivorChanges.channels ?? survivor?.channels ?? []) : [];
  const reason = refusal ?? (preview !== null && !preview.ok ? preview.reason : null);

  return (
    <>
      <DialogContent dividers>
        {docs === null ? (
          <CircularProgress aria-label="Loading influencers" />
        ) : docs.length < 2 ? (
          <Alert severity="info">Choose at least two influencers to merge.</Alert>
        ) : (
          <Stack spacing={3}>
            <FormControl>
              <FormLabel id="merge-keep">Influencer to keep</FormLabel>
              <RadioGroup aria-labelledby="merge-keep" value={survivorId ?? ''} onChange={(e) => { setSurvivorId(e.target.value); setChoices({}); setRefusal(null); }}>
                {docs.map((d) => <FormControlLabel key={d.id} value={d.id} control={<Radio />} label={describeInfluencer(d)} disabled={busy} />)}
              </RadioGroup>
              <FormHelperText>The others are archived and point to it; their records and history show on it.</FormHelperText>
            </FormControl>
            <Typography variant="subtitle1" component="h3">Which value wins</Typography>
            {fieldChoices.map((choice) => {
              const labelId = `merge-field-${choice.field}`;
              const chosen = choices[choice.field] ?? choice.defaultValue;
              return (
                <FormControl key={choice.field} disabled={busy || choice.locked !== null}>
                  <FormLabel id={labelId}>{MERGE_FIELD_LABELS[choice.field]}</FormLabel>
                  <RadioGroup
                    row
                    aria-labelledby={labelId}
                    value={String(chosen)}
                    onChange={(e) => {
                      const picked = choice.values.find((v) => String(v.value) === e.target.value);
                      if (picked !== undefined) setChoices({ ...choices, [choice.field]: picked.value });
                      setRefusal(null);
                    }}
                  >
                    {choice.values.map((v) => <FormControlLabel key={String(v.value)} value={String(v.value)} control={<Radio />} label={showValue(choice.field, v.value, catalog)} />)}
                  </RadioGroup>
                  {choice.locked !== null && <FormHelperText>{choice.locked}</FormHelperText>}
                </FormControl>
              );
            })}
            <Stack spacing={0.5} aria-label="Combined on the kept influencer" role="group">
              <Typography variant="subtitle1" component="h3">Combined on the kept influencer</Typography>
              <Typography variant="body2">{`Labels: ${labels.length === 0 ? 'none' : labels.map((id) => labelInfo(id).name).join(', ')}`}</Typography>
              <Typography variant="body2">{`Other channels: ${channels.length === 0 ? 'none' : channels.map((c) => c.url).join(', ')}`}</Typography>
              <Typography variant="body2">Overview records and activity history of the others move to it.</Typography>
            </Stack>
            {reason !== null && <Alert severity="error">{reason}</Alert>}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>Cancel</Button>
        <Button variant="contained" disabled={busy || survivor === null || reason !== null || (docs?.length ?? 0) < 2} onClick={() => void merge()}>
          Merge
        </Button>
      </DialogActions>
    </>
  );
}
