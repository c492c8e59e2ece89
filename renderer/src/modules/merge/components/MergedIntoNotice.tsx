import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { influencerHref } from '../../../app/navigation';
import { projection } from '../../../app/crmRuntime';

/** On a merged (archived) influencer: the pointer to the one it was merged into. */
export function MergedIntoNotice({ survivorId }: { survivorId: string }) {
  const name = projection.getRow(survivorId)?.name ?? 'another influencer';
  return (
    <Typography color="text.secondary" aria-label="Merged into">
      Merged into <Link href={influencerHref(survivorId)}>{name}</Link>
    </Typography>
  );
}
