import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import FlagOutlinedIcon from '@mui/icons-material/FlagOutlined';
import LaunchIcon from '@mui/icons-material/Launch';
import NewLabelOutlinedIcon from '@mui/icons-material/NewLabelOutlined';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import type { ListRow } from '../projection/listRow';
import { QuickActionButton } from './QuickActionButton';
import { copyEmailOf, openDetailsOf, openLinkOf, setArchivedOf } from './runQuickAction';
import { useQuickActionStore, type QuickMenuPage } from './quickActionStore';
import { useQuickActionAvailability } from './useQuickActionAvailability';

/**
 * The quick-action buttons of a row, shown while the row is hovered or focused (or its menu
 * is open). Only that row renders them: a hundred rows of buttons would slow every keystroke.
 */
export function QuickActionsCell({ row, hasFocus }: { row: ListRow; hasFocus: boolean }) {
  const active = useQuickActionStore((s) => s.hoveredRowId === row.id || s.focusedRowId === row.id || s.menu?.rowId === row.id);
  if (!active) return null;
  return <QuickActionButtons row={row} tabIndex={hasFocus ? 0 : -1} />;
}

function QuickActionButtons({ row, tabIndex }: { row: ListRow; tabIndex: number }) {
  const can = useQuickActionAvailability(row);
  const openMenu = (page: QuickMenuPage) => (event: { currentTarget: HTMLElement }) =>
    useQuickActionStore.getState().openMenu({ rowId: row.id, anchor: { element: event.currentTarget }, page });
  return (
    <div className="crm-quick-actions" role="group" aria-label={`Quick actions for ${row.name}`}>
      <QuickActionButton label="Open details" reason={can.openDetails} tabIndex={tabIndex} onClick={() => openDetailsOf(row)}>
        <OpenInNewIcon fontSize="small" />
      </QuickActionButton>
      <QuickActionButton label="Copy email" reason={can.copyEmail} tabIndex={tabIndex} onClick={() => void copyEmailOf(row)}>
        <ContentCopyIcon fontSize="small" />
      </QuickActionButton>
      <QuickActionButton label="Open link in browser" reason={can.openLink} tabIndex={tabIndex} onClick={() => void openLinkOf(row)}>
        <LaunchIcon fontSize="small" />
      </QuickActionButton>
      <QuickActionButton label="Change status" reason={can.changeStatus} tabIndex={tabIndex} onClick={openMenu('status')}>
        <FlagOutlinedIcon fontSize="small" />
      </QuickActionButton>
      <QuickActionButton label="Add label" reason={can.addLabel} tabIndex={tabIndex} onClick={openMenu('label')}>
        <NewLabelOutlinedIcon fontSize="small" />
      </QuickActionButton>
      <QuickActionButton label={row.archived ? 'Restore' : 'Archive'} reason={can.archive} tabIndex={tabIndex} onClick={() => void setArchivedOf(row, !row.archived)}>
        {row.archived ? <UnarchiveOutlinedIcon fontSize="small" /> : <ArchiveOutlinedIcon fontSize="small" />}
      </QuickActionButton>
    </div>
  );
}
