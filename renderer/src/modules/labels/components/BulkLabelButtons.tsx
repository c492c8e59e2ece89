import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type MouseEvent } from 'react';
import type { LabelBulkChange } from '../commands/labelBulkChanges';
import { useLabelStore } from '../labelStore';

type Open = { kind: 'addLabel' | 'removeLabel'; anchor: HTMLElement } | null;

function Swatch({ color }: { color: string }) {
  return <span aria-hidden style={{ width: 10, height: 10, borderRadius: '50%', background: color, marginRight: 8, display: 'inline-block' }} />;
}

/**
 * "Add label" and "Remove label" on the list's selection (reference 000: "apply or remove
 * custom labels"): each opens a menu of the team's labels; the choice runs as a bulk
 * operation through `run` (preview above 100, one batchId, result with Undo).
 */
export function BulkLabelButtons({ run, busy }: { run(change: LabelBulkChange): void; busy: boolean }) {
  const labels = useLabelStore((s) => s.live);
  const [menu, setMenu] = useState<Open>(null);
  const open = (kind: 'addLabel' | 'removeLabel') => (event: MouseEvent<HTMLElement>) => setMenu({ kind, anchor: event.currentTarget });
  const none = labels.length === 0;
  const why = none ? 'The team has no labels yet: create one under Labels.' : undefined;
  const choose = (labelId: string) => {
    const kind = menu?.kind;
    setMenu(null);
    if (kind !== undefined) run({ kind, labelId });
  };
  return (
    <>
      <span title={why}>
        <Button size="small" variant="outlined" disabled={busy || none} aria-haspopup="menu" onClick={open('addLabel')}>Add label</Button>
      </span>
      <span title={why}>
        <Button size="small" variant="outlined" disabled={busy || none} aria-haspopup="menu" onClick={open('removeLabel')}>Remove label</Button>
      </span>
      <Menu anchorEl={menu?.anchor} open={menu !== null} onClose={() => setMenu(null)}>
        {labels.map((label) => (
          <MenuItem key={label.id} onClick={() => choose(label.id)}>
            <Swatch color={label.color} />
            {label.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
