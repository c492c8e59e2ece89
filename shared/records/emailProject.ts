import { MAX_NAME_LENGTH } from '../schemas/limits';
import { foldText } from '../search/foldText';

/** A document of the `emailProjects` collection (shared/schemas/emailProjectSchema.ts). */
export interface EmailProject {
  id: string;
  name: string;
  archived: boolean;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
  updatedBy: string;
}

export type EmailProjectBuild = { ok: true; project: EmailProject } | { ok: false; reason: string };

function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Why a (tidied) project name cannot be used, or null. Another active project's name is taken: two "Summer launch" would be told apart by nobody. */
function nameProblem(name: string, others: readonly EmailProject[], exceptId: string | null): string | null {
  if (name === '') return 'Give the project a name.';
  if (name.length > MAX_NAME_LENGTH) return `A project name has at most ${MAX_NAME_LENGTH} characters.`;
  const key = foldText(name);
  const clash = others.find((p) => p.id !== exceptId && !p.archived && foldText(p.name) === key);
  return clash === undefined ? null : `There is already a project called "${clash.name}".`;
}

/** A new email project; its name is trimmed, required, and not another active project's. */
export function buildEmailProject(name: string, ctx: { id: string; actorId: string; now: number }, existing: readonly EmailProject[] = []): EmailProjectBuild {
  const trimmed = tidyName(name);
  const problem = nameProblem(trimmed, existing, null);
  if (problem !== null) return { ok: false, reason: problem };
  return { ok: true, project: { id: ctx.id, name: trimmed, archived: false, createdAt: ctx.now, createdBy: ctx.actorId, updatedAt: ctx.now, updatedBy: ctx.actorId } };
}

export type EmailProjectEdit = { ok: true; project: EmailProject; changed: boolean } | { ok: false; reason: string };

/** The project under a new name (same rules as a new project's). */
export function renameEmailProject(project: EmailProject, name: string, ctx: { actorId: string; now: number }, existing: readonly EmailProject[] = []): EmailProjectEdit {
  const trimmed = tidyName(name);
  const problem = nameProblem(trimmed, existing, project.id);
  if (problem !== null) return { ok: false, reason: problem };
  if (trimmed === project.name) return { ok: true, project, changed: false };
  return { ok: true, project: { ...project, name: trimmed, updatedAt: ctx.now, updatedBy: ctx.actorId }, changed: true };
}

/**
 * Archives or restores a project. Archived projects are not offered for new members but keep
 * their name on the influencers already in them; restoring checks the name is still free.
 */
export function setEmailProjectArchived(project: EmailProject, archived: boolean, ctx: { actorId: string; now: number }, existing: readonly EmailProject[] = []): EmailProjectEdit {
  if (project.archived === archived) return { ok: true, project, changed: false };
  if (!archived) {
    const problem = nameProblem(project.name, existing, project.id);
    if (problem !== null) return { ok: false, reason: `${problem} Rename one of them first.` };
  }
  return { ok: true, project: { ...project, archived, updatedAt: ctx.now, updatedBy: ctx.actorId }, changed: true };
}

/** Projects by name (case and accents ignored), active ones first. */
export function sortEmailProjects(projects: readonly EmailProject[]): EmailProject[] {
  return [...projects].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
