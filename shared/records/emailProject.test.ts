import { describe, expect, it } from 'vitest';
import { emailProjectSchema } from '../schemas/emailProjectSchema';
import { validateDocument } from '../schemas/validateDocument';
import { buildEmailProject } from './emailProject';

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
