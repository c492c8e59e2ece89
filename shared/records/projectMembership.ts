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
