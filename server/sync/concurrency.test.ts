import { describe, expect, it } from 'vitest';
import { create, createTeam, ENGINES, influencerDoc, pull, pullAll, push, useDatabases, useTestServer, type SyncDoc } from '../../tests/server/testServer';

const databases = useDatabases();

const WRITERS = 8;
const PUSHES_PER_WRITER = 12;
const SHARED_DOCS = 10;

describe.each(ENGINES)('pulls under concurrent pushes on %s', (engine) => {
  const server = useTestServer(databases, engine);

  it('never skips a committed change: the union of pulled documents equals the final state', async () => {
    const admin = await createTeam(server.app);
    await create(server.app, admin.token, 'influencers', Array.from({ length: SHARED_DOCS }, (_, i) => influencerDoc(`shared-${i}`)));

    // A client pulling in a loop from its checkpoint while the writers run.
    const seen = new Map<string, SyncDoc>();
    let checkpoint = 0;
    let lastSeq = 0;
    let writing = true;
    const puller = (async () => {
      for (;;) {
        const done = !writing; // one more full round after the writers finish
        const page = await pull(server.app, admin.token, 'influencers', checkpoint, 7);
        for (const doc of page.documents) seen.set(doc.id as string, doc);
        expect(page.checkpoint.seq).toBeGreaterThanOrEqual(lastSeq);
        lastSeq = checkpoint = page.checkpoint.seq;
        if (done && page.documents.length === 0) return;
        await new Promise((resolve) => setImmediate(resolve)); // let the writers' I/O in
      }
    })();

    // Writers: new documents plus edits of shared ones (some conflict; those rows lose).
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      for (let p = 0; p < PUSHES_PER_WRITER; p++) {
        const fresh = [0, 1, 2].map((k) => ({ assumedMasterState: null, newDocumentState: influencerDoc(`w${w}-p${p}-${k}`) }));
        const current = (await pullAll(server.app, admin.token, 'influencers')).documents.filter((d) => (d.id as string).startsWith('shared-'));
        const target = current[(w + p) % current.length]!;
        const edit = { assumedMasterState: target, newDocumentState: { ...target, customName: `w${w} p${p}` } };
        const res = await push(server.app, admin.token, 'influencers', [...fresh, edit]);
        expect(res.statusCode).toBe(200);
      }
    });
    await Promise.all(writers);
    writing = false;
    await puller;

    const final = await pullAll(server.app, admin.token, 'influencers');
    expect(final.documents).toHaveLength(SHARED_DOCS + WRITERS * PUSHES_PER_WRITER * 3);
    const byId = new Map(final.documents.map((d) => [d.id as string, d]));
    expect(new Map([...seen].sort())).toEqual(new Map([...byId].sort()));
    expect(checkpoint).toBe(final.checkpoint.seq);
  });
});
