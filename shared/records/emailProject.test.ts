import { describe, expect, it } from 'vitest';
import { emailProjectSchema } from '../schemas/emailProjectSchema';
import { validateDocument } from '../schemas/validateDocument';
import { buildEmailProject, renameEmailProject, setEmailProjectArchived, sortEmailProjects } from './emailProject';

const ctx = { id: 'p1', actorId: 'm1', now: 7 };

describe('buildEmailProject', () => {
  it('builds a valid project with a tidied name', () => {
    const result = buildEmailProject('  Summer   launch ', ctx);
    expect(result).toEqual({ ok: true, project: { id: 'p1', name: 'Summer launch', archived: false, createdAt: 7, createdBy: 'm1', updatedAt: 7, updatedBy: 'm1' } });
    if (result.ok) expect(validateDocument(emailProjectSchema, result.project)).toEqual({ ok: true });
  });

  it('needs a name of sensible length', () => {
    expect(buildEmailProject(' ', ctx)).toEqual({ ok: false, reason: 'Give the project a name.' });
    expect(buildEmailProject('x'.repeat(201), ctx)).toMatchObject({ ok: false });
  });
});

describe('project names, renames and archiving', () => {
  const summer = { id: 'p1', name: 'Summer launch', archived: false, createdAt: 1, createdBy: 'm1', updatedAt: 1, updatedBy: 'm1' };
  const later = { actorId: 'm2', now: 9 };

  it('refuses the name of another active project, ignoring case and accents, but not an archived one’s', () => {
    expect(buildEmailProject('summer LAUNCH', { ...ctx, id: 'p2' }, [summer])).toEqual({ ok: false, reason: 'There is already a project called "Summer launch".' });
    expect(buildEmailProject('Summer launch', { ...ctx, id: 'p2' }, [{ ...summer, archived: true }])).toMatchObject({ ok: true });
    expect(buildEmailProject('Café', { ...ctx, id: 'p3' }, [{ ...summer, name: 'Cafe' }])).toMatchObject({ ok: false });
  });

  it('renames with a tidied name, stamping who and when; the same name changes nothing', () => {
    expect(renameEmailProject(summer, '  Autumn  launch', later, [summer])).toEqual({ ok: true, changed: true, project: { ...summer, name: 'Autumn launch', updatedAt: 9, updatedBy: 'm2' } });
    expect(renameEmailProject(summer, 'Summer launch ', later, [summer])).toEqual({ ok: true, changed: false, project: summer });
    expect(renameEmailProject(summer, '', later)).toEqual({ ok: false, reason: 'Give the project a name.' });
    const winter = { ...summer, id: 'p2', name: 'Winter' };
    expect(renameEmailProject(summer, 'winter', later, [summer, winter])).toMatchObject({ ok: false, reason: expect.stringMatching(/already a project called "Winter"/) });
  });

  it('archives and restores; a restore whose name was taken meanwhile is refused', () => {
    const archived = setEmailProjectArchived(summer, true, later);
    expect(archived).toEqual({ ok: true, changed: true, project: { ...summer, archived: true, updatedAt: 9, updatedBy: 'm2' } });
    if (!archived.ok) return;
    expect(setEmailProjectArchived(archived.project, true, later)).toMatchObject({ ok: true, changed: false });
    const newer = { ...summer, id: 'p9' };
    expect(setEmailProjectArchived(archived.project, false, later, [archived.project, newer])).toMatchObject({ ok: false, reason: expect.stringMatching(/Rename one of them first/) });
    expect(setEmailProjectArchived(archived.project, false, later, [archived.project])).toMatchObject({ ok: true, changed: true, project: { archived: false } });
  });

  it('sorts active projects first, then by name', () => {
    const list = [{ ...summer, id: 'a', name: 'b', archived: true }, { ...summer, id: 'b', name: 'C' }, { ...summer, id: 'c', name: 'a' }];
    expect(sortEmailProjects(list).map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });
});
