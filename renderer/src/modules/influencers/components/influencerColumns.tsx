import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import { PLATFORM_LABELS } from '../../../../../shared/influencer';
import { PlatformIcon } from '../../../components/PlatformIcon';
import { StatusChip } from '../../../components/StatusChip';
import { formatDateTime, formatFollowers } from '../../../components/formatting';
import { influencerHref } from '../../../app/navigation';
import { labelInfo } from '../../labels/labelLookup';
import { memberName } from '../../members/memberName';
import type { ListRow } from '../projection/listRow';
import type { SortField } from '../projection/sortRows';

/** Grid column field → projection sort field (every column sorts in our own code). */
export const SORT_FIELDS: Record<string, SortField> = {
  name: 'name',
  platform: 'platform',
  link: 'link',
  email: 'email',
  status: 'status',
  liaisonId: 'liaisonId',
  followers: 'followers',
  country: 'country',
  updatedAt: 'updatedAt',
};

// A module constant: the grid re-computes columns whenever this array's identity changes.
export const INFLUENCER_COLUMNS: GridColDef<ListRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1.4,
    minWidth: 220,
    renderCell: ({ row }) => (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', height: '100%', minWidth: 0 }}>
        <PlatformIcon platform={row.platform} />
        <Link href={influencerHref(row.id)} underline="hover" noWrap sx={{ fontWeight: 500 }}>
          {row.name}
        </Link>
        {row.labelIds.length > 0 && (
          <Box sx={{ display: 'flex', gap: 0.25 }} aria-hidden>
            {row.labelIds.map((id) => (
              <Box key={id} sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: labelInfo(id).color }} />
            ))}
          </Box>
        )}
      </Stack>
    ),
  },
  {
    field: 'platform',
    headerName: 'Platform',
    width: 120,
    valueGetter: (_value, row) => (row.platform === null ? 'Self-created' : PLATFORM_LABELS[row.platform]),
  },
  {
    field: 'link',
    headerName: 'Link',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) =>
      row.link === '' ? null : (
        <Link href={row.link} target="_blank" rel="noopener noreferrer" noWrap variant="body2">
          {row.link.replace(/^https:\/\/(www\.)?/, '')}
        </Link>
      ),
  },
  { field: 'email', headerName: 'Email', flex: 1, minWidth: 180 },
  {
    field: 'status',
    headerName: 'Collaboration status',
    width: 190,
    renderCell: ({ row }) => <StatusChip statusId={row.status} />,
  },
  {
    field: 'liaisonId',
    headerName: 'Liaison',
    width: 140,
    valueGetter: (_value, row) => memberName(row.liaisonId),
  },
  {
    field: 'labels',
    headerName: 'Labels',
    width: 180,
    sortable: false,
    renderCell: ({ row }) => (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%', overflow: 'hidden' }}>
        {row.labelIds.map((id) => {
          const label = labelInfo(id);
          return <Chip key={id} size="small" label={label.name} sx={{ bgcolor: label.color, color: '#fff' }} />;
        })}
      </Stack>
    ),
  },
  {
    field: 'followers',
    headerName: 'Followers',
    type: 'number',
    width: 110,
    valueFormatter: (value: number | null) => formatFollowers(value),
  },
  { field: 'country', headerName: 'Country', width: 90 },
  {
    field: 'updatedAt',
    headerName: 'Updated',
    width: 170,
    valueFormatter: (value: number) => formatDateTime(value),
  },
];
