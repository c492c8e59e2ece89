import type { Activity } from '../../../../shared/activity';

/** Why an entry is unusual, in words: a change the server refused, or one that overwrote another. */
export function explainActivity(entry: Activity): string | null {
  if (entry.kind === 'change_rejected') return 'The server refused this change: the member may not change this field.';
  if (entry.kind === 'conflict_overwritten') return 'Two members changed this field at the same time; the later change was kept.';
  return null;
}
