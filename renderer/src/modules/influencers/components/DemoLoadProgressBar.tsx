import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDemoLoadStore } from '../stores/demoLoadStore';

export function DemoLoadProgressBar() {
  const progress = useDemoLoadStore((s) => s.progress);
  if (progress === null) return null;
  return (
    <Stack spacing={0.5} role="status" aria-label="Loading demo data" sx={{ px: 2, pb: 1 }}>
      <LinearProgress variant="determinate" value={(100 * progress.done) / progress.total} />
      <Typography variant="caption">
        Loading demo data: {progress.done.toLocaleString()} of {progress.total.toLocaleString()} influencers written
      </Typography>
    </Stack>
  );
}
