import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Influencer } from '../../../../shared/influencer';
import { formatDate, formatFollowers } from '../../components/formatting';

/** The profile data the platform gave when the influencer was recorded (nothing for self-created ones). */
export function InfluencerProfileSummary({ influencer }: { influencer: Influencer }) {
  const profile = influencer.profile ?? null;
  if (profile === null) return null;
  const facts: [string, string][] = [];
  if (profile.handle !== null) facts.push(['Handle', profile.handle]);
  if (influencer.country !== null) facts.push(['Country', influencer.country]);
  if (profile.postCount !== null) facts.push(['Posts', formatFollowers(profile.postCount)]);
  if (profile.viewCount !== null) facts.push(['Views', formatFollowers(profile.viewCount)]);
  if (profile.joinedAt !== null) facts.push(['Joined', formatDate(profile.joinedAt)]);
  return (
    <Stack component="section" aria-label="Profile" spacing={0.5}>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {facts.map(([label, value]) => (
          <Typography key={label} variant="body2">
            <Typography component="span" variant="caption" color="text.secondary">{label} </Typography>
            {value}
          </Typography>
        ))}
      </Stack>
      {profile.description !== null && <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>{profile.description}</Typography>}
    </Stack>
  );
}
