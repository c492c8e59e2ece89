import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';
import { statusChoices } from '../../../../../shared/statuses/statusLookup';
import { projection } from '../../../app/crmRuntime';
import { useStatusCatalog } from '../../details/useStatusCatalog';
import { useProjectionVersion } from '../hooks/useProjectionVersion';
import type { ListRow } from '../projection/listRow';
import { addLabelOf, useLabelChoices } from './quickLabels';
import { changeStatusOf, copyEmailOf, openDetailsOf, openLinkOf, setArchivedOf } from './runQuickAction';
import { useQuickActionStore, type QuickMenu } from './quickActionStore';
import { useQuickActionAvailability } from './useQuickActionAvailability';

/**
 * The quick-action menu of one row: from a right click, the keyboard's context-menu key or
 * Shift+F10, and the "Change status" / "Add label" hover buttons (which open its choices).
 */
export function QuickActionMenu() {
  const menu = useQuickActionStore((s) => s.menu);
  useProjectionVersion(); // the row's status and labels as they change
  const row = menu === null ? undefined : projection.getRow(menu.rowId);
  if (menu === null || row === undefined) return null;
  return <OpenQuickActionMenu menu={menu} row={row} />;
}

function OpenQuickActionMenu({ menu, row }: { menu: QuickMenu; row: ListRow }) {
  const can = useQuickActionAvailability(row);
  const catalog = useStatusCatalog();
  const labels = useLabelChoices();
  const { closeMenu, openMenu } = useQuickActionStore.getState();
  const run = (action: () => unknown) => () => {
    closeMenu();
    void action();
  };
  const page = (next: QuickMenu['page']) => () => openMenu({ ...menu, page: next });
  const anchor = menu.anchor;

  let items: ReactNode[];
  if (menu.page === 'status') {
    items = [
      <ListSubheader key="title">Change status</ListSubheader>,
      ...statusChoices(catalog, 'influencer', row.status).map((status) => (
        <MenuItem key={status.id} selected={status.id === row.status} disabled={can.changeStatus !== null} onClick={run(() => changeStatusOf(row, status.id, catalog))}>
          <ListItemIcon><span className="crm-dot" style={{ background: status.color, width: 10, height: 10, borderRadius: '50%' }} aria-hidden /></ListItemIcon>
          {status.retired ? `${status.label} (retired)` : status.label}
        </MenuItem>
      )),
    ];
  } else if (menu.page === 'label') {
    const choices = labels.filter((label) => !row.labelIds.includes(label.id));
    items = [
      <ListSubheader key="title">Add label</ListSubheader>,
      ...choices.map((label) => (
        <MenuItem key={label.id} disabled={can.addLabel !== null} onClick={run(() => addLabelOf(row, label.id))}>
          <ListItemIcon><span style={{ background: label.color, width: 10, height: 10, borderRadius: '50%', display: 'inline-block' }} aria-hidden /></ListItemIcon>
          {label.name}
        </MenuItem>
      )),
      choices.length === 0 && <MenuItem key="none" disabled>{labels.length === 0 ? 'No labels yet' : 'Every label is on this influencer'}</MenuItem>,
    ];
  } else {
    items = [
      <Item key="open" label="Open details" hint="Enter" reason={can.openDetails} onClick={run(() => openDetailsOf(row))} />,
      <Item key="copy" label="Copy email" reason={can.copyEmail} onClick={run(() => copyEmailOf(row))} />,
      <Item key="link" label="Open link in browser" reason={can.openLink} onClick={run(() => openLinkOf(row))} />,
      <Item key="status" label="Change status" reason={can.changeStatus} more onClick={page('status')} />,
      <Item key="label" label="Add label" reason={can.addLabel} more onClick={page('label')} />,
      <Item key="archive" label={row.archived ? 'Restore' : 'Archive'} reason={can.archive} onClick={run(() => setArchivedOf(row, !row.archived))} />,
    ];
  }
  if (menu.page !== 'actions' && !('element' in anchor && anchor.element.closest('.crm-quick-actions') !== null)) {
    // Opened from the menu: a way back to all actions.
    items.push(
      <MenuItem key="back" onClick={page('actions')}>
        <ListItemIcon><ArrowBackIcon fontSize="small" /></ListItemIcon>
        All quick actions
      </MenuItem>,
    );
  }

  return (
    <Menu
      // A new page is a new menu: it opens with its first choice focused, for the keyboard.
      key={menu.page}
      open
      onClose={closeMenu}
      aria-label={`Quick actions for ${row.name}`}
      {...('element' in anchor
        ? { anchorEl: anchor.element }
        : { anchorReference: 'anchorPosition' as const, anchorPosition: { top: anchor.top, left: anchor.left } })}
      slotProps={{ list: { dense: true, 'aria-label': `Quick actions for ${row.name}` } }}
    >
      {items}
    </Menu>
  );
}

/** A menu item that, when disabled, says why under its name. */
function Item({ label, hint, reason, more = false, onClick }: { label: string; hint?: string; reason: string | null; more?: boolean; onClick: () => void }) {
  return (
    <MenuItem disabled={reason !== null} onClick={onClick} aria-haspopup={more ? 'menu' : undefined} aria-description={reason ?? undefined}>
      <ListItemText primary={label} secondary={reason} slotProps={{ secondary: { sx: { whiteSpace: 'normal', maxWidth: 280 } } }} />
      {hint !== undefined && <span style={{ marginLeft: 24, opacity: 0.6, fontSize: 12 }}>{hint}</span>}
      {more && <ChevronRightIcon fontSize="small" sx={{ ml: 2, opacity: 0.6 }} />}
    </MenuItem>
  );
}
