import { describeStatus } from '../../../../../shared/statuses/statusLookup';
import type { StatusCatalog } from '../../../../../shared/statuses/statusCatalog';
import { influencerHref, navigate } from '../../../app/navigation';
import { runChange } from '../../details/runChange';
import { setInfluencerArchived } from '../commands/setInfluencerArchived';
import { changeInfluencerStatus } from '../commands/changeInfluencerStatus';
import type { ListRow } from '../projection/listRow';
import { openableLink } from './quickActionAvailability';
import { useQuickActionStore, type QuickOutcome } from './quickActionStore';

/**
 * The quick actions on one row (reference 000, "CRM Quick Actions"). Changes go through the
 * same commands as the details page, so they are checked against the team's rules and logged
 * the same way; each says what it did (or why not) in the quick-action snackbar.
 */

function report(message: string, severity: QuickOutcome['severity'] = 'success', undo: QuickOutcome['undo'] = null): void {
  useQuickActionStore.getState().setOutcome({ message, severity, undo });
}

export function openDetailsOf(row: Pick<ListRow, 'id'>): void {
  navigate(influencerHref(row.id));
}

/** The clipboard API, or the old copy command where it is refused (an http page, a policy). */
async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw error;
  }
}

export async function copyEmailOf(row: Pick<ListRow, 'email'>): Promise<void> {
  if (row.email === null || row.email === '') return;
  try {
    await writeClipboard(row.email);
    report(`Copied ${row.email}`);
  } catch (error) {
    report(`Could not copy the email: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

/**
 * Opens the influencer's link in the user's browser: in the desktop app through the main
 * process (shell.openExternal, which accepts http(s) only), in browser mode in a new tab
 * that cannot reach back to this page (noopener).
 */
export async function openLinkOf(row: Pick<ListRow, 'link'>): Promise<void> {
  const url = openableLink(row.link);
  if (url === null) return;
  const desktop = window.crmDesktop;
  if (desktop !== undefined) {
    if (!(await desktop.openExternal(url))) report(`Could not open ${url} in your browser.`, 'error');
    return;
  }
  window.open(url, '_blank', 'noopener,noreferrer');
}

export async function changeStatusOf(row: Pick<ListRow, 'id' | 'name'>, statusId: string, catalog: StatusCatalog): Promise<void> {
  const error = await runChange((ctx) => changeInfluencerStatus(ctx, row.id, statusId, { catalog }));
  if (error !== null) report(error, 'error');
  else report(`${row.name}: collaboration status ${describeStatus(catalog, statusId).label}`);
}

/** Archive or restore; an archive can be taken back from the snackbar. */
export async function setArchivedOf(row: Pick<ListRow, 'id' | 'name'>, archived: boolean): Promise<void> {
  const error = await runChange((ctx) => setInfluencerArchived(ctx, row.id, archived));
  if (error !== null) {
    report(error, 'error');
    return;
  }
  const undo = () => setArchivedOf(row, !archived);
  report(`${archived ? 'Archived' : 'Restored'} ${row.name}`, 'success', undo);
}
