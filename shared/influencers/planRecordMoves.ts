import type { Activity } from '../activity';
import type { CrmRecord, ProjectMemberRecord } from '../records/crmRecord';
import { membershipRecordId } from '../records/projectMembership';

export interface RecordMoves {
  /** Records re-pointed at the survivor, as they are to be written. */
  moved: CrmRecord[];
  /** Email-project memberships the survivor gets (a membership's id names its influencer, so it is not moved). */
  added: ProjectMemberRecord[];
  activities: Activity[];
}

/**
 * The merged influencers' Overview records move to the survivor: shipments, expenses,
 * content posts and notes change `influencerId` (logged on the survivor as `record_moved`
 * with the id before and after, which is what undo reads). A project membership cannot move
 * (its id is derived from the influencer): the survivor joins the project instead, unless it
 * is a member already (`existingIds`).
 */
export function planRecordMoves(
  records: readonly CrmRecord[],
  survivorId: string,
  existingIds: ReadonlySet<string>,
  ctx: { actorId: string; now: number; batchId: string; newId: () => string },
): RecordMoves {
  const result: RecordMoves = { moved: [], added: [], activities: [] };
  const joined = new Set(existingIds);
  const entry = (kind: Activity['kind'], field: string, from: unknown, to: unknown): Activity => ({
    id: ctx.newId(), influencerId: survivorId, actorId: ctx.actorId, at: ctx.now, kind, field,
    from: from === null ? null : JSON.stringify(from), to: JSON.stringify(to), batchId: ctx.batchId,
  });
  for (const record of records) {
    if (record.influencerId === survivorId) continue;
    if (record.type === 'project_member') {
      const id = membershipRecordId(record.projectId, survivorId);
      if (joined.has(id)) continue;
      joined.add(id);
      result.added.push({ ...record, id, influencerId: survivorId, createdAt: ctx.now, createdBy: ctx.actorId, updatedAt: ctx.now, updatedBy: ctx.actorId });
      result.activities.push(entry('record_added', 'project_member', null, { id }));
      continue;
    }
    result.moved.push({ ...record, influencerId: survivorId, updatedAt: ctx.now, updatedBy: ctx.actorId });
    result.activities.push(entry('record_moved', record.type, { id: record.id, influencerId: record.influencerId }, { id: record.id, influencerId: survivorId }));
  }
  return result;
}
