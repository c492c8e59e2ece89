import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { PLATFORM_LABELS } from '../../../../shared/influencer';
import { displayName } from '../../../../shared/names/displayName';
import { PlatformIcon } from '../../components/PlatformIcon';
import { formatFollowers } from '../../components/formatting';
import { LabelChipList } from '../labels/components/LabelMarkers';
import { MergedInfluencersHistory } from '../merge/components/MergedInfluencersHistory';
import { MergedIntoNotice } from '../merge/components/MergedIntoNotice';
import { InfluencerOverview } from '../records/components/InfluencerOverview';
import { InfluencerProfileSummary } from '../recording/InfluencerProfileSummary';
import { InfluencerRecording } from '../recording/InfluencerRecording';
import { InfluencerActivityLog } from './InfluencerActivityLog';
import { InfluencerArchiveButton } from './InfluencerArchiveButton';
import { InfluencerChannelsEditor } from './InfluencerChannelsEditor';
import { InfluencerEmailEditor } from './InfluencerEmailEditor';
import { InfluencerLinkEditor } from './InfluencerLinkEditor';
import { InfluencerLiaisonSelect } from './InfluencerLiaisonSelect';
import { InfluencerNameEditor } from './InfluencerNameEditor';
import { InfluencerStatusSelect } from './InfluencerStatusSelect';
import { useInfluencerDocument } from './useInfluencerDocument';

/** One labelled value; a group named by its label, so its controls can be told apart. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box role="group" aria-labelledby={id}>
      <Typography variant="caption" color="text.secondary" component="div" id={id}>{label}</Typography>
      <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
  );
}

/** The influencer's own page: who they are, how to reach them, and everything that happened. */
export function InfluencerDetailsPage({ influencerId }: { influencerId: string }) {
  const doc = useInfluencerDocument(influencerId);

  if (doc.state === 'loading') return <CircularProgress sx={{ m: 4 }} aria-label="Loading influencer" />;
  const inf = doc.value;
  if (inf === null) {
    return (
      <Stack spacing={2} sx={{ p: 3 }}>
        <Typography>This influencer is not in your CRM.</Typography>
        <Button href="#/" startIcon={<ArrowBackIcon />}>All influencers</Button>
      </Stack>
    );
  }
  const name = displayName(inf);

  return (
    <Stack spacing={2} sx={{ p: 3, overflow: 'auto', flex: 1 }}>
      <Box>
        <Button href="#/" startIcon={<ArrowBackIcon />} size="small">All influencers</Button>
      </Box>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Avatar sx={{ width: 56, height: 56 }} src={inf.profile?.avatarUrl ?? undefined} alt="">{name.slice(0, 1).toUpperCase()}</Avatar>
          <InfluencerNameEditor influencer={inf} />
          {inf.archived && <Typography color="warning.main">Archived</Typography>}
          {(inf.mergedInto ?? null) !== null && <MergedIntoNotice survivorId={inf.mergedInto ?? ''} />}
          <Box sx={{ flex: 1 }} />
          <InfluencerArchiveButton influencer={inf} />
        </Stack>
        <Divider sx={{ my: 2 }} />
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Field label="Type">{inf.kind === 'platform' ? 'Platform influencer' : 'Self-created influencer'}</Field>
          <Field label="Platform">
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <PlatformIcon platform={inf.platform} />
              <span>{inf.platform === null ? 'None' : PLATFORM_LABELS[inf.platform]}</span>
            </Stack>
          </Field>
          {inf.platformId !== null && <Field label="Channel ID">{inf.platformId}</Field>}
          <Field label="Followers">{inf.followers === null ? '—' : formatFollowers(inf.followers)}</Field>
          <Field label="Link"><InfluencerLinkEditor influencer={inf} /></Field>
          <Field label="Other channels"><InfluencerChannelsEditor influencer={inf} /></Field>
          <Field label="Email"><InfluencerEmailEditor influencer={inf} /></Field>
          <InfluencerStatusSelect influencer={inf} group="influencer" />
          <InfluencerStatusSelect influencer={inf} group="contract" />
          <InfluencerStatusSelect influencer={inf} group="payment" />
          <InfluencerLiaisonSelect influencer={inf} />
          <Field label="Labels"><LabelChipList ids={inf.labelIds} /></Field>
        </Stack>
        <Stack spacing={1} sx={{ mt: 2 }}>
          <InfluencerRecording influencer={inf} />
          <InfluencerProfileSummary influencer={inf} />
        </Stack>
      </Paper>
      <InfluencerOverview influencerId={inf.id} kind={inf.kind} />
      <InfluencerActivityLog influencerId={inf.id} />
      <MergedInfluencersHistory survivorId={inf.id} />
    </Stack>
  );
}
