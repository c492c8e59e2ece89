import { describe, expect, it } from 'vitest';
import type { FieldPermissionHook } from '../sync/permissions';
import {
  activityDoc, addMember, bearer, create, createTeam, ENGINES, influencerDoc, NEW_TEAM_SEQ, pull, pullAll, push, TestClock, useDatabases, useTestServer, type SyncDoc,
} from '../../tests/server/testServer';

const databases = useDatabases();

/** Test-only rule: plain members may not change an influencer's status. */
const membersMayNotChangeStatus: FieldPermissionHook = (member, current, next) => {
  if (member.role !== 'member' || current === null || current.status === next.status) return { allowedDoc: next, rejectedFields: [] };
  return { allowedDoc: { ...next, status: current.status }, rejectedFields: ['status'] };
};

const row = (assumedMasterState: SyncDoc | null, newDocumentState: SyncDoc) => ({ assumedMasterState, newDocumentState });

describe.each(ENGINES)('replication API on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now, permissions: { influencers: membersMayNotChangeStatus }, pushBodyLimit: 256 * 1024 };
  });

  describe('GET /api/sync/:collection/pull', () => {
    it('starts empty at seq 0', async () => {
      const { token } = await createTeam(server.app);
      for (const collection of ['influencers', 'activities']) {
        const res = await server.app.inject({ method: 'GET', url: `/api/sync/${collection}/pull`, headers: bearer(token) });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual({ documents: [], checkpoint: { seq: 0 } });
      }
    });

    it('pages oldest change first; the checkpoint continues; the end is empty; a changed document moves to the end', async () => {
      const admin = await createTeam(server.app);
      await create(server.app, admin.token, 'influencers', ['a', 'b', 'c'].map((id) => influencerDoc(id)));
      const first = await pull(server.app, admin.token, 'influencers', 0, 2);
      expect(first.documents.map((d) => d.id)).toEqual(['a', 'b']);
      const second = await pull(server.app, admin.token, 'influencers', first.checkpoint.seq, 2);
      expect(second.documents.map((d) => d.id)).toEqual(['c']);
      const end = await pull(server.app, admin.token, 'influencers', second.checkpoint.seq, 2);
      expect(end).toEqual({ documents: [], checkpoint: second.checkpoint });

      const a = first.documents[0]!;
      expect(await push(server.app, admin.token, 'influencers', [row(a, { ...a, customName: 'A!' })]).then((r) => r.json())).toEqual([]);
      const after = await pull(server.app, admin.token, 'influencers', second.checkpoint.seq);
      expect(after.documents).toEqual([expect.objectContaining({ id: 'a', customName: 'A!' })]);
      expect((await pullAll(server.app, admin.token, 'influencers')).documents.map((d) => d.id)).toEqual(['b', 'c', 'a']);
    });

    it('limits pages to 200 by default', async () => {
      const admin = await createTeam(server.app);
      await create(server.app, admin.token, 'activities', Array.from({ length: 201 }, (_, i) => activityDoc(`act-${i}`)));
      const res = await server.app.inject({ method: 'GET', url: '/api/sync/activities/pull', headers: bearer(admin.token) });
      expect(res.json().documents).toHaveLength(200);
    });

    it('answers 400 with details for a bad since or limit', async () => {
      const { token } = await createTeam(server.app);
      for (const [query, details] of [
        ['since=-1', ['since: must be a whole number from 0 to 9007199254740991']],
        ['since=abc&limit=0', ['since: must be a whole number from 0 to 9007199254740991', 'limit: must be a whole number from 1 to 1000']],
        ['limit=1001', ['limit: must be a whole number from 1 to 1000']],
        ['limit=2.5', ['limit: must be a whole number from 1 to 1000']],
      ] as const) {
        const res = await server.app.inject({ method: 'GET', url: `/api/sync/influencers/pull?${query}`, headers: bearer(token) });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String), details } });
      }
    });

    it('answers 401 without a valid token and 404 for an unknown collection', async () => {
      const { token } = await createTeam(server.app);
      expect((await server.app.inject({ method: 'GET', url: '/api/sync/influencers/pull' })).statusCode).toBe(401);
      expect((await server.app.inject({ method: 'GET', url: '/api/sync/influencers/pull', headers: bearer('forged') })).statusCode).toBe(401);
      const res = await server.app.inject({ method: 'GET', url: '/api/sync/secrets/pull', headers: bearer(token) });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'unknown_collection', message: 'There is no collection "secrets".' } });
    });
  });

  describe('POST /api/sync/:collection/push', () => {
    it('writes new documents, stamping updatedAt, updatedBy and the seq; client clocks are ignored', async () => {
      const admin = await createTeam(server.app);
      const res = await push(server.app, admin.token, 'influencers', [row(null, influencerDoc('x', { updatedAt: 9_000_000_000_000, updatedBy: 'someone-else' }))]);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([]);
      const { documents, checkpoint } = await pull(server.app, admin.token, 'influencers');
      expect(documents).toEqual([{ ...influencerDoc('x'), updatedAt: clock.ms, updatedBy: admin.member.id, _deleted: false }]);
      expect(checkpoint.seq).toBe(NEW_TEAM_SEQ + 1);
      // Sequence order, not timestamps, orders changes: an earlier clock still comes later.
      clock.advance(-60_000);
      await push(server.app, admin.token, 'influencers', [row(documents[0]!, { ...documents[0]!, customName: 'later' })]);
      const next = await pull(server.app, admin.token, 'influencers', checkpoint.seq);
      expect(next.documents[0]).toMatchObject({ customName: 'later', updatedAt: clock.ms });
      expect(next.checkpoint.seq).toBe(NEW_TEAM_SEQ + 2);
    });

    it('takes `_deleted` as false when a pushed document leaves it out', async () => {
      const admin = await createTeam(server.app);
      const { _deleted: _, ...withoutFlag } = activityDoc('no-flag');
      await create(server.app, admin.token, 'activities', [withoutFlag]);
      expect((await pull(server.app, admin.token, 'activities')).documents).toEqual([activityDoc('no-flag')]);
    });

    it('is idempotent: the same batch pushed twice writes once', async () => {
      const admin = await createTeam(server.app);
      await create(server.app, admin.token, 'influencers', [influencerDoc('a')]);
      const base = (await pull(server.app, admin.token, 'influencers')).documents[0]!;
      const batch = [row(base, { ...base, status: 'contacted', updatedAt: 5 }), row(null, influencerDoc('b')), row(null, influencerDoc('c'))];
      expect((await push(server.app, admin.token, 'influencers', batch)).json()).toEqual([]);
      const once = await pullAll(server.app, admin.token, 'influencers');
      clock.advance(1000);
      expect((await push(server.app, admin.token, 'influencers', batch)).json()).toEqual([]);
      const twice = await pullAll(server.app, admin.token, 'influencers');
      expect(twice).toEqual(once);
      const activities = Array.from({ length: 3 }, (_, i) => row(null, activityDoc(`act-${i}`)));
      await push(server.app, admin.token, 'activities', activities);
      const seq = (await pullAll(server.app, admin.token, 'activities')).checkpoint.seq;
      expect((await push(server.app, admin.token, 'activities', activities)).json()).toEqual([]);
      expect((await pullAll(server.app, admin.token, 'activities')).checkpoint.seq).toBe(seq);
    });

    it('returns the current server document for rows in conflict and writes the others', async () => {
      const admin = await createTeam(server.app);
      await create(server.app, admin.token, 'influencers', [influencerDoc('a'), influencerDoc('b'), influencerDoc('c')]);
      const [a, b, c] = (await pull(server.app, admin.token, 'influencers')).documents as [SyncDoc, SyncDoc, SyncDoc];
      // Someone else changes `a` first.
      await push(server.app, admin.token, 'influencers', [row(a, { ...a, status: 'prospects' })]);
      const current = (await pull(server.app, admin.token, 'influencers', NEW_TEAM_SEQ + 3)).documents[0]!;
      const res = await push(server.app, admin.token, 'influencers', [
        row(a, { ...a, status: 'rejected' }), // stale base
        row(null, { ...c, customName: 'also new?' }), // "does not exist yet", but it does
        row(b, { ...b, customName: 'B' }),
      ]);
      expect(res.json()).toEqual([current, c]);
      const all = await pullAll(server.app, admin.token, 'influencers');
      expect(all.documents.find((d) => d.id === 'a')).toMatchObject({ status: 'prospects' });
      expect(all.documents.find((d) => d.id === 'b')).toMatchObject({ customName: 'B' });
    });

    it("compares field values, not server stamps: the app's own last push serves as its base", async () => {
      const admin = await createTeam(server.app);
      const pushed = influencerDoc('a', { updatedAt: 123 });
      await create(server.app, admin.token, 'influencers', [pushed]);
      // RxDB keeps what it pushed (its own updatedAt) as the master state until the next pull.
      const res = await push(server.app, admin.token, 'influencers', [row(pushed, { ...pushed, customName: 'second edit' })]);
      expect(res.json()).toEqual([]);
      expect((await pull(server.app, admin.token, 'influencers', 1)).documents[0]).toMatchObject({ customName: 'second edit' });
    });

    it('validates the whole batch first: one invalid row answers 400 with details and writes nothing', async () => {
      const admin = await createTeam(server.app);
      const res = await push(server.app, admin.token, 'influencers', [
        row(null, influencerDoc('good')),
        row(null, influencerDoc('bad', { kind: 'robot' as 'custom', labelIds: 'x' as unknown as string[] })),
        { newDocumentState: influencerDoc('no-assumed'), assumedMasterState: null, extra: true },
        row(null, { ...influencerDoc('flag'), _deleted: 'yes' }),
        'not a row',
      ]);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('invalid_request');
      expect(error.details.some((d: string) => d.startsWith('[1].newDocumentState') && d.includes('kind'))).toBe(true);
      expect(error.details.some((d: string) => d.startsWith('[1].newDocumentState') && d.includes('labelIds'))).toBe(true);
      expect(error.details).toContain('[2].extra: unknown field');
      expect(error.details).toContain('[3].newDocumentState._deleted: must be a boolean');
      expect(error.details).toContain('[4]: must be an object {assumedMasterState, newDocumentState}');
      expect(error.details.some((d: string) => d.startsWith('[0]'))).toBe(false);
      expect(await pull(server.app, admin.token, 'influencers')).toEqual({ documents: [], checkpoint: { seq: 0 } });
    });

    it('answers 400 for a body that is not an array, too many rows, unknown fields, mismatched or repeated ids', async () => {
      const admin = await createTeam(server.app);
      const cases: [unknown, string][] = [
        [{ rows: [] }, 'body: must be an array of {assumedMasterState, newDocumentState}'],
        [Array.from({ length: 1001 }, () => ({})), 'body: at most 1000 rows per push, got 1001'],
        [[row(influencerDoc('one'), influencerDoc('two'))], '[0].assumedMasterState.id: must equal newDocumentState.id'],
        [[row(null, influencerDoc('x')), row(null, influencerDoc('x'))], '[1].newDocumentState.id: "x" appears more than once in the batch'],
        [[row(null, { ...influencerDoc('x'), secret: 1 })], '[0].newDocumentState'],
      ];
      for (const [body, detail] of cases) {
        const res = await push(server.app, admin.token, 'influencers', body);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.details.some((d: string) => d.startsWith(detail))).toBe(true);
      }
      expect((await pull(server.app, admin.token, 'influencers')).documents).toEqual([]);
    });

    it('answers 401, 404 and 413 in the contract shape', async () => {
      const admin = await createTeam(server.app);
      expect((await push(server.app, 'forged', 'influencers', [])).statusCode).toBe(401);
      const unknown = await push(server.app, admin.token, 'members-secret', []);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('unknown_collection');
      const big = Array.from({ length: 500 }, (_, i) => row(null, influencerDoc(`i${i}`, { officialName: 'n'.repeat(190) })));
      const tooLarge = await push(server.app, admin.token, 'influencers', big);
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.code).toBe('body_too_large');
    });

    it('never deletes influencers: a push with _deleted true is a conflict and the document stays', async () => {
      const admin = await createTeam(server.app);
      await create(server.app, admin.token, 'influencers', [influencerDoc('keep')]);
      const keep = (await pull(server.app, admin.token, 'influencers')).documents[0]!;
      const res = await push(server.app, admin.token, 'influencers', [row(keep, { ...keep, _deleted: true, customName: 'gone' })]);
      expect(res.json()).toEqual([keep]);
      expect(await pullAll(server.app, admin.token, 'influencers')).toEqual({ documents: [keep], checkpoint: { seq: NEW_TEAM_SEQ + 1 } });
      // A document that arrives already deleted is not stored at all.
      expect((await push(server.app, admin.token, 'influencers', [row(null, influencerDoc('ghost', { _deleted: true }))])).json()).toEqual([]);
      expect((await pullAll(server.app, admin.token, 'influencers')).documents.map((d) => d.id)).toEqual(['keep']);
    });

    it('keeps activities append-only: changing or deleting one is a conflict', async () => {
      const admin = await createTeam(server.app);
      const entry = activityDoc('log-1', { kind: 'field_changed', field: 'status', from: '"a"', to: '"b"' });
      await create(server.app, admin.token, 'activities', [entry]);
      const res = await push(server.app, admin.token, 'activities', [row(entry, { ...entry, to: '"c"' }), row(null, activityDoc('log-2'))]);
      expect(res.json()).toEqual([entry]);
      expect((await push(server.app, admin.token, 'activities', [row(entry, { ...entry, _deleted: true })])).json()).toEqual([entry]);
      const all = await pullAll(server.app, admin.token, 'activities');
      expect(all.documents).toEqual([entry, activityDoc('log-2')]);
    });
  });

  describe('field permissions (change_rejected)', () => {
    it('writes the allowed fields, keeps the forbidden one, records change_rejected, and the next pull corrects the app', async () => {
      const admin = await createTeam(server.app);
      const member = await addMember(server.app, admin, 'member');
      await create(server.app, admin.token, 'influencers', [influencerDoc('inf', { status: 'prospects' })]);
      const base = (await pull(server.app, member.token, 'influencers')).documents[0]!;
      const res = await push(server.app, member.token, 'influencers', [row(base, { ...base, status: 'contacted', customName: 'Nick' })]);
      expect(res.json()).toEqual([]);

      const after = await pull(server.app, member.token, 'influencers', 1);
      expect(after.documents).toEqual([{ ...base, status: 'prospects', customName: 'Nick', updatedAt: clock.ms, updatedBy: member.member.id }]);
      const log = await pull(server.app, member.token, 'activities');
      expect(log.documents).toEqual([
        {
          id: expect.any(String),
          influencerId: 'inf',
          actorId: member.member.id,
          at: clock.ms,
          kind: 'change_rejected',
          field: 'status',
          from: '"contacted"',
          to: '"prospects"',
          batchId: null,
          _deleted: false,
        },
      ]);
      // Same transaction, one counter: the activity's seq follows the document's.
      expect(log.checkpoint.seq).toBe(after.checkpoint.seq + 1);
    });

    it('sends the document back with a new seq even when the forbidden field was the only change', async () => {
      const admin = await createTeam(server.app);
      const member = await addMember(server.app, admin, 'member');
      await create(server.app, admin.token, 'influencers', [influencerDoc('inf')]);
      const base = (await pull(server.app, member.token, 'influencers')).documents[0]!;
      expect((await push(server.app, member.token, 'influencers', [row(base, { ...base, status: 'selected' })])).json()).toEqual([]);
      const after = await pull(server.app, member.token, 'influencers', 1);
      expect(after.documents).toEqual([base]); // unchanged, but pulled again
      expect((await pull(server.app, member.token, 'activities')).documents).toHaveLength(1);
      // Administrators are not limited by this rule.
      const adminBase = after.documents[0]!;
      expect((await push(server.app, admin.token, 'influencers', [row(adminBase, { ...adminBase, status: 'selected' })])).json()).toEqual([]);
      expect((await pull(server.app, admin.token, 'influencers', after.checkpoint.seq)).documents[0]).toMatchObject({ status: 'selected' });
    });
  });

  describe('tenant isolation', () => {
    it("team B cannot pull, overwrite or stream team A's documents, even knowing their ids", async () => {
      const a = await createTeam(server.app, { teamName: 'A' });
      const b = await createTeam(server.app, { teamName: 'B' });
      await create(server.app, a.token, 'influencers', [influencerDoc('shared-id', { customName: 'A private' })]);
      await create(server.app, a.token, 'activities', [activityDoc('act-a')]);
      const aDoc = (await pull(server.app, a.token, 'influencers')).documents[0]!;

      expect(await pull(server.app, b.token, 'influencers')).toEqual({ documents: [], checkpoint: { seq: 0 } });
      expect(await pull(server.app, b.token, 'activities')).toEqual({ documents: [], checkpoint: { seq: 0 } });

      // Ids are unique per team: B pushing A's id (with A's document as its base) creates B's own row.
      const res = await push(server.app, b.token, 'influencers', [row(aDoc, { ...aDoc, customName: 'B was here' })]);
      expect(res.json()).toEqual([]);
      expect((await pull(server.app, b.token, 'influencers')).documents).toEqual([expect.objectContaining({ id: 'shared-id', customName: 'B was here', updatedBy: b.member.id })]);
      expect(await pullAll(server.app, a.token, 'influencers')).toEqual({ documents: [aDoc], checkpoint: { seq: NEW_TEAM_SEQ + 1 } });
      // B's conflicts never reveal A's documents either.
      const guess = await push(server.app, b.token, 'activities', [row(null, activityDoc('act-a', { kind: 'archived' }))]);
      expect(guess.json()).toEqual([]);
      expect((await pull(server.app, a.token, 'activities')).documents).toEqual([activityDoc('act-a')]);
    });
  });
});
