import type { Activity } from '../../../../shared/activity';

export interface ActivityDay {
  /** The local calendar day, "2026-11-25". */
  day: string;
  /** Midnight of that day, local time (for the heading). */
  startsAt: number;
  entries: Activity[];
}

function localDay(ms: number): { day: string; startsAt: number } {
  const d = new Date(ms);
  const startsAt = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { day, startsAt };
}

/** Consecutive entries of one local day together, in the order given (the log is newest first). */
export function groupActivitiesByDay(entries: readonly Activity[]): ActivityDay[] {
  const days: ActivityDay[] = [];
  for (const entry of entries) {
    const { day, startsAt } = localDay(entry.at);
    const last = days.at(-1);
    if (last !== undefined && last.day === day) last.entries.push(entry);
    else days.push({ day, startsAt, entries: [entry] });
  }
  return days;
}
