import KeyboardIcon from '@mui/icons-material/Keyboard';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { Fragment } from 'react';
import { LIST_SHORTCUTS, modifierName } from './listShortcuts';
import { setShortcutHelpOpen, useShortcutHelpStore } from './shortcutHelpStore';

const KBD_STYLE = { fontFamily: 'inherit', fontSize: 12, padding: '1px 6px', border: '1px solid #bbb', borderBottomWidth: 2, borderRadius: 4 };

/** The list's "Keyboard shortcuts" button ("?" opens the same dialog). */
export function KeyboardShortcutsButton() {
  return (
    <Tooltip title="Keyboard shortcuts (?)">
      <IconButton aria-label="Keyboard shortcuts" onClick={() => setShortcutHelpOpen(true)}>
        <KeyboardIcon />
      </IconButton>
    </Tooltip>
  );
}

/** Every shortcut of the list, from the same table the keyboard handler reads. */
export function KeyboardShortcutsDialog() {
  const open = useShortcutHelpStore((s) => s.open);
  const mod = modifierName(navigator.platform);
  const close = () => setShortcutHelpOpen(false);
  return (
    <Dialog open={open} onClose={close} aria-labelledby="keyboard-shortcuts-title">
      <DialogTitle id="keyboard-shortcuts-title">Keyboard shortcuts</DialogTitle>
      <DialogContent>
        <Table size="small" aria-label="Keyboard shortcuts">
          <TableBody>
            {LIST_SHORTCUTS.map((shortcut) => (
              <TableRow key={shortcut.description}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {shortcut.keys.map((combo, i) => (
                    <Fragment key={combo.join('+')}>
                      {i > 0 && ' or '}
                      {combo.map((k, j) => (
                        <Fragment key={k}>
                          {j > 0 && '+'}
                          <kbd style={KBD_STYLE}>{k === 'Mod' ? mod : k}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </TableCell>
                <TableCell>{shortcut.description}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
