import { DEMO_LABELS } from '../../../../../shared/demo/demoLabels';
import type { ListRow } from '../projection/listRow';
import { useQuickActionStore } from './quickActionStore';

// INTERIM until the labels collection lands (labels helper): replaced at merge.
export function useLabelChoices(): readonly { id: string; name: string; color: string }[] {
  return DEMO_LABELS;
}

export async function addLabelOf(row: Pick<ListRow, 'id' | 'name'>, _labelId: string, name: string): Promise<void> {
  await Promise.resolve();
  useQuickActionStore.getState().setOutcome({ message: `INTERIM ${name} ${row.name}`, severity: 'error', undo: null });
}
