// The import of a 50,000-row CSV through the app's own import pipeline (runImport: read and
// check in a Web Worker, duplicates against the CRM, write in chunks with their activity
// entries), for bench/run.mjs.
import { toCsv } from '../../shared/csv/toCsv';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import type { Influencer } from '../../shared/influencer';
import type { PermissionContext } from '../../shared/permissions/permissionContext';
import type { CrmDatabase } from '../../renderer/src/db/database';
import { runImport, type ImportPhase } from '../../renderer/src/modules/import/runImport';

/**
 * A sheet of `rows` influencers as an agency would export it: mostly new people, every 20th
 * row someone already in the CRM (their link and email), every 100th row a bad link or email.
 */
export function importSheet(rows: number, existing: readonly Influencer[]): Uint8Array {
  const fresh = generateDemoInfluencers({ count: rows, seed: 20261205, now: Date.parse('2026-12-05T00:00:00Z'), actorId: 'sheet' });
  const lines = fresh.map((d, i) => {
    const known = i % 20 === 10 ? existing[i % existing.length] : undefined;
    const source = known ?? d;
    return {
      name: source.customName ?? source.officialName,
      email: i % 100 === 50 ? 'not-an-email@' : (source.email ?? ''),
      link: i % 100 === 75 ? 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' : source.link,
      followers: source.followers === null ? '' : String(source.followers),
      country: source.country ?? '',
      status: i % 3 === 0 ? 'Contacted' : '',
    };
  });
  const columns = (['name', 'email', 'link', 'followers', 'country', 'status'] as const).map((key) => ({
    header: key === 'link' ? 'Profile link' : key[0]!.toUpperCase() + key.slice(1),
    value: (row: (typeof lines)[number]) => row[key],
  }));
  return new TextEncoder().encode(toCsv(lines, columns));
}

export interface ImportFigures {
  rows: number;
  totalMs: number;
  /** From the start of each phase to the start of the next (reading, checking, writing). */
  phaseMs: Partial<Record<ImportPhase, number>>;
  longestTaskMs: number;
  longTasks: number;
  added: number;
  skipped: number;
  rejected: number;
}

/** runImport with every duplicate skipped, timing its phases and the window's long tasks. */
export async function importCsv(db: CrmDatabase, bytes: Uint8Array, existing: readonly Influencer[], actorId: string, permissions: PermissionContext): Promise<ImportFigures> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const phaseStarts: [ImportPhase, number][] = [];
  const start = performance.now();
  const outcome = await runImport(
    {
      db, actorId, permissions,
      context: { statuses: [{ id: 'contacted', label: 'Contacted' }], labels: [], members: [] },
      existing: () => existing.map((d) => ({ id: d.id, platform: d.platform, platformId: d.platformId, link: d.link, email: d.email })),
    },
    { kind: 'csv', bytes },
    {
      choices: 'skip',
      onProgress: ({ phase }) => {
        if (phaseStarts.at(-1)?.[0] !== phase) phaseStarts.push([phase, performance.now()]);
      },
    },
  );
  const end = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  if (!outcome.ok) throw new Error(outcome.reason);
  const phaseMs: Partial<Record<ImportPhase, number>> = {};
  phaseStarts.forEach(([phase, at], i) => (phaseMs[phase] = (phaseStarts[i + 1]?.[1] ?? end) - at));
  const { summary } = outcome;
  return {
    rows: summary.added + summary.updated + summary.unchanged + summary.skipped + summary.rejected.length + summary.empty,
    totalMs: end - start, phaseMs, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length,
    added: summary.added, skipped: summary.skipped, rejected: summary.rejected.length,
  };
}
