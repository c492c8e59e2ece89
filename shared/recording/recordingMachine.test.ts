import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Influencer } from '../influencer';
import { influencerSchema } from '../schemas/influencerSchema';
import { validateDocument } from '../schemas/validateDocument';
import { applyRecordingResult } from './applyRecordingResult';
import { claimRecording } from './claimRecording';
import type { ProfileLookupResult } from './profileLookup';
import { canTransition, recordingStepOf } from './recordingState';
import { foundAna, selfCreated } from './recordingTestFixtures';
import { refusedClientChanges } from './refusedClientChanges';
import { clearRecording, requestRecording } from './requestRecording';

type Step = { op: 'request' } | { op: 'clear' } | { op: 'claim' } | { op: 'result'; result: ProfileLookupResult };

const results: ProfileLookupResult[] = [
  { status: 'found', profile: foundAna },
  { status: 'not_found', reason: 'No channel.' },
  { status: 'provider_down', reason: 'YouTube is down.' },
  { status: 'bad_link', reason: 'Bad link.' },
];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom<Step>({ op: 'request' }, { op: 'clear' }, { op: 'claim' }),
  fc.constantFrom(...results).map((result): Step => ({ op: 'result', result })),
);

describe('the recording state machine, driven by the app and the server in any order', () => {
  it('only takes allowed steps, passes the server’s checks for the app’s steps, and keeps the document valid', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let inf: Influencer = selfCreated;
        let now = 10_000;
        for (const s of steps) {
          now += 1_000;
          const before = inf;
          let by: 'client' | 'server' = 'client';
          if (s.op === 'request' || s.op === 'clear') {
            const change = s.op === 'request' ? requestRecording(inf, { actorId: 'm2', now }) : clearRecording(inf);
            if (change.ok) inf = { ...inf, recording: change.recording };
          } else if (s.op === 'claim') {
            by = 'server';
            const claim = claimRecording(inf, now);
            if (claim.ok) inf = { ...inf, recording: claim.recording };
          } else {
            by = 'server';
            const requestedAt = inf.recording?.requestedAt ?? -1;
            const outcome = applyRecordingResult(inf, s.result, { now, requestedAt });
            if (outcome.ok) inf = { ...inf, ...outcome.fields };
          }
          const from = recordingStepOf(before);
          const to = recordingStepOf(inf);
          if (inf !== before) {
            expect(canTransition(from, to, by)).toBe(true);
            if (by === 'client') expect(refusedClientChanges(before, inf)).toEqual([]);
          }
          expect(inf.kind === 'platform').toBe(to === 'recorded');
          expect(validateDocument(influencerSchema, inf)).toEqual({ ok: true });
        }
      }),
      { numRuns: 500 },
    );
  });
});
