import type { Activity } from '../activity';
import type { ProjectMemberRecord } from './crmRecord';

/**
 * The id of an influencer's membership of a project: derived, not random, so two members who
 * add the same influencer to the same project (offline, on two machines) write the same
 * document instead of two.
 */
export function membershipRecordId(projectId: string, influencerId: string): string {
  return `pm:${projectId}:${influencerId}`;
}

/**
 * The membership documents a bulk "add to email project" writes: one per influencer not yet
 * a member (`isMember` answers from the local database or an index), in the given order,
 * each id once. 10,000 influencers are 10,000 small documents, pushed in batches.
 */
export function projectMembershipRecords(
  projectId: string,
  influencerIds: Iterable<string>,
  isMember: (recordId: string) => boolean,
  ctx: { actorId: string; now: number },
): ProjectMemberRecord[] {
  const records: ProjectMemberRecord[] = [];
  const seen = new Set<string>();
  for (const influencerId of influencerIds) {
    const id = membershipRecordId(projectId, influencerId);
    if (seen.has(id) || isMember(id)) continue;
    seen.add(id);
    records.push({ id, type: 'project_member', influencerId, projectId, createdAt: ctx.now, createdBy: ctx.actorId, updatedAt: ctx.now, updatedBy: ctx.actorId });
  }
  return records;
}

/**
 * The "record_added" activity entry of one new membership: `to` carries the project's id and
 * its name at the time, so the log still reads after a rename or on a machine that has not
 * received the project yet. Every entry of one bulk add carries the same `batchId`.
 */
export function projectMembershipActivity(
  record: ProjectMemberRecord,
  projectName: string,
  meta: { id: string; actorId: string; at: number; batchId: string | null },
): Activity {
  return {
    id: meta.id,
    influencerId: record.influencerId,
    actorId: meta.actorId,
    at: meta.at,
    kind: 'record_added',
    field: 'project_member',
    from: null,
    to: JSON.stringify({ id: record.id, projectId: record.projectId, projectName }),
    batchId: meta.batchId,
  };
}

/** What a bulk "Add to email project" did, in words: "Added 3 influencers to Summer launch; 1 was already a member." */
export function describeProjectAddition(projectName: string, counts: { added: number; alreadyMembers: number }): string {
  const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const added = counts.added === 0 ? `No influencer added to ${projectName}` : `Added ${n(counts.added, 'influencer', 'influencers')} to ${projectName}`;
  if (counts.alreadyMembers === 0) return `${added}.`;
  return `${added}; ${n(counts.alreadyMembers, 'was', 'were')} already ${counts.alreadyMembers === 1 ? 'a member' : 'members'}.`;
}
