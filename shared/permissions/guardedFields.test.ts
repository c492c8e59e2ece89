import { describe, expect, it } from 'vitest';
import { guardedFieldOf } from './guardedFields';

describe('guardedFieldOf', () => {
  it('maps the influencer fields to the settings they fall under; the rest is everyone\'s', () => {
    expect(['customName', 'officialName', 'link', 'status', 'liaisonId', 'archived'].map(guardedFieldOf)).toEqual(['name', 'name', 'link', 'status', 'liaison', 'archive']);
    expect(['email', 'manualEmail', 'labelIds', 'contractStatus', 'paymentStatus', 'channels', 'constructor', 'toString'].map(guardedFieldOf)).toEqual(Array(8).fill(null));
  });
});
