import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import type { Label } from '../../../../../shared/labels/label';
import { useLabelStore } from '../../labels/labelStore';
import { commandContext } from '../../team/commandContext';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { bulkChangeInfluencers } from '../commands/bulkChangeInfluencers';
import { failed, finished } from '../components/runBulkAction';
import { useBulkOperationStore } from '../stores/bulkOperationStore';
import type { ListRow } from '../projection/listRow';

/** The labels "Add label" offers: the team's live labels, by name. */
export function useLabelChoices(): readonly Label[] {
  return useLabelStore((s) => s.live);
}

/**
 * "Add label" on one row: the bulk "Add label" with a one-influencer selection, so it is
 * written, logged (one batch) and undone exactly like the bulk operation — its result and
 * "Undo" in the bulk snackbar. The list's selection is left as it was.
 */
export async function addLabelOf(row: Pick<ListRow, 'id'>, labelId: string): Promise<void> {
  const bulk = useBulkOperationStore.getState();
  if (bulk.progress !== null) return;
  try {
    const catalog = readStatusCatalog(useTeamDirectory.getState().statusCatalogValue).catalog;
    const ctx = await commandContext();
    const change = { kind: 'addLabel', labelId } as const;
    const outcome = await bulkChangeInfluencers(ctx, [row.id], change, { catalog });
    if (outcome.status === 'invalid') bulk.setOutcome({ message: outcome.reason, severity: 'error', undo: null });
    else finished(change, outcome.result, ctx.actorId);
  } catch (error) {
    failed(error);
  }
}
