import { describe, expect, it } from 'vitest';
import { activitySchema } from '../schemas/activitySchema';
import { validateDocument } from '../schemas/validateDocument';
import { applyRecordingResult } from './applyRecordingResult';
import { recordingActivities } from './recordingActivities';
import { foundAna, selfCreated } from './recordingTestFixtures';

const running = { state: 'recording' as const, requestedAt: 1, requestedBy: 'm2', startedAt: 2, finishedAt: null, failureCode: null, failureReason: null };
const claimed = { ...selfCreated, recording: running };
let n = 0;
const ctx = { actorId: 'm2', at: 5, batchId: 'rec-1', newId: () => `a${++n}` };

describe('recordingActivities', () => {
  it('logs one entry per changed field of a successful recording, in one batch', () => {
    const outcome = applyRecordingResult(claimed, { status: 'found', profile: foundAna }, { now: 5, requestedAt: 1 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const entries = recordingActivities(claimed, outcome.fields, ctx);
    expect(entries.map((e) => e.field).sort()).toEqual(
      ['country', 'customName', 'followers', 'kind', 'link', 'manualEmail', 'officialName', 'platform', 'platformId', 'profile', 'recording'].sort(),
    );
    for (const entry of entries) {
      expect(entry).toMatchObject({ kind: 'field_changed', influencerId: 'inf-1', actorId: 'm2', at: 5, batchId: 'rec-1' });
      expect(validateDocument(activitySchema, entry)).toEqual({ ok: true });
    }
    expect(entries.find((e) => e.field === 'kind')).toMatchObject({ from: '"custom"', to: '"platform"' });
  });

  it('logs the reason of a failed recording', () => {
    const outcome = applyRecordingResult(claimed, { status: 'not_found', reason: 'No YouTube channel has the handle @anacooks.' }, { now: 5, requestedAt: 1 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const [entry] = recordingActivities(claimed, outcome.fields, ctx);
    expect(entry?.field).toBe('recording');
    expect(JSON.parse(entry?.to ?? 'null')).toMatchObject({ state: 'failed', failureReason: 'No YouTube channel has the handle @anacooks.' });
  });

  it('logs nothing for unchanged fields and keeps entries within the schema', () => {
    expect(recordingActivities(claimed, { status: 'contacted', channels: undefined }, ctx)).toEqual([]);
    const [long] = recordingActivities(claimed, { officialName: 'x'.repeat(20_000) }, ctx);
    expect(validateDocument(activitySchema, long)).toEqual({ ok: true });
  });
});
