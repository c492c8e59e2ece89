import type { GridColDef } from '@mui/x-data-grid';
import { PLATFORM_LABELS } from '../../../../../shared/influencer';
import { collaborationStatus } from '../../../../../shared/statuses';
import { PlatformIcon } from '../../../components/PlatformIcon';
import { formatDateTime, formatFollowers } from '../../../components/formatting';
import { influencerHref } from '../../../app/navigation';
import { LabelCellChips, LabelDots } from '../../labels/components/LabelMarkers';
import { memberName } from '../../members/memberName';
import { HighlightedText } from '../highlight/HighlightedText';
import type { ListRow } from '../projection/listRow';
import { QuickActionsCell } from '../quickActions/QuickActionsCell';
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

/**
 * Cell styles, applied once on the grid (see INFLUENCER_GRID_STYLES). Cells use plain
 * elements with these class names and inline colours: per-cell `sx` or MUI Chips make
 * emotion serialise styles on every render, which cost ~40 ms per keystroke here.
 */
export const INFLUENCER_GRID_STYLES = {
  border: 0,
  '& .crm-name': { display: 'flex', alignItems: 'center', gap: '8px', height: '100%', minWidth: 0 },
  '& .crm-name a': { fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .crm-cell a': { color: 'primary.main', textDecoration: 'none' },
  '& .crm-cell a:hover': { textDecoration: 'underline' },
  '& .crm-link': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
  '& .crm-dot': { width: 8, height: 8, borderRadius: '50%', flex: 'none' },
  '& .crm-chip': {
    display: 'inline-flex', alignItems: 'center', height: 22, px: '8px', borderRadius: '11px',
    fontSize: 12, lineHeight: '22px', whiteSpace: 'nowrap', border: '1px solid', boxSizing: 'border-box',
  },
  '& .crm-chips': { display: 'flex', gap: '4px', alignItems: 'center', height: '100%', overflow: 'hidden' },
  '& .crm-match': { bgcolor: 'warning.light', color: 'inherit', borderRadius: '2px', px: '1px' },
  '& .crm-quick-actions': { display: 'flex', alignItems: 'center', height: '100%' },
} as const;

// A module constant: the grid re-computes columns whenever this array's identity changes.
export const INFLUENCER_COLUMNS: GridColDef<ListRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1.4,
    minWidth: 220,
    cellClassName: 'crm-cell',
    renderCell: ({ row }) => (
      <div className="crm-name">
        <PlatformIcon platform={row.platform} />
        <a href={influencerHref(row.id)}><HighlightedText text={row.name} /></a>
        <LabelDots ids={row.labelIds} />
      </div>
    ),
  },
  {
    // Hover buttons (reference 000, "CRM Quick Actions"), next to the name so they are on screen.
    field: 'quickActions',
    headerName: 'Quick actions',
    width: 200,
    sortable: false,
    filterable: false,
    disableColumnMenu: true,
    disableExport: true,
    renderCell: ({ row, hasFocus }) => <QuickActionsCell row={row} hasFocus={hasFocus} />,
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
    cellClassName: 'crm-cell',
    renderCell: ({ row }) =>
      row.link === '' ? null : (
        <a className="crm-link" href={row.link} target="_blank" rel="noopener noreferrer">
          <HighlightedText text={row.link.replace(/^https:\/\/(www\.)?/, '')} />
        </a>
      ),
  },
  {
    field: 'email',
    headerName: 'Email',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => (row.email === null ? null : <HighlightedText text={row.email} email />),
  },
  {
    field: 'status',
    headerName: 'Collaboration status',
    width: 190,
    renderCell: ({ row }) => {
      const status = collaborationStatus(row.status);
      return (
        <span className="crm-chip" style={{ borderColor: status.color, color: status.color }}>
          {status.label}
        </span>
      );
    },
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
    renderCell: ({ row }) => <LabelCellChips ids={row.labelIds} />,
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
