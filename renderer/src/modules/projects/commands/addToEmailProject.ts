import type { Activity } from '../../../../../shared/activity';
import type { EmailProject } from '../../../../../shared/records/emailProject';
import { projectMembershipActivity, projectMembershipRecords } from '../../../../../shared/records/projectMembership';
import type { CrmDatabase } from '../../../db/database';

/** Memberships and their log entries written per step, so a 10,000-influencer add shows progress and keeps the UI responsive. */
const CHUNK = 2_000;

export interface AddToProjectContext {
  db: Pick<CrmDatabase, 'emailProjects' | 'records' | 'activities'>;
  actorId: string;
  now?: () => number;
  newId?: () => string;
}

export type AddToProjectOutcome =
  | { status: 'done'; project: EmailProject; added: number; alreadyMembers: number; batchId: string }
  | { status: 'invalid'; reason: string };

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * "Add to email project" on a selection: one project_member record per influencer not yet a
 * member (the id is derived from project + influencer, so a membership someone else wrote
 * meanwhile is the same document and counts as "already a member"), each with its
 * record_added activity entry, all under one batchId. Local writes: works offline, syncs later.
 */
export async function addToEmailProject(
  ctx: AddToProjectContext,
  projectId: string,
  influencerIds: readonly string[],
  onProgress: (progress: { done: number; total: number }) => void = () => {},
): Promise<AddToProjectOutcome> {
  const projectDoc = await ctx.db.emailProjects.findOne(projectId).exec();
  if (projectDoc === null) return { status: 'invalid', reason: 'This email project no longer exists.' };
  const project = projectDoc.toJSON() as EmailProject;
  if (project.archived) return { status: 'invalid', reason: `"${project.name}" is archived. Restore it on the Email projects page to add influencers.` };
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const at = (ctx.now ?? Date.now)();
  const batchId = newId();

  // One indexed query for the project's current members, not one lookup per influencer.
  const existing = await ctx.db.records.find({ selector: { projectId } }).exec();
  const memberIds = new Set(existing.map((d) => d.id));
  const unique = new Set(influencerIds);
  const records = projectMembershipRecords(projectId, unique, (id) => memberIds.has(id), { actorId: ctx.actorId, now: at });
  let added = 0;
  onProgress({ done: 0, total: records.length });
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    const result = await ctx.db.records.bulkInsert(chunk);
    // 409: written meanwhile (this window's other tab, or a pull): already a member, not an error.
    const other = result.error.find((e) => e.status !== 409);
    if (other !== undefined) throw new Error(`Could not add ${other.documentId} to the project (status ${other.status}).`);
    const written = result.success.map((r) => r.id);
    const writtenIds = new Set(written);
    // The memberships first: an activity entry must never point at nothing.
    const entries: Activity[] = chunk.filter((r) => writtenIds.has(r.id)).map((r) => projectMembershipActivity(r, project.name, { id: newId(), actorId: ctx.actorId, at, batchId }));
    if (entries.length > 0) await ctx.db.activities.bulkInsert(entries);
    added += entries.length;
    onProgress({ done: Math.min(start + CHUNK, records.length), total: records.length });
    await yieldToUi();
  }
  return { status: 'done', project, added, alreadyMembers: unique.size - added, batchId };
}
