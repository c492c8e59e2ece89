import {
  buildEmailProject,
  renameEmailProject,
  setEmailProjectArchived,
  type EmailProject,
  type EmailProjectEdit,
} from '../../../../../shared/records/emailProject';
import type { CrmDatabase } from '../../../db/database';

export interface ProjectContext {
  db: Pick<CrmDatabase, 'emailProjects'>;
  actorId: string;
  now?: () => number;
  newId?: () => string;
}

export type ProjectResult = { status: 'saved'; project: EmailProject } | { status: 'unchanged' } | { status: 'invalid'; reason: string } | { status: 'not_found' };

async function allProjects(ctx: ProjectContext): Promise<EmailProject[]> {
  return (await ctx.db.emailProjects.find().exec()).map((d) => d.toJSON() as EmailProject);
}

/**
 * Creates a named email project (every member may). A local write: it works offline and
 * syncs; the document's createdBy/updatedBy say who made it, as a setting's do.
 */
export async function createEmailProject(ctx: ProjectContext, name: string): Promise<ProjectResult> {
  const built = buildEmailProject(name, { id: (ctx.newId ?? (() => crypto.randomUUID()))(), actorId: ctx.actorId, now: (ctx.now ?? Date.now)() }, await allProjects(ctx));
  if (!built.ok) return { status: 'invalid', reason: built.reason };
  await ctx.db.emailProjects.insert(built.project);
  return { status: 'saved', project: built.project };
}

/** Applies a shared edit rule to the stored project: the rule sees the project as it is now (incrementalModify). */
async function editProject(ctx: ProjectContext, id: string, edit: (project: EmailProject, others: EmailProject[], meta: { actorId: string; now: number }) => EmailProjectEdit): Promise<ProjectResult> {
  const doc = await ctx.db.emailProjects.findOne(id).exec();
  if (doc === null) return { status: 'not_found' };
  const others = await allProjects(ctx);
  const meta = { actorId: ctx.actorId, now: (ctx.now ?? Date.now)() };
  let outcome: EmailProjectEdit = { ok: false, reason: 'Not changed.' };
  await doc.incrementalModify((current) => {
    outcome = edit(current as EmailProject, others, meta);
    return outcome.ok && outcome.changed ? { ...current, ...outcome.project } : current;
  });
  const result = outcome as EmailProjectEdit;
  if (!result.ok) return { status: 'invalid', reason: result.reason };
  return result.changed ? { status: 'saved', project: result.project } : { status: 'unchanged' };
}

export function renameProject(ctx: ProjectContext, id: string, name: string): Promise<ProjectResult> {
  return editProject(ctx, id, (project, others, meta) => renameEmailProject(project, name, meta, others));
}

export function setProjectArchived(ctx: ProjectContext, id: string, archived: boolean): Promise<ProjectResult> {
  return editProject(ctx, id, (project, others, meta) => setEmailProjectArchived(project, archived, meta, others));
}
