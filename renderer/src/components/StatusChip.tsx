import Chip from '@mui/material/Chip';
import { collaborationStatus } from '../../../shared/statuses';

export function StatusChip({ statusId }: { statusId: string }) {
  const status = collaborationStatus(statusId);
  return (
    <Chip
      size="small"
      label={status.label}
      variant="outlined"
      sx={{ borderColor: status.color, color: status.color, fontWeight: 500 }}
    />
  );
}
