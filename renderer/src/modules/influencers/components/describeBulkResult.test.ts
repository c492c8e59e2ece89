import { describe, expect, it } from 'vitest';
import { describeBulkResult } from './describeBulkResult';

describe('describeBulkResult', () => {
  const counts = { changed: 1_950, unchanged: 3, notFound: 0, refused: 0, reasons: [] };
  it('says how many were changed, and how many were refused and why', () => {
    expect(describeBulkResult({ kind: 'archive', archived: true }, counts)).toBe('Archived 1,950 influencers.');
    expect(describeBulkResult({ kind: 'archive', archived: false }, { ...counts, changed: 1, refused: 2, reasons: [{ reason: 'Only the liaison can restore this influencer.', count: 2 }] })).toBe(
      'Restored 1 influencer. 2 not restored: Only the liaison can restore this influencer.',
    );
    expect(describeBulkResult({ kind: 'status', statusId: 'contacted' }, { ...counts, refused: 3, reasons: [{ reason: 'A.', count: 2 }, { reason: 'B.', count: 1 }] })).toBe(
      'Changed the collaboration status of 1,950 influencers. 3 not changed: A. (2) B. (1)',
    );
  });
});
