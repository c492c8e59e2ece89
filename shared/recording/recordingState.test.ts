import { describe, expect, it } from 'vitest';
import { canTransition, RECORDING_TRANSITIONS, recordingOf, recordingStepOf, type RecordingStep } from './recordingState';

describe('recording state machine', () => {
  it('lets the app request, cancel, retry and dismiss, and only the server claim and finish', () => {
    expect(canTransition('none', 'requested', 'client')).toBe(true);
    expect(canTransition('requested', 'none', 'client')).toBe(true);
    expect(canTransition('failed', 'requested', 'client')).toBe(true);
    expect(canTransition('failed', 'none', 'client')).toBe(true);
    expect(canTransition('requested', 'recording', 'server')).toBe(true);
    expect(canTransition('recording', 'recorded', 'server')).toBe(true);
    expect(canTransition('recording', 'failed', 'server')).toBe(true);
    for (const [from, to] of [['requested', 'recording'], ['recording', 'recorded'], ['recording', 'none'], ['none', 'recorded']] as const) {
      expect(canTransition(from, to, 'client')).toBe(false);
    }
    expect(canTransition('none', 'requested', 'server')).toBe(false);
  });

  it('ends at recorded, and every state is reachable from none', () => {
    expect(RECORDING_TRANSITIONS.recorded).toEqual([]);
    const reached = new Set<RecordingStep>(['none']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const from of [...reached]) for (const { to } of RECORDING_TRANSITIONS[from]) if (!reached.has(to)) changed = reached.add(to).size > 0;
    }
    expect([...reached].sort()).toEqual(['failed', 'none', 'recorded', 'recording', 'requested']);
  });

  it('reads no recording on a version 0 document', () => {
    expect(recordingOf({})).toBeNull();
    expect(recordingStepOf({ recording: null })).toBe('none');
  });
});
