import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useLabelInfo } from '../labelLookup';

/**
 * One label as a colored dot beside an influencer's name in the list (reference 003: the
 * group's color block next to the account name). Plain elements with the grid's class names
 * (see INFLUENCER_GRID_STYLES); named for screen readers and on hover.
 */
function LabelDot({ id }: { id: string }) {
  const label = useLabelInfo(id);
  return <span className="crm-dot" role="img" aria-label={`Label ${label.name}`} title={label.name} style={{ background: label.color }} />;
}

export function LabelDots({ ids }: { ids: readonly string[] }) {
  return ids.map((id) => <LabelDot key={id} id={id} />);
}

/** One label as a filled chip in the list's Labels column. */
function LabelCellChip({ id }: { id: string }) {
  const label = useLabelInfo(id);
  return (
    <span className="crm-chip" style={{ background: label.color, borderColor: label.color, color: '#fff' }}>
      {label.name}
    </span>
  );
}

export function LabelCellChips({ ids }: { ids: readonly string[] }) {
  return (
    <div className="crm-chips">
      {ids.map((id) => <LabelCellChip key={id} id={id} />)}
    </div>
  );
}

function LabelChip({ id }: { id: string }) {
  const label = useLabelInfo(id);
  return <Chip size="small" label={label.name} sx={{ borderLeft: `4px solid ${label.color}` }} />;
}

/** The details page header's labels. */
export function LabelChipList({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return '—';
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} role="list">
      {ids.map((id) => <span role="listitem" key={id}><LabelChip id={id} /></span>)}
    </Stack>
  );
}
