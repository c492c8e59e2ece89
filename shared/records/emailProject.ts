import { MAX_NAME_LENGTH } from '../schemas/limits';

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

/** A new email project; its name is trimmed and required. */
export function buildEmailProject(name: string, ctx: { id: string; actorId: string; now: number }): EmailProjectBuild {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: false, reason: 'Give the project a name.' };
  if (trimmed.length > MAX_NAME_LENGTH) return { ok: false, reason: `A project name has at most ${MAX_NAME_LENGTH} characters.` };
  return { ok: true, project: { id: ctx.id, name: trimmed, archived: false, createdAt: ctx.now, createdBy: ctx.actorId, updatedAt: ctx.now, updatedBy: ctx.actorId } };
}
