import { KeyboardShortcutsDialog } from '../keyboard/KeyboardShortcutsDialog';
import { QuickActionMenu } from './QuickActionMenu';
import { QuickActionSnackbar } from './QuickActionSnackbar';

/** The list's quick-action menu, its result snackbar and the "Keyboard shortcuts" dialog. */
export function QuickListOverlays() {
  return (
    <>
      <QuickActionMenu />
      <QuickActionSnackbar />
      <KeyboardShortcutsDialog />
    </>
  );
}
